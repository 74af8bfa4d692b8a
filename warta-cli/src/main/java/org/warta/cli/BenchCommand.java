package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.LanguagePack;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.eval.SharedData;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.io.RecordJsonWriter;
import org.warta.lang.generic.GenericLanguagePack;
import org.warta.model.ArticleRecord;
import org.warta.nlp.langid.LanguageIdentifier;
import org.warta.nlp.langid.LinguaLanguageIdentifier;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta bench}: whole-process throughput of the full pipeline against a bare baseline on the
 * same input, in one run.
 *
 * <p>Both runs start from the articles' UTF-8 bytes in memory, so disk speed does not count. The
 * full run decodes, cleans, analyzes and writes JSON; the baseline decodes and splits into tokens
 * with Lucene's StandardTokenizer — the floor any pipeline pays. Each run is preceded by warm-up
 * passes over the same articles so that the JIT has compiled the hot code; the baseline, which is
 * short, is timed five times and its fastest pass counts (which makes the ratio, if anything,
 * pessimistic for the full pipeline).
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

  @Option(
      names = "--breakdown",
      defaultValue = "1000",
      description =
          "Articles in the single-threaded pass that times each step (clean, language, every"
              + " stage, JSON) in CPU time; 0 skips it. Default: ${DEFAULT-VALUE}.")
  int breakdown;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final int BASELINE_WARMUPS = 3;
  private static final int BASELINE_ROUNDS = 5;

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
    long startupCpuMs = processCpuNanos() / 1_000_000;
    double loadBefore = loadAverage();
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
    // The baseline pass takes a tenth of a second of CPU: one timed pass after one warm-up swung
    // by a factor of three between runs on a loaded machine. Three warm-up passes, then the
    // fastest of five timed ones (the floor is what the tokenizer costs when nothing interferes).
    for (int round = 0; round < BASELINE_WARMUPS; round++) {
      runTimed(baseline, work.size());
    }
    Timing base = runTimed(baseline, work.size());
    for (int round = 1; round < BASELINE_ROUNDS; round++) {
      Timing t = runTimed(baseline, work.size());
      base =
          new Timing(
              Math.min(base.wallSeconds, t.wallSeconds), Math.min(base.cpuSeconds, t.cpuSeconds));
    }
    runTimed(full, Math.min(work.size(), 500)); // warm-up
    Map<String, Long> stageBefore = stageNanos(analyzer);
    resetPeaks();
    Timing run = runTimed(full, work.size());
    long peakHeap = peakHeap();
    Map<String, Long> stageAfter = stageNanos(analyzer);
    System.gc();
    long heapAfterGc = usedHeap();
    double loadAfter = loadAverage();
    Map<String, Double> cpuMicros =
        breakdown > 0 ? breakdown(analyzer, work, bytes, decoder) : Map.of();
    int breakdownArticles = Math.min(breakdown, work.size());

    double mb = totalBytes / 1e6;
    int n = work.size();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("articles", n);
    result.put("megabytes", round(mb));
    result.put("threads", threads);
    result.put("cpus", Runtime.getRuntime().availableProcessors());
    result.put("articles_per_s", round(n / run.wallSeconds));
    result.put("mb_per_s", round(mb / run.wallSeconds));
    result.put("baseline_articles_per_s", round(n / base.wallSeconds));
    result.put("baseline_mb_per_s", round(mb / base.wallSeconds));
    result.put("ratio", round(base.wallSeconds / run.wallSeconds));
    result.put("wall_seconds", round(run.wallSeconds));
    result.put("cpu_seconds", round(run.cpuSeconds));
    result.put("articles_per_cpu_s", round(n / run.cpuSeconds));
    result.put("mb_per_cpu_s", round(mb / run.cpuSeconds));
    result.put("baseline_articles_per_cpu_s", round(n / base.cpuSeconds));
    result.put("ratio_cpu", round(base.cpuSeconds / run.cpuSeconds));
    result.put("peak_heap_bytes", peakHeap);
    result.put("heap_after_gc_bytes", heapAfterGc);
    result.put("startup_ms", startupMs);
    result.put("startup_cpu_ms", startupCpuMs);
    result.put("load_average_before", round(loadBefore));
    result.put("load_average_after", round(loadAfter));
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
    Map<String, Double> cpuShare = new LinkedHashMap<>();
    double cpuTotal = cpuMicros.values().stream().mapToDouble(Double::doubleValue).sum();
    cpuMicros.forEach((k, v) -> cpuShare.put(k, round(100.0 * v / cpuTotal)));
    if (!cpuMicros.isEmpty()) {
      result.put("breakdown_articles", breakdownArticles);
      result.put("step_cpu_us_per_article", cpuMicros);
      result.put("step_cpu_share_percent", cpuShare);
    }
    if (format == AnalyzeCommand.Format.json) {
      out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(result));
    } else {
      out.printf(Locale.ROOT, "corpus      %s: %d articles, %.1f MB%n", dir.get(), n, mb);
      out.printf(
          Locale.ROOT,
          "full        %.1f articles/s, %.2f MB/s wall (%d threads); %.1f articles per CPU-second%n",
          n / run.wallSeconds,
          mb / run.wallSeconds,
          threads,
          n / run.cpuSeconds);
      out.printf(
          Locale.ROOT,
          "baseline    %.1f articles/s, %.2f MB/s wall; %.1f articles per CPU-second"
              + " (decode + Lucene StandardTokenizer)%n",
          n / base.wallSeconds,
          mb / base.wallSeconds,
          n / base.cpuSeconds);
      out.printf(
          Locale.ROOT,
          "ratio       %.4f wall, %.4f CPU (full / baseline)%n",
          base.wallSeconds / run.wallSeconds,
          base.cpuSeconds / run.cpuSeconds);
      out.printf(
          Locale.ROOT,
          "heap        peak %.1f MB during the run, %.1f MB live after it%n",
          peakHeap / 1e6,
          heapAfterGc / 1e6);
      out.printf(
          Locale.ROOT,
          "startup     %d ms (%d ms CPU) to the first record%n",
          startupMs,
          startupCpuMs);
      out.printf(
          Locale.ROOT,
          "load        %.1f before, %.1f after (%d CPUs)%n",
          loadBefore,
          loadAfter,
          Runtime.getRuntime().availableProcessors());
      out.printf(
          Locale.ROOT,
          "pipeline    %.2f s of stage time over %.2f s wall, %.2f s CPU%n",
          stageTotal / 1e9,
          run.wallSeconds,
          run.cpuSeconds);
      out.println("stage share of pipeline wall time (%): " + share);
      if (!cpuMicros.isEmpty()) {
        out.printf(
            Locale.ROOT, "CPU per article by step, %d articles, 1 thread:%n", breakdownArticles);
        cpuMicros.forEach(
            (k, v) ->
                out.printf(Locale.ROOT, "  %-10s %8.0f us  %5.1f%%%n", k, v, 100.0 * v / cpuTotal));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** One unit of work on article {@code i}. */
  private interface Task {
    void run(int i) throws Exception;
  }

  /** Elapsed wall-clock time and the CPU time of the worker threads. */
  private record Timing(double wallSeconds, double cpuSeconds) {}

  private Timing runTimed(Task task, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    LongAdder cpu = new LongAdder();
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
                  long c0 = THREADS.getCurrentThreadCpuTime();
                  for (int i = a; i < b; i++) {
                    task.run(i);
                  }
                  cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return new Timing((System.nanoTime() - t0) / 1e9, cpu.sum() / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * CPU microseconds per article of each step, on one thread: decoding, cleaning, language
   * identification, each stage of the Indonesian pipeline, record assembly and JSON writing.
   *
   * <p>Design decision: a separate pass with stages wrapped in CPU timers (a thread-CPU clock read
   * costs about a microsecond, too much to leave in the production pipeline), over the same
   * already-warm components, so the figures add up to what one article costs on one core.
   */
  private Map<String, Double> breakdown(
      ArticleAnalyzer base, List<RawArticle> work, List<byte[]> bytes, TextDecoder decoder)
      throws InputRejectedException {
    Map<String, LongAdder> nanos = new LinkedHashMap<>();
    for (String step : List.of("decode", "clean", "language")) {
      nanos.put(step, new LongAdder());
    }
    Pipeline.Builder timed = Pipeline.builder();
    for (Stage stage : base.pipelineFor("id").stages()) {
      LongAdder t = new LongAdder();
      nanos.put(stage.name(), t);
      timed.add(new TimedStage(stage, t));
    }
    for (String step : List.of("record", "json")) {
      nanos.put(step, new LongAdder());
    }
    Pipeline pipeline = timed.build();
    LanguagePack pack =
        new LanguagePack() {
          @Override
          public Set<String> languages() {
            return Set.of("id", "ms");
          }

          @Override
          public Pipeline pipeline() {
            return pipeline;
          }
        };
    LanguageIdentifier identifier = LinguaLanguageIdentifier.standard();
    LanguageIdentifier timedIdentifier =
        text -> {
          long c0 = THREADS.getCurrentThreadCpuTime();
          String lang = identifier.identify(text);
          nanos.get("language").add(THREADS.getCurrentThreadCpuTime() - c0);
          return lang;
        };
    ArticleCleaner cleaner = ArticleCleaner.standard();
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(cleaner, timedIdentifier, List.of(pack), new GenericLanguagePack());
    RecordJsonWriter json = new RecordJsonWriter();
    int n = Math.min(breakdown, work.size());
    for (int round = 0; round < 2; round++) { // the first round warms up the timed wrappers
      nanos.values().forEach(LongAdder::reset);
      for (int i = 0; i < n; i++) {
        RawArticle a = work.get(i);
        long c0 = THREADS.getCurrentThreadCpuTime();
        String text = decoder.decode(a.name(), bytes.get(i));
        long c1 = THREADS.getCurrentThreadCpuTime();
        CleanedArticle cleaned = cleaner.clean(text);
        long c2 = THREADS.getCurrentThreadCpuTime();
        long inner = sum(nanos);
        ArticleRecord r =
            analyzer
                .analyzeDetailed(new RawArticle(a.name(), text, a.metadata()), cleaned)
                .record();
        long c3 = THREADS.getCurrentThreadCpuTime();
        long innerDelta = sum(nanos) - inner;
        json.toJson(r, text);
        long c4 = THREADS.getCurrentThreadCpuTime();
        nanos.get("decode").add(c1 - c0);
        nanos.get("clean").add(c2 - c1);
        nanos.get("record").add(Math.max(0, c3 - c2 - innerDelta));
        nanos.get("json").add(c4 - c3);
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, round(v.sum() / 1e3 / n)));
    return out;
  }

  private static long sum(Map<String, LongAdder> nanos) {
    long s = 0;
    for (LongAdder a : nanos.values()) {
      s += a.sum();
    }
    return s;
  }

  /** A stage that adds its CPU time to a counter. */
  private record TimedStage(Stage stage, LongAdder nanos) implements Stage {
    @Override
    public String name() {
      return stage.name();
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return stage.requires();
    }

    @Override
    public Set<LayerKey<?>> produces() {
      return stage.produces();
    }

    @Override
    public void process(AnnotatedArticle article) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      stage.process(article);
      nanos.add(THREADS.getCurrentThreadCpuTime() - c0);
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
