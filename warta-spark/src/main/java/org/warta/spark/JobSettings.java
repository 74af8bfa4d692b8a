package org.warta.spark;

import java.io.Serializable;
import org.warta.ingest.TextDecoder;

/**
 * What the executors need to know of the job's options.
 *
 * @param encoding {@code utf-8}, {@code windows-1252} or {@code auto} (as {@code warta analyze
 *     --encoding})
 * @param maxBytes inputs (article files, WARC payloads, JSON lines) larger than this are rejected
 */
record JobSettings(String encoding, long maxBytes) implements Serializable {
  private static final long serialVersionUID = 1L;

  TextDecoder decoder() {
    return new TextDecoder(TextDecoder.Encoding.parse(encoding), maxBytes);
  }
}
