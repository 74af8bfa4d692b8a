package org.warta.ingest;

/**
 * What kind of document a {@link RawArticle}'s content is, which decides how it is turned into the
 * cleaned text: plain text goes through the line cleaner, HTML through the main-content extractor
 * first.
 */
public enum ContentType {
  /** Plain text: title on the first line, then paragraphs. */
  TEXT,
  /** An HTML page (decoded source). */
  HTML
}
