package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.index.IngestSummary;
import org.warta.index.Ingester;
import org.warta.index.OpenIndex;
import org.warta.index.QueryBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta bench-index}: index throughput (articles/s of a fresh ingest, when {@code --ingest}
 * is given) and query latency p50/p99 over the fixed query set of {@link QueryBenchmark}.
 */
@Command(
    name = "bench-index",
    mixinStandardHelpOptions = true,
    description =
        "Measures ingest throughput (with --ingest SOURCE, into a fresh index) and search latency"
            + " p50/p99 over a fixed query set.")
final class IndexBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "warta-data",
      description = "Index to query (and to create with --ingest).")
  Path index;

  @Option(
      names = "--ingest",
      paramLabel = "SOURCE",
      description = "Ingest this into a fresh index first (DIR must not exist).")
  List<String> ingest;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Ingest threads (0 = one per core).")
  int threads;

  @Option(
      names = "--rounds",
      defaultValue = "20",
      description = "Rounds over the query set. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  OutputFormat format;

  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> result = new LinkedHashMap<>();
    if (ingest != null && !ingest.isEmpty()) {
      if (Files.exists(index)) {
        err.println("warta bench-index: " + index + " exists; --ingest needs a fresh directory");
        return ExitCodes.USAGE;
      }
      Ingester.Options o =
          new Ingester.Options(
              threads, 1000, null, 10_000_000L, org.warta.ingest.TextDecoder.Encoding.UTF_8, false);
      ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
      long cpu0 = processCpuNanos();
      IngestSummary s = new Ingester(analyzer).run(ingest, index, o, e -> {});
      double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
      result.put("ingest_cpu_seconds", cpuSeconds);
      result.put("articles_per_cpu_s", s.ingested() / Math.max(1e-9, cpuSeconds));
      result.put("ingested", s.ingested());
      result.put("ingest_seconds", s.seconds());
      result.put("articles_per_s", s.articlesPerSecond());
    }
    try (OpenIndex idx = OpenIndex.open(index)) {
      QueryBenchmark.Result q = QueryBenchmark.run(idx, Math.max(1, rounds));
      result.put("articles", idx.reader().numDocs());
      result.put("queries", q.queries());
      result.put("query_runs", q.runs());
      result.put("p50_ms", q.p50Ms());
      result.put("p99_ms", q.p99Ms());
      result.put("mean_ms", q.meanMs());
      result.put("cpu_p50_ms", q.cpuP50Ms());
      result.put("cpu_p99_ms", q.cpuP99Ms());
      result.put(
          "load_average",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    if (format == OutputFormat.json) {
      out.println(Json.write(result));
    } else {
      result.forEach(
          (k, v) ->
              out.printf(
                  Locale.ROOT,
                  "%-16s %s%n",
                  k,
                  v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
