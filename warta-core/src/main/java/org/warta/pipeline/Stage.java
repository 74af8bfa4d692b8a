package org.warta.pipeline;

import java.util.Set;

/**
 * One step of the analysis: reads some layers of an article and adds others.
 *
 * <p>Implementations must be thread-safe and keep no per-article state in fields: one instance
 * serves all threads. Resources (lexicons, models) are loaded once, in the constructor.
 */
public interface Stage {
  /** Short name used in timings and error messages, e.g. {@code quantities}. */
  String name();

  /** Layers this stage reads; the pipeline checks an earlier stage produces each of them. */
  Set<LayerKey<?>> requires();

  /** Layers this stage adds; the pipeline checks they are present after {@link #process}. */
  Set<LayerKey<?>> produces();

  /** Annotates {@code article}, adding every layer of {@link #produces()}. */
  void process(AnnotatedArticle article);
}
