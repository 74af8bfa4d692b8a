package org.warta.spark;

import java.io.InputStream;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.warc.WarcArticles;

/**
 * The articles of a WARC or WARC.gz stream, one at a time: {@link WarcArticles}' pull reader (the
 * rules {@code warta analyze} and {@code warta ingest} use) with its items as {@link SourceItem}s.
 */
final class WarcItems implements ItemReader {
  private final WarcArticles.Items items;

  WarcItems(String file, InputStream stream, TextDecoder decoder) {
    this.items = new WarcArticles(decoder).open(file, stream);
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public SourceItem next() {
    WarcArticles.Item item = items.next();
    return item.isArticle()
        ? SourceItem.article(item.index(), item.article(), item.fallback())
        : SourceItem.rejected(item.index(), item.rejection());
  }

  @Override
  public void close() {
    items.close();
  }
}
