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
 * @param encoding the character encoding the input's bytes were decoded from when it was not UTF-8
 *     (e.g. {@code windows-1252}), or null; kept in the record as {@code source.encoding}
 */
public record RawArticle(
    String name,
    String content,
    ArticleMetadata metadata,
    ContentType contentType,
    String encoding) {
  public RawArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(contentType, "contentType");
  }

  /** An article decoded from UTF-8, or not read from bytes at all. */
  public RawArticle(
      String name, String content, ArticleMetadata metadata, ContentType contentType) {
    this(name, content, metadata, contentType, null);
  }

  /** A plain-text article. */
  public RawArticle(String name, String content, ArticleMetadata metadata) {
    this(name, content, metadata, ContentType.TEXT);
  }

  /** This article with other metadata. */
  public RawArticle withMetadata(ArticleMetadata other) {
    return new RawArticle(name, content, other, contentType, encoding);
  }
}
