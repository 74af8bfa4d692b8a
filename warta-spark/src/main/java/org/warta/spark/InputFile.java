package org.warta.spark;

import java.io.Serializable;
import org.warta.ingest.ArticleMetadata;

/**
 * One file of the job's input, as listed on the driver.
 *
 * @param index the file's position in the listing (the high half of every item's ordinal)
 * @param uri the fully qualified Hadoop path ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param name the name records and rejects carry: for a local input the path as {@code warta
 *     analyze} would print it (the argument as given, joined with the file's relative path), else
 *     the URI
 *     <p>{@code url}, {@code outlet}, {@code published} and {@code language} come from the
 *     directory's {@code INDEX.tsv} (article files only).
 */
public record InputFile(
    int index,
    String uri,
    String name,
    Kind kind,
    long size,
    String url,
    String outlet,
    String published,
    String language)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a file is read. */
  public enum Kind {
    /**
     * A plain-text or HTML article (optionally gzipped), read as {@code warta analyze} reads it.
     */
    ARTICLE,
    /** A WARC or WARC.gz file: one article per response or resource record. */
    WARC,
    /** JSON Lines: one article per line. */
    JSONL
  }

  /** The metadata of an article file. */
  public ArticleMetadata metadata() {
    return new ArticleMetadata(url, outlet, published, language);
  }

  /** The file name (last path segment). */
  public String fileName() {
    int slash = uri.lastIndexOf('/');
    return slash < 0 ? uri : uri.substring(slash + 1);
  }
}
