package org.warta.ingest;

import java.util.Objects;

/**
 * One article as read, before cleaning.
 *
 * @param name where it came from, for messages and the record's {@code source.path}: a file path,
 *     or {@code -} for standard input
 * @param content the decoded text, exactly as in the input (offsets of removals point into it)
 */
public record RawArticle(String name, String content, ArticleMetadata metadata) {
  public RawArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
  }
}
