package org.warta.ingest;

import org.warta.model.ArticleRecord;

/**
 * Receives what a source adapter reads from one input (a WARC file, a feed, a JSON Lines file): raw
 * articles to analyse, records that were analysed before, and one rejection per item that cannot be
 * read. Adapters call it from the reading thread, in input order.
 */
public interface ArticleSink {
  /**
   * A raw article to analyse.
   *
   * @param fallback metadata to use only where neither the caller nor the page itself gives any
   *     (e.g. a WARC record's capture date when the page states no publication date)
   */
  void article(RawArticle article, ArticleMetadata fallback);

  /** A record analysed earlier (JSON Lines of {@code warta analyze} or the Spark job). */
  void record(ArticleRecord record);

  /** An item that could not be read, with the reason. */
  void rejected(InputRejectedException rejection);
}
