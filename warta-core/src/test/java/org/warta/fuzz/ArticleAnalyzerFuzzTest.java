package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;

/**
 * Fuzzes the whole {@link ArticleAnalyzer}, plain text and HTML, with any publication date string:
 * the record is valid, its JSON parses, and the JSON's code-point offsets slice the JSON text into
 * each span's text.
 */
class ArticleAnalyzerFuzzTest {
  /** The whole analysis runs about ten stages; each one's budget is checked by StageFuzzTest. */
  private static final long ANALYSIS_BUDGET_FACTOR = 3;

  private static final RecordJsonWriter JSON = new RecordJsonWriter();

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void analyze(FuzzedDataProvider data) {
    boolean html = data.consumeBoolean();
    String published = data.consumeBoolean() ? data.consumeString(30) : null;
    String content = data.consumeRemainingAsString();
    RawArticle raw =
        new RawArticle(
            "fuzz",
            content,
            new ArticleMetadata(null, null, published, null),
            html ? ContentType.HTML : ContentType.TEXT);
    ArticleRecord record = analyzeTimed(raw);
    FuzzSupport.assertValid(record, content);
    JsonNode node = FuzzSupport.parseJson(JSON.toJson(record, content));
    int[] cps = node.get("text").asText().codePoints().toArray();
    for (String layer : new String[] {"quantities", "times", "quotes", "claims"}) {
      for (JsonNode span : node.get(layer)) {
        int s = span.get("start").asInt();
        int e = span.get("end").asInt();
        if (s < 0 || e > cps.length || s > e) {
          throw new AssertionError(layer + " span [" + s + "," + e + ") outside the JSON text");
        }
        if (!new String(cps, s, e - s).equals(span.get("text").asText())) {
          throw new AssertionError(layer + " code-point span differs from its text: " + span);
        }
      }
    }
  }

  /**
   * Analyses {@code raw}, failing if it takes more than the budget twice in a row. Design decision:
   * a slow first call is confirmed by a second one, because the first call of a code path also pays
   * for loading and instrumenting its classes on this thread; a genuinely slow input is slow every
   * time.
   */
  private static ArticleRecord analyzeTimed(RawArticle raw) {
    long budget = ANALYSIS_BUDGET_FACTOR * FuzzSupport.CALL_BUDGET_MS;
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    ArticleRecord record = null;
    long ms = 0;
    for (int attempt = 0; attempt < 2; attempt++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      record = FuzzSupport.analyzer().analyze(raw);
      ms = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
      if (ms <= budget) {
        return record;
      }
    }
    throw new AssertionError(
        "analysis took "
            + ms
            + " ms of CPU time twice (budget "
            + budget
            + " ms) for input "
            + FuzzSupport.quote(raw.content()));
  }
}
