package org.warta.spark;

import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;

/**
 * One item read from an input file: a raw article (with the metadata to use only where neither the
 * source nor the page gives any) or the reason it could not be read.
 *
 * @param number the item's number within its file (from 0), the low half of its ordinal
 */
record SourceItem(
    int number, RawArticle raw, ArticleMetadata fallback, InputRejectedException rejection) {
  static SourceItem article(int number, RawArticle raw, ArticleMetadata fallback) {
    return new SourceItem(number, raw, fallback, null);
  }

  static SourceItem rejected(int number, String source, String reason) {
    return new SourceItem(number, null, null, new InputRejectedException(source, reason));
  }

  static SourceItem rejected(int number, InputRejectedException e) {
    return new SourceItem(number, null, null, e);
  }
}
