package org.warta.ingest;

import java.util.Objects;

/**
 * One article as read, before cleaning.
 *
 * @param name where it came from, for messages and the record's {@code source.path}: a file path,
 *     or {@code -} for standard input
 * @param content the decoded text, exactly as in the input (offsets of removals point into it); for
 *     {@link ContentType#HTML} the decoded page source
 * @param contentType how {@code content} is to be read
 */
public record RawArticle(
    String name, String content, ArticleMetadata metadata, ContentType contentType) {
  public RawArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(contentType, "contentType");
  }

  /** A plain-text article. */
  public RawArticle(String name, String content, ArticleMetadata metadata) {
    this(name, content, metadata, ContentType.TEXT);
  }

  /** This article with other metadata. */
  public RawArticle withMetadata(ArticleMetadata other) {
    return new RawArticle(name, content, other, contentType);
  }
}
