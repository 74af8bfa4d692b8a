package org.warta.ingest.html;

import java.util.Objects;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.ArticleMetadata;

/**
 * The article found in an HTML page: the cleaned text (built exactly as the plain-text cleaner
 * builds it, with removals and the offset map pointing into the page source) and the page's
 * metadata.
 */
public record HtmlExtraction(CleanedArticle cleaned, ArticleMetadata metadata) {
  public HtmlExtraction {
    Objects.requireNonNull(cleaned, "cleaned");
    Objects.requireNonNull(metadata, "metadata");
  }
}
