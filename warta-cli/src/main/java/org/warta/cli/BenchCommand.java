package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.SharedData;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta bench}: whole-process throughput of the full pipeline against a bare baseline on the
 * same input, in one run.
 *
 * <p>Both runs start from the articles' UTF-8 bytes in memory, so disk speed does not count. The
 * full run decodes, cleans, analyzes and writes JSON; the baseline decodes and splits into tokens
 * with Lucene's StandardTokenizer — the floor any pipeline pays. Each run is preceded by a warm-up
 * pass over the same articles so that the JIT has compiled the hot code.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures articles/s and MB/s of the full pipeline and of a bare tokenizer baseline.")
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "IndoSum *.jsonl files or plain-text articles. Default: ../shared/data/corpus/indosum.")
  Path corpus;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Use only the first N articles (0 = all).")
  int limit;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  AnalyzeCommand.Format format;

  @Override
  public Integer call() throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Optional<Path> dir =
        corpus != null ? Optional.of(corpus) : SharedData.resolve("data/corpus/indosum");
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      err.println(
          "warta bench: no corpus (give --corpus DIR; the default ../shared/data/corpus/indosum is absent)");
      return ExitCodes.USAGE;
    }
    // Start-up: JVM start to the first record of one article (models loaded), before the corpus
    // is read, as a user running `warta analyze` on one file would see it.
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    RecordJsonWriter json = new RecordJsonWriter();
    RawArticle first = ExampleArticles.all().get(0);
    json.toJson(analyzer.analyze(first), first.content());
    long startupMs = System.currentTimeMillis() - jvmStart;
    TextDecoder decoder = new TextDecoder(TextDecoder.Encoding.UTF_8, Long.MAX_VALUE);
    List<RawArticle> articles = load(dir.get(), err);
    if (limit > 0 && articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    if (articles.isEmpty()) {
      err.println("warta bench: " + dir.get() + ": no articles");
      return ExitCodes.USAGE;
    }
    List<byte[]> bytes = new ArrayList<>();
    long totalBytes = 0;
    for (RawArticle a : articles) {
      byte[] b = a.content().getBytes(StandardCharsets.UTF_8);
      bytes.add(b);
      totalBytes += b.length;
    }
    final List<RawArticle> work = articles;
    AtomicLong sink = new AtomicLong();
    Task full =
        i -> {
          RawArticle a = work.get(i);
          String text = decoder.decode(a.name(), bytes.get(i));
          ArticleRecord r = analyzer.analyze(new RawArticle(a.name(), text, a.metadata()));
          sink.addAndGet(json.toJson(r, text).length());
        };
    Task baseline =
        i -> {
          String text = decoder.decode(work.get(i).name(), bytes.get(i));
          sink.addAndGet(countTokens(text));
        };
    runTimed(baseline, work.size()); // warm-up
    double baselineSeconds = runTimed(baseline, work.size());
    runTimed(full, Math.min(work.size(), 500)); // warm-up
    Map<String, Long> stageBefore = stageNanos(analyzer);
    resetPeaks();
    double fullSeconds = runTimed(full, work.size());
    long peakHeap = peakHeap();
    Map<String, Long> stageAfter = stageNanos(analyzer);
    double mb = totalBytes / 1e6;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("articles", work.size());
    result.put("megabytes", round(mb));
    result.put("threads", threads);
    result.put("articles_per_s", round(work.size() / fullSeconds));
    result.put("mb_per_s", round(mb / fullSeconds));
    result.put("baseline_articles_per_s", round(work.size() / baselineSeconds));
    result.put("baseline_mb_per_s", round(mb / baselineSeconds));
    result.put("ratio", round((work.size() / fullSeconds) / (work.size() / baselineSeconds)));
    result.put("peak_heap_bytes", peakHeap);
    result.put("startup_ms", startupMs);
    Map<String, Double> share = new LinkedHashMap<>();
    long stageTotal = 0;
    for (Map.Entry<String, Long> e : stageAfter.entrySet()) {
      stageTotal += e.getValue() - stageBefore.getOrDefault(e.getKey(), 0L);
    }
    for (Map.Entry<String, Long> e : stageAfter.entrySet()) {
      long d = e.getValue() - stageBefore.getOrDefault(e.getKey(), 0L);
      share.put(e.getKey(), stageTotal == 0 ? 0 : round(100.0 * d / stageTotal));
    }
    result.put("stage_share_percent", share);
    result.put("pipeline_seconds", round(stageTotal / 1e9));
    if (format == AnalyzeCommand.Format.json) {
      out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(result));
    } else {
      out.printf(Locale.ROOT, "corpus      %s: %d articles, %.1f MB%n", dir.get(), work.size(), mb);
      out.printf(
          Locale.ROOT,
          "full        %.1f articles/s, %.2f MB/s (%d threads)%n",
          work.size() / fullSeconds,
          mb / fullSeconds,
          threads);
      out.printf(
          Locale.ROOT,
          "baseline    %.1f articles/s, %.2f MB/s (decode + Lucene StandardTokenizer)%n",
          work.size() / baselineSeconds,
          mb / baselineSeconds);
      out.printf(Locale.ROOT, "ratio       %.4f (full / baseline)%n", (double) result.get("ratio"));
      out.printf(Locale.ROOT, "peak heap   %.1f MB%n", peakHeap / 1e6);
      out.printf(Locale.ROOT, "startup     %d ms to the first record%n", startupMs);
      out.printf(
          Locale.ROOT,
          "pipeline    %.2f s of stage time over %.2f s wall%n",
          stageTotal / 1e9,
          fullSeconds);
      out.println("stage share of pipeline time (%): " + share);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** One unit of work on article {@code i}. */
  private interface Task {
    void run(int i) throws Exception;
  }

  private double runTimed(Task task, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      long t0 = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      int chunk = Math.max(1, n / (threads * 8));
      for (int from = 0; from < n; from += chunk) {
        int a = from;
        int b = Math.min(n, from + chunk);
        futures.add(
            pool.submit(
                () -> {
                  for (int i = a; i < b; i++) {
                    task.run(i);
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int countTokens(String text) throws IOException {
    int n = 0;
    try (StandardTokenizer t = new StandardTokenizer()) {
      CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        n += term.length() > 0 ? 1 : 0;
      }
      t.end();
    }
    return n;
  }

  private static Map<String, Long> stageNanos(ArticleAnalyzer analyzer) {
    return new LinkedHashMap<>(analyzer.pipelineFor("id").stageNanos());
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private List<RawArticle> load(Path dir, PrintWriter err) throws IOException {
    boolean jsonl;
    try (Stream<Path> s = Files.list(dir)) {
      jsonl = s.anyMatch(p -> p.toString().endsWith(".jsonl"));
    }
    if (jsonl) {
      return IndoSumCorpus.read(dir);
    }
    ArticleFiles files = new ArticleFiles(new TextDecoder(TextDecoder.Encoding.AUTO, 10_000_000));
    List<RawArticle> out = new ArrayList<>();
    for (ArticleInput in :
        files.expand(
            List.of(dir.toString()), e -> err.println("warta: skipped " + e.getMessage()))) {
      try {
        out.add(files.read(in, System.in));
      } catch (InputRejectedException e) {
        err.println("warta: skipped " + e.getMessage());
      }
    }
    return out;
  }
}
