package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: at most {@value #REQUESTS} requests per endpoint, {@value
 * #CONCURRENCY} at a time, stopping after {@value #SECONDS} seconds whatever the count. It reports
 * requests per second and latency percentiles for {@code /search} and {@code /analyze} (printed and
 * written to {@code target/load-test.txt}) and requires that no request failed; it asserts no
 * timing, since the machine is shared.
 */
class LoadTest {
  static final int REQUESTS = 2000;
  static final int CONCURRENCY = 8;
  static final int SECONDS = 30;
  static final List<String> QUERIES =
      List.of(
          "gempa",
          "banjir",
          "Garut",
          "korban%20meninggal",
          "BNPB",
          "mahasiswa",
          "%22gempa%20bumi%22",
          "menteri",
          "pelabuhan",
          "tewas",
          "bantuan",
          "evakuasi");

  record Result(String name, int done, int errors, double seconds, long[] nanos) {
    double perSecond() {
      return done / seconds;
    }

    double percentileMs(double p) {
      if (nanos.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
      return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-8s %5d requests, %d errors, %d concurrent, %.1f s: %.1f requests/s,"
              + " p50 %.1f ms, p99 %.1f ms, max %.1f ms",
          name,
          done,
          errors,
          CONCURRENCY,
          seconds,
          perSecond(),
          percentileMs(50),
          percentileMs(99),
          percentileMs(100));
    }
  }

  static Result run(String name, IntFunction<HttpRequest> request) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] nanos = new long[REQUESTS];
    AtomicLong deadline = new AtomicLong(System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS));
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    long t0 = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < CONCURRENCY; w++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < REQUESTS && System.nanoTime() < deadline.get();
                    i = next.getAndIncrement()) {
                  long s = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        client.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200 || r.body().length == 0) {
                      errors.incrementAndGet();
                    }
                  } catch (IOException e) {
                    errors.incrementAndGet();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  nanos[i] = System.nanoTime() - s;
                }
              }));
    }
    for (Future<?> f : workers) {
      f.get(SECONDS + 60, TimeUnit.SECONDS);
    }
    pool.shutdownNow();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] done = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
    return new Result(name, done.length, errors.get(), seconds, done);
  }

  @Test
  void searchAndAnalyzeUnderLoad() throws Exception {
    String base = TestServer.url();
    // Warm up both paths once (first analyzer and searcher calls load lazily).
    Http.get(base, "/api/v1/search?q=gempa");
    byte[] article = ApiTest.ARTICLE.getBytes(StandardCharsets.UTF_8);
    Http.post(base, "/api/v1/analyze?published=2025-03-08", "text/plain", article);

    Result search =
        run(
            "/search",
            i ->
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "/api/v1/search?q="
                                + QUERIES.get(i % QUERIES.size())
                                + "&page="
                                + (1 + i % 2)
                                + "&size=5"))
                    .build());
    Result analyze =
        run(
            "/analyze",
            i ->
                HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/analyze?published=2025-03-0" + (1 + i % 9)))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(article))
                    .build());
    String report =
        "Load test on loopback ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, bounded at "
            + REQUESTS
            + " requests or "
            + SECONDS
            + " s per endpoint)\n"
            + search.line()
            + "\n"
            + analyze.line()
            + "\n";
    System.out.print(report);
    Files.writeString(
        Path.of("target", "load-test.txt"),
        report,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
    for (Result r : List.of(search, analyze)) {
      assertThat(r.errors()).as(r.line()).isZero();
      assertThat(r.done()).as(r.line()).isPositive();
    }
  }
}
