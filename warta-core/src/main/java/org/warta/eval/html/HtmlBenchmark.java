package org.warta.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.html.HtmlArticleExtractor;
import org.warta.ingest.html.HtmlDecoder;
import org.warta.model.CharSpan;

/**
 * Runs the HTML extractor over a directory of benchmark pages ({@code <id>.html.gz} or {@code
 * <id>.html}) and scores the bodies against {@code ground-truth.json} ({@code {id: {"articleBody":
 * text}}}) with {@link ShingleMetric}, timing the extraction.
 *
 * <p>The predicted body is the record's text without its title paragraph: the benchmark's
 * articleBody does not contain the headline.
 */
public final class HtmlBenchmark {
  /** One page's outcome. */
  public record PageResult(String id, ShingleMetric.PageScore score, String error) {}

  /**
   * All pages, the averages, and the timing of extraction alone (decoding and parsing included).
   */
  public record Result(
      List<PageResult> pages,
      ShingleMetric.Summary summary,
      long nanos,
      long cpuNanos,
      long bytes) {
    public double pagesPerSecond() {
      return nanos == 0 ? 0 : pages.size() / (nanos / 1e9);
    }

    public double megabytesPerSecond() {
      return nanos == 0 ? 0 : bytes / 1e6 / (nanos / 1e9);
    }

    /**
     * Pages per second of CPU time of the extracting thread: the rate on one unloaded core, which
     * wall time on a shared machine does not show.
     */
    public double pagesPerCpuSecond() {
      return cpuNanos <= 0 ? 0 : pages.size() / (cpuNanos / 1e9);
    }

    public double megabytesPerCpuSecond() {
      return cpuNanos <= 0 ? 0 : bytes / 1e6 / (cpuNanos / 1e9);
    }

    /** The {@code n} pages with the lowest F1. */
    public List<PageResult> worst(int n) {
      List<PageResult> sorted = new ArrayList<>(pages);
      sorted.sort(Comparator.comparingDouble(p -> p.score().f1()));
      return sorted.subList(0, Math.min(n, sorted.size()));
    }
  }

  private final HtmlArticleExtractor extractor;

  public HtmlBenchmark(HtmlArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /** The body the benchmark compares: the paragraphs after the title. */
  public static String body(CleanedArticle c) {
    List<CharSpan> ps = c.paragraphs();
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < ps.size(); i++) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(c.text(), ps.get(i).start(), ps.get(i).end());
    }
    return b.toString();
  }

  /** Scores every page of {@code groundTruth} found in {@code dir}. */
  public Result run(Path dir, Path groundTruth) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(groundTruth.toFile());
    List<PageResult> results = new ArrayList<>();
    List<ShingleMetric.PageScore> scores = new ArrayList<>();
    long nanos = 0;
    long cpuNanos = 0;
    long bytes = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      Path file = dir.resolve(id + ".html.gz");
      if (!Files.exists(file)) {
        file = dir.resolve(id + ".html");
      }
      if (!Files.exists(file)) {
        continue;
      }
      byte[] data = Files.readAllBytes(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
          data = in.readAllBytes();
        }
      }
      String trueBody = e.getValue().path("articleBody").asText("");
      String predicted;
      String error = null;
      long t0 = System.nanoTime();
      long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      try {
        String html = HtmlDecoder.decode(file.toString(), data);
        predicted = body(extractor.extract(html, file.toString()).cleaned());
      } catch (InputRejectedException ex) {
        predicted = "";
        error = ex.reason();
      }
      nanos += System.nanoTime() - t0;
      cpuNanos += cpu ? threads.getCurrentThreadCpuTime() - c0 : 0;
      bytes += data.length;
      ShingleMetric.PageScore s = ShingleMetric.score(id, trueBody, predicted);
      scores.add(s);
      results.add(new PageResult(id, s, error));
    }
    return new Result(results, ShingleMetric.summarize(scores), nanos, cpu ? cpuNanos : -1, bytes);
  }
}
