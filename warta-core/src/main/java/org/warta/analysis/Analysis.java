package org.warta.analysis;

import org.warta.clean.CleanedArticle;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;

/**
 * A record together with what produced it: the raw input and the cleaning result, whose {@link
 * org.warta.clean.OffsetMap} maps any span of the record back to the original input (evaluation
 * against gold annotated on original files uses this).
 */
public record Analysis(RawArticle raw, CleanedArticle cleaned, ArticleRecord record) {}
