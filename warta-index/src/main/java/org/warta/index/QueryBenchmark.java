package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Query latency over a fixed query set: plain words, stemmed forms, phrases, filters by entity,
 * event type and date. Each query runs once as warm-up, then {@code rounds} times; the result gives
 * the median and the 99th percentile of single-query wall times (no assertion on timing).
 */
public final class QueryBenchmark {
  /** The fixed query set: {query, entity filter, event type filter}. */
  public static final List<String[]> QUERIES =
      List.of(
          new String[] {"gempa", null, null},
          new String[] {"banjir", null, null},
          new String[] {"kirim", null, null},
          new String[] {"presiden", null, null},
          new String[] {"\"tanah longsor\"", null, null},
          new String[] {"korban meninggal", null, null},
          new String[] {"polisi tangkap", null, null},
          new String[] {"harga beras", null, null},
          new String[] {"pemilu", null, null},
          new String[] {"jokowi", null, null},
          new String[] {"sepak bola", null, null},
          new String[] {"ekonomi indonesia", null, null},
          new String[] {"korupsi", "KPK", null},
          new String[] {"", "Jakarta", null},
          new String[] {"", null, "ARREST"},
          new String[] {"pengungsi", null, "EVACUATE"},
          new String[] {"menteri", "Joko Widodo", null},
          new String[] {"kebakaran", null, "DISASTER"},
          new String[] {"investasi asing", null, null},
          new String[] {"demo mahasiswa", null, "PROTEST"});

  /**
   * Latency figures in milliseconds: wall time, and CPU time of the searching thread (which does
   * not grow when other processes compete for the cores).
   */
  public record Result(
      int queries,
      int runs,
      double p50Ms,
      double p99Ms,
      double meanMs,
      double cpuP50Ms,
      double cpuP99Ms) {}

  private QueryBenchmark() {}

  public static Result run(OpenIndex index, int rounds) throws IOException {
    ArticleSearcher s = new ArticleSearcher(index);
    for (String[] q : QUERIES) {
      s.search(request(q));
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> ms = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (String[] q : QUERIES) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        s.search(request(q));
        ms.add((System.nanoTime() - t0) / 1e6);
        cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
      }
    }
    Collections.sort(ms);
    Collections.sort(cpu);
    double mean = ms.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return new Result(
        QUERIES.size(),
        ms.size(),
        percentile(ms, 0.50),
        percentile(ms, 0.99),
        mean,
        percentile(cpu, 0.50),
        percentile(cpu, 0.99));
  }

  private static SearchRequest request(String[] q) {
    return new SearchRequest(q[0], null, null, q[1], q[2], null, 10, 0);
  }

  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
