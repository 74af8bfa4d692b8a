package org.warta.web;

import java.io.ByteArrayInputStream;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;

/**
 * Analyzes an article posted to the server exactly as {@code warta analyze --published DATE -}
 * analyzes standard input: the same decoder (strict UTF-8, HTML detected by content), the same name
 * ({@code -}) and the same JSON writer, so the record is byte for byte the CLI's line. Thread-safe.
 */
final class Analyzing {
  /** A record and its JSON line. */
  record Result(ArticleRecord record, String json) {}

  private final ArticleAnalyzer analyzer;
  private final ArticleFiles files;
  private final RecordJsonWriter json = new RecordJsonWriter();

  Analyzing(ArticleAnalyzer analyzer, long maxBytes) {
    this.analyzer = analyzer;
    this.files = new ArticleFiles(new TextDecoder(TextDecoder.Encoding.UTF_8, maxBytes));
  }

  ArticleAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * @param published a date already validated, or null
   */
  Result analyze(byte[] content, String published) {
    RawArticle raw;
    try {
      raw =
          files.read(
              new ArticleInput("-", null, ArticleMetadata.NONE), new ByteArrayInputStream(content));
    } catch (InputRejectedException e) {
      throw new ProblemException(422, "Article not readable", e.reason());
    }
    if (published != null) {
      raw = raw.withMetadata(raw.metadata().withPublished(published));
    }
    ArticleRecord record;
    try {
      record = analyzer.analyze(raw);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ProblemException(
          500, "Analysis failed", "internal error while analyzing the article; please report it");
    }
    return new Result(record, json.toJson(record, raw.content()));
  }
}
