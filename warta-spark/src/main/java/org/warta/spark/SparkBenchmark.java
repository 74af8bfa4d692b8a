package org.warta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.warta.eval.SharedData;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.ingest.RawArticle;

/**
 * Throughput of the Spark job in local mode with 1 and 2 cores (or any list) on the IndoSum corpus:
 * articles/s and MB/s by wall clock and by CPU time, and the scaling factor.
 *
 * <pre>
 * java … org.warta.spark.SparkBenchmark [--corpus DIR] [--cores 1,2] [--limit N] [--warmup N]
 * ./warta spark --bench [--bench-cores 1,2]          (the same, through the CLI)
 * </pre>
 *
 * <p>The corpus is written as plain-text files with an {@code INDEX.tsv} into a temporary directory
 * first (as {@code warta corpus indosum} writes it), so the job reads what {@code warta analyze}
 * would read. A warm-up run on a slice of the corpus (1,000 articles unless {@code --warmup} says
 * otherwise) loads the models and lets the JIT compile the pipeline, so that the first measured run
 * is not charged for all of it; each measured run then starts its own SparkSession (start-up
 * reported apart) and runs the whole job, writing every output. The first measured run still pays
 * for some compilation (on the development machine about a quarter more CPU than the same run
 * second): compare the core counts in both orders ({@code --cores 1,2} and {@code 2,1}).
 *
 * <p>Two CPU figures: the process's CPU time (all threads: tasks, driver, GC, JIT) and the tasks'
 * CPU time as Spark's executors report it ({@code executorCpuTime}, summed over the job's tasks).
 * On a shared machine both are steadier than the wall clock, and {@code articles per
 * task-CPU-second} is the throughput one executor core can be expected to reach on a cluster. The
 * CPU-based scaling factor {@code cores × (CPU per article on 1 core) ÷ (CPU per article on N
 * cores)} is what N cores would give if they were free, the wall-clock factor is what they gave on
 * this machine. No assertion on timings.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    List<Integer> coreList = List.of(1, 2);
    int limit = 0;
    int warmup = 1000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--cores" -> {
          List<Integer> l = new ArrayList<>();
          for (String c : args[++i].split(",")) {
            l.add(Integer.parseInt(c.strip()));
          }
          coreList = l;
        }
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> {
          System.err.println(
              "usage: SparkBenchmark [--corpus INDOSUM_DIR] [--cores 1,2] [--limit N]"
                  + " [--warmup N]");
          System.exit(2);
        }
      }
    }
    Optional<Path> dir =
        corpus != null ? Optional.of(corpus) : SharedData.resolve("data/corpus/indosum");
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      System.err.println("SparkBenchmark: no IndoSum corpus (give --corpus DIR)");
      System.exit(2);
    }
    List<RawArticle> articles = IndoSumCorpus.read(dir.get());
    if (limit > 0 && articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    Path work = Files.createTempDirectory("warta-spark-bench");
    try {
      Path input = work.resolve("input");
      long bytes = writeCorpus(articles, input);
      Path warmInput = work.resolve("warm");
      writeCorpus(articles.subList(0, Math.max(1, Math.min(articles.size(), warmup))), warmInput);
      double mb = bytes / 1e6;
      System.err.printf(
          Locale.ROOT,
          "corpus %s: %d articles, %.1f MB as text files%n",
          dir.get(),
          articles.size(),
          mb);

      List<Map<String, Object>> runs = new ArrayList<>();
      boolean warm = false;
      for (int cores : coreList) {
        long s0 = System.nanoTime();
        SparkSession spark =
            SparkSession.builder()
                .master("local[" + cores + "]")
                .appName("warta-bench")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        TaskCpu taskCpu = new TaskCpu();
        spark.sparkContext().addSparkListener(taskCpu);
        double startup = (System.nanoTime() - s0) / 1e9;
        try {
          if (!warm) {
            WartaSparkJob.run(spark, options(warmInput, work.resolve("warm-out")));
            warm = true;
          }
          spark.sparkContext().listenerBus().waitUntilEmpty();
          taskCpu.reset();
          double load0 = loadAverage();
          long cpu0 = cpuNanos();
          long t0 = System.nanoTime();
          JobSummary summary =
              WartaSparkJob.run(spark, options(input, work.resolve("out-" + cores)));
          double wall = (System.nanoTime() - t0) / 1e9;
          double cpu = (cpuNanos() - cpu0) / 1e9;
          // Listener events arrive asynchronously: wait for the last task ends.
          spark.sparkContext().listenerBus().waitUntilEmpty();
          double tasks = taskCpu.nanos() / 1e9;
          Map<String, Object> run = new LinkedHashMap<>();
          run.put("cores", cores);
          run.put("articles", summary.articles());
          run.put("duplicates", summary.duplicates());
          run.put("rejected", summary.rejected());
          run.put("startup_s", round(startup));
          run.put("wall_s", round(wall));
          run.put("cpu_s", round(cpu));
          run.put("articles_per_s", round(articles.size() / wall));
          run.put("mb_per_s", round(mb / wall));
          run.put("task_cpu_s", round(tasks));
          run.put("articles_per_cpu_s", round(articles.size() / cpu));
          run.put("mb_per_cpu_s", round(mb / cpu));
          run.put("articles_per_task_cpu_s", round(articles.size() / tasks));
          run.put("load_avg_before", round(load0));
          run.put("load_avg_after", round(loadAverage()));
          runs.add(run);
          System.err.printf(
              Locale.ROOT,
              "local[%d]: %.1f s wall, %.1f s CPU (%.1f s in tasks) -> %.1f articles/s, %.2f MB/s"
                  + " (wall); %.1f articles per CPU-second, %.1f per task-CPU-second;"
                  + " load %.1f -> %.1f%n",
              cores,
              wall,
              cpu,
              tasks,
              articles.size() / wall,
              mb / wall,
              articles.size() / cpu,
              articles.size() / tasks,
              load0,
              loadAverage());
        } finally {
          spark.stop();
        }
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("articles", articles.size());
      result.put("megabytes", round(mb));
      result.put("processors", Runtime.getRuntime().availableProcessors());
      result.put("runs", runs);
      if (runs.size() >= 2) {
        // From the run with the fewest cores to the one with the most, whatever the order given.
        Comparator<Map<String, Object>> byCores =
            Comparator.comparingInt(r -> (int) r.get("cores"));
        Map<String, Object> few = runs.stream().min(byCores).orElseThrow();
        Map<String, Object> many = runs.stream().max(byCores).orElseThrow();
        double n = (int) many.get("cores") / (double) (int) few.get("cores");
        result.put("scaling_wall", round((double) few.get("wall_s") / (double) many.get("wall_s")));
        result.put(
            "scaling_cpu", round(n * (double) few.get("cpu_s") / (double) many.get("cpu_s")));
        result.put(
            "scaling_task_cpu",
            round(n * (double) few.get("task_cpu_s") / (double) many.get("task_cpu_s")));
      }
      System.out.println(new ObjectMapper().writeValueAsString(result));
    } finally {
      deleteTree(work);
    }
  }

  private static JobOptions options(Path input, Path output) {
    return new JobOptions(
        List.of(input.toString()), output.toString(), null, 0, "utf-8", 10_000_000, true);
  }

  /** Writes the articles as {@code warta corpus indosum} does; returns the bytes of text. */
  static long writeCorpus(List<RawArticle> articles, Path out) throws IOException {
    Files.createDirectories(out);
    StringBuilder index = new StringBuilder("file\tlanguage\tpublished\tsource\turl\n");
    long bytes = 0;
    for (RawArticle a : articles) {
      String file = a.name().replace("indosum/", "").replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
      byte[] b = a.content().getBytes(StandardCharsets.UTF_8);
      bytes += b.length;
      Files.write(out.resolve(file), b);
      index
          .append(file)
          .append("\tid\t")
          .append(orEmpty(a.metadata().published()))
          .append('\t')
          .append(orEmpty(a.metadata().outlet()))
          .append('\t')
          .append(orEmpty(a.metadata().url()))
          .append('\n');
    }
    Files.writeString(out.resolve("INDEX.tsv"), index.toString(), StandardCharsets.UTF_8);
    return bytes;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.replace('\t', ' ');
  }

  /** Sums the executor CPU time of every task that ends (all stages, all jobs). */
  private static final class TaskCpu extends SparkListener {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        nanos.addAndGet(end.taskMetrics().executorCpuTime());
      }
    }

    long nanos() {
      return nanos.get();
    }

    void reset() {
      nanos.set(0);
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
