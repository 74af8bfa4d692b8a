package org.warta.analysis;

import org.warta.pipeline.Pipeline;

/**
 * What Warta knows about one language: the pipeline that annotates its articles. Implementations
 * live in {@code org.warta.lang.<code>} with their resources beside them.
 */
public interface LanguagePack {
  /** ISO 639-1 codes this pack serves, e.g. {@code id} and {@code ms}. */
  java.util.Set<String> languages();

  /** The pipeline for these languages; built once, shared by all threads. */
  Pipeline pipeline();
}
