package org.warta.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.RecordValidator;
import org.warta.analysis.SharedAnalyzer;
import org.warta.model.ArticleRecord;
import org.warta.model.SourceInfo;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * What every fuzz target checks: no exception (the fuzzer reports any), every span valid ({@link
 * RecordValidator}), and each call within its time budget.
 *
 * <p>Design decision: the budget is measured in CPU time of the calling thread, not wall time, so
 * that a machine shared with other builds does not turn a slow neighbour into a finding; garbage
 * collection and JIT compilation run on other threads and do not count either. Under the fuzzer's
 * coverage instrumentation code runs a few times slower than in production, and inputs are at most
 * a few kilobytes, so {@link #CALL_BUDGET_MS} per stage is a generous limit: a news article takes a
 * few milliseconds per stage.
 */
final class FuzzSupport {
  /** CPU milliseconds one stage (or parser call) may take on one fuzz input. */
  static final long CALL_BUDGET_MS = 1000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FuzzSupport() {}

  /** The shared analyzer, without a wall-clock budget: the fuzz targets measure CPU time. */
  static ArticleAnalyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** The stages of the Indonesian pipeline named {@code names}, in pipeline order. */
  static List<Stage> stages(String... names) {
    List<Stage> out = new ArrayList<>();
    for (Stage s : analyzer().pipelineFor("id").stages()) {
      for (String n : names) {
        if (s.name().equals(n)) {
          out.add(s);
        }
      }
    }
    if (out.size() != names.length) {
      throw new IllegalStateException("unknown stage among " + List.of(names));
    }
    return out;
  }

  /** Runs {@code stages} on {@code article}, each within the budget, and validates the spans. */
  static void runAndValidate(AnnotatedArticle article, List<Stage> stages) {
    for (Stage s : stages) {
      timed("stage '" + s.name() + "'", () -> s.process(article));
    }
    assertValid(recordOf(article), article.text());
  }

  /** Runs {@code action}, failing if it takes more than {@link #CALL_BUDGET_MS} of CPU time. */
  static void timed(String what, Runnable action) {
    timed(
        what,
        () -> {
          action.run();
          return null;
        });
  }

  /** Runs {@code action}, failing if it takes more than {@link #CALL_BUDGET_MS} of CPU time. */
  static <T> T timed(String what, Supplier<T> action) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    T result = action.get();
    long ms = (THREADS.getCurrentThreadCpuTime() - t0) / 1_000_000;
    if (ms > CALL_BUDGET_MS) {
      throw new AssertionError(
          what + " took " + ms + " ms of CPU time (budget " + CALL_BUDGET_MS + " ms)");
    }
    return result;
  }

  /**
   * Like {@link #timed(String, Supplier)} for a call without side effects: a slow call is repeated
   * once and is a finding only if it is slow again, since the first call of a code path also pays
   * for loading and instrumenting its classes on this thread.
   */
  static <T> T timedRepeatable(String what, Supplier<T> action) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    T result = action.get();
    if ((THREADS.getCurrentThreadCpuTime() - t0) / 1_000_000 <= CALL_BUDGET_MS) {
      return result;
    }
    return timed(what + " (repeated)", action);
  }

  /** {@link #timedRepeatable(String, Supplier)} for an action without a result. */
  static void timedRepeatable(String what, Runnable action) {
    timedRepeatable(
        what,
        () -> {
          action.run();
          return null;
        });
  }

  /** A record holding whatever layers {@code article} has, for {@link RecordValidator}. */
  static ArticleRecord recordOf(AnnotatedArticle a) {
    return new ArticleRecord(
        "fuzz",
        SourceInfo.UNKNOWN,
        null,
        "id",
        "",
        a.text(),
        List.of(),
        a.find(Layers.SENTENCES).orElse(List.of()),
        a.find(Layers.ENTITIES).orElse(List.of()),
        a.find(Layers.QUANTITIES).orElse(List.of()),
        a.find(Layers.TIMES).orElse(List.of()),
        a.find(Layers.QUOTES).orElse(List.of()),
        a.find(Layers.CLAIMS).orElse(List.of()),
        a.find(Layers.EVENTS).orElse(List.of()));
  }

  /** Fails with the record's problems, if it has any. */
  static void assertValid(ArticleRecord r, String input) {
    List<String> problems = RecordValidator.problems(r);
    if (!problems.isEmpty()) {
      throw new AssertionError("invalid spans " + problems + " for input " + quote(input));
    }
  }

  /** Parses JSON text, failing if it is not one JSON object. */
  static JsonNode parseJson(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || !node.isObject()) {
        throw new AssertionError("not a JSON object: " + json);
      }
      return node;
    } catch (java.io.IOException e) {
      throw new AssertionError("invalid JSON: " + e.getMessage(), e);
    }
  }

  /** {@code s} as a Java string literal, shortened, for failure messages. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    int n = Math.min(s.length(), 400);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append(s.length() > n ? "\"…" : "\"").toString();
  }

  private static final class Holder {
    static final ArticleAnalyzer ANALYZER = warmedUp(SharedAnalyzer.get().withStageBudget(null));

    /**
     * Lingua loads its language models on the first text that needs them (a second or more of CPU,
     * once per process): load them before fuzzing so that the first short input is not reported as
     * slow.
     */
    private static ArticleAnalyzer warmedUp(ArticleAnalyzer a) {
      for (String text :
          List.of(
              "Port workers went on strike on Monday, the union said.",
              "Người dân đã sơ tán khỏi khu vực bị lũ lụt.",
              "De regering heeft maandag nieuwe maatregelen aangekondigd.",
              "Ang mga residente ay lumikas dahil sa baha.",
              "Polisi menangkap tiga tersangka pada Senin (4/3) pekan lalu, kata Kepala Polres"
                  + " Garut AKBP Budi Santoso. \"Kami masih memburu dua orang lainnya,\" ujarnya."
                  + " Sedikitnya 12 warga luka-luka dan sekitar 300 orang mengungsi.",
              "ok")) {
        a.analyze(
            new org.warta.ingest.RawArticle(
                "warm-up", "Judul\n\n" + text, org.warta.ingest.ArticleMetadata.NONE));
      }
      // the HTML path too: its classes load (and are instrumented) on first use
      a.analyze(
          new org.warta.ingest.RawArticle(
              "warm-up",
              "<html><head><title>Banjir</title></head><body><article><h1>Banjir</h1>"
                  + "<p>Banjir merendam 200 rumah di Bekasi pada Sabtu pagi.</p></article></body>"
                  + "</html>",
              org.warta.ingest.ArticleMetadata.NONE,
              org.warta.ingest.ContentType.HTML));
      return a;
    }
  }
}
