package org.warta.index;

import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.RawArticle;
import org.warta.ingest.html.HtmlArticleExtractor;
import org.warta.ingest.html.HtmlExtraction;

/**
 * Cleans a raw article (HTML pages through the main-content extractor) and computes its id before
 * the expensive analysis, so that an article already in the index is recognised and skipped without
 * being analysed again. Metadata precedence: what the source gives (INDEX.tsv, the feed item, the
 * WARC target URI) over what the page says about itself over the fallback (a WARC capture date,
 * {@code --published-default}). Thread-safe.
 */
final class ArticlePreparer {
  private final ArticleCleaner cleaner = ArticleCleaner.standard();
  private final HtmlArticleExtractor html = new HtmlArticleExtractor(cleaner);

  /** A cleaned article with its id, ready for {@link ArticleAnalyzer#analyzeDetailed}. */
  record Prepared(String id, RawArticle raw, CleanedArticle cleaned) {}

  Prepared prepare(RawArticle raw, ArticleMetadata fallback) {
    CleanedArticle cleaned;
    ArticleMetadata meta = raw.metadata();
    if (raw.contentType() == ContentType.HTML) {
      HtmlExtraction page = html.extract(raw.content(), raw.name());
      cleaned = page.cleaned();
      meta = meta.orElse(page.metadata());
    } else {
      cleaned = cleaner.clean(raw.content());
    }
    meta = meta.orElse(fallback);
    return new Prepared(ArticleAnalyzer.articleId(cleaned.text()), raw.withMetadata(meta), cleaned);
  }
}
