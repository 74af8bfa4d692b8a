package org.warta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.cli.WartaCli;
import org.warta.eval.SharedData;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.ingest.RawArticle;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code warta analyze} on the same input:
 * the dev articles (a plain-text directory with {@code INDEX.tsv}) and a sample of IndoSum packed
 * by this test into a WARC.gz (resource records, HTTP responses with text, one HTML page), plus a
 * malformed WARC, a truncated WARC.gz, an undecodable and an empty file. The plain-text copies of
 * the WARC articles that {@code warta analyze} reads are given to the job as a third input, after
 * the WARC: every one of them is a duplicate, most of them in another partition than their first
 * copy, so deduplication across the whole input is tested, not only within a task.
 *
 * <p>One job run serves every test (Spark's start-up and the writes cost more than the analysis of
 * a few hundred articles).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WartaSparkJobTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int SAMPLE = 150;

  private Path tmp;

  private SparkSession spark;
  private JobSummary summary;
  private Path out;
  private List<String> sparkLines;
  private List<String> expectedDev;
  private List<String> expectedWarc;
  private List<JsonNode> rejects;
  private boolean devPresent;
  private List<String> inputs;
  private Path mirror;
  private int mirrorFiles;

  @BeforeAll
  void runJobAndAnalyze(@TempDir Path dir) throws Exception {
    tmp = dir;
    Optional<Path> indosum = SharedData.resolve("data/corpus/indosum");
    Assumptions.assumeTrue(
        indosum.isPresent() && Files.isDirectory(indosum.get()),
        "../shared/data/corpus/indosum is absent: skipping the Spark identity tests");
    Optional<Path> dev = SharedData.resolve("data/articles");
    devPresent = dev.isPresent() && Files.isDirectory(dev.get());

    List<RawArticle> all = IndoSumCorpus.read(indosum.get());
    List<RawArticle> sample = new ArrayList<>();
    int stride = Math.max(1, all.size() / SAMPLE);
    for (int i = 0; i < all.size() && sample.size() < SAMPLE; i += stride) {
      sample.add(all.get(i));
    }
    Path warcDir = Files.createDirectories(tmp.resolve("warc"));
    mirror = Files.createDirectories(tmp.resolve("mirror"));
    Map<String, String> pathRenames = writeInputs(sample, all.get(all.size() - 1), warcDir, mirror);
    mirrorFiles = pathRenames.size();

    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("warta-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            // Read the partition columns back as the strings the job wrote ("2024-03", "unknown").
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    out = tmp.resolve("out");
    inputs = new ArrayList<>();
    if (devPresent) {
      inputs.add(dev.get().toString());
    }
    inputs.add(warcDir.toString());
    // The same articles again as text files, after the WARC: all duplicates (see the class note).
    inputs.add(mirror.toString());
    summary =
        WartaSparkJob.run(
            spark, new JobOptions(inputs, out.toString(), null, 0, "utf-8", 10_000_000, false));
    sparkLines = readParts(out.resolve("jsonl"));
    rejects = new ArrayList<>();
    for (String line : readParts(out.resolve("rejects"))) {
      rejects.add(MAPPER.readTree(line));
    }

    expectedDev = devPresent ? analyze(dev.get().toString()) : List.of();
    expectedWarc = new ArrayList<>();
    for (String line : analyze(mirror.toString())) {
      String path = MAPPER.readTree(line).path("source").path("path").asText();
      String renamed = pathRenames.get(path);
      assertThat(renamed).as("mirror file %s has a WARC record", path).isNotNull();
      expectedWarc.add(
          line.replace(
              "\"path\":" + MAPPER.writeValueAsString(path) + ",",
              "\"path\":" + MAPPER.writeValueAsString(renamed) + ","));
    }
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void recordsAreByteIdenticalToWartaAnalyzeWithDuplicatesDropped() {
    List<String> expected = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String line : concat(expectedDev, expectedWarc)) {
      if (ids.add(id(line))) {
        expected.add(line);
      }
    }
    assertThat(expected.size()).isGreaterThan(SAMPLE);
    // Same records, same order (the first copy of a duplicate kept), byte for byte.
    assertThat(sparkLines).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(sparkLines.get(i)).as("record %d", i).isEqualTo(expected.get(i));
    }
    assertThat(summary.articles()).isEqualTo(expected.size());
    // Within the WARC (one article twice) and the whole mirror directory.
    assertThat(summary.duplicates())
        .isEqualTo(expectedDev.size() + expectedWarc.size() - expected.size() + mirrorFiles)
        .isGreaterThan(SAMPLE);
    System.out.printf(
        "WartaSparkJobTest: %d records byte-identical to warta analyze (%d dev articles, %d from"
            + " the WARC.gz of IndoSum articles and an HTML page); %d duplicates dropped, %d"
            + " rejects%n",
        expected.size(),
        expectedDev.size(),
        expectedWarc.size(),
        summary.duplicates(),
        summary.rejected());
  }

  @Test
  void duplicatesInOtherPartitionsAreDroppedAndTheFirstCopyInInputOrderKept() throws IOException {
    // The job's own slicing of the same listing (local[2]: three partitions per core).
    List<List<InputFile>> slices =
        WartaSparkJob.slices(
            new InputLister(new org.apache.hadoop.conf.Configuration()).list(inputs).files(), 6);
    int warcSlice = -1;
    int mirrorElsewhere = 0;
    for (int i = 0; i < slices.size(); i++) {
      for (InputFile f : slices.get(i)) {
        if (f.name().endsWith("sample.warc.gz")) {
          warcSlice = i;
        }
      }
    }
    for (int i = 0; i < slices.size(); i++) {
      for (InputFile f : slices.get(i)) {
        if (f.name().startsWith(mirror.toString()) && i != warcSlice) {
          mirrorElsewhere++;
        }
      }
    }
    assertThat(warcSlice).isNotNegative();
    assertThat(mirrorElsewhere)
        .as("mirror files in another partition than the WARC")
        .isGreaterThan(50);
    // No record of the mirror survives: each of its articles came first in the WARC.
    Set<String> ids = new HashSet<>();
    for (String line : sparkLines) {
      JsonNode n = MAPPER.readTree(line);
      assertThat(ids.add(n.path("id").asText())).as("id %s once", n.path("id")).isTrue();
      assertThat(n.path("source").path("path").asText()).doesNotStartWith(mirror.toString());
    }
  }

  @Test
  void devArticlesKeepTheirPathsAsAnalyzePrintsThem() {
    Assumptions.assumeTrue(devPresent, "../shared/data/articles is absent");
    assertThat(sparkLines.subList(0, expectedDev.size())).isEqualTo(expectedDev);
  }

  @Test
  void htmlRecordUsesThePageDateOverTheCaptureDate() throws IOException {
    JsonNode page = null;
    for (String line : sparkLines) {
      JsonNode n = MAPPER.readTree(line);
      if (n.path("source").path("url").asText().equals(PAGE_URL)) {
        page = n;
      }
    }
    assertThat(page).as("the HTML record was analysed").isNotNull();
    assertThat(page.path("title").asText())
        .isEqualTo("Banjir Rendam Ratusan Rumah di Pesisir Demak");
    assertThat(page.path("published").asText()).startsWith("2024-03-05");
    assertThat(page.path("text").asText())
        .doesNotContain("Baca juga")
        .doesNotContain("Berita Terkait")
        .doesNotContain("Hak cipta");
  }

  @Test
  void badInputsAreRejectedWithReasonsAndTheJobSucceeds() {
    Map<String, String> bySource = new HashMap<>();
    for (JsonNode r : rejects) {
      bySource.put(r.path("source").asText(), r.path("reason").asText());
    }
    assertThat(summary.rejected()).isEqualTo(rejects.size()).isEqualTo(5);
    assertThat(reasonOf(bySource, "bad.warc")).startsWith("not a WARC file");
    assertThat(reasonOf(bySource, "truncated.warc.gz")).containsAnyOf("truncated", "corrupt gzip");
    assertThat(reasonOf(bySource, "undecodable.txt")).startsWith("invalid UTF-8");
    assertThat(reasonOf(bySource, "empty.txt")).isEqualTo("empty file");
    assertThat(reasonOf(bySource, "https://example.org/hilang"))
        .isEqualTo("HTTP status 404, not an article");
  }

  @Test
  void parquetTablesHoldTheRecordsPartitionedByLanguageAndMonth() throws IOException {
    long entities = 0;
    long quantities = 0;
    long events = 0;
    long times = 0;
    long quotes = 0;
    long claims = 0;
    Set<String> languages = new HashSet<>();
    for (String line : sparkLines) {
      JsonNode n = MAPPER.readTree(line);
      entities += n.path("entities").size();
      quantities += n.path("quantities").size();
      events += n.path("events").size();
      times += n.path("times").size();
      quotes += n.path("quotes").size();
      claims += n.path("claims").size();
      languages.add(n.path("language").asText());
    }
    Dataset<Row> articles = spark.read().parquet(out.resolve("parquet/articles").toString());
    assertThat(articles.count()).isEqualTo(sparkLines.size());
    assertThat(
            articles.select("language").distinct().collectAsList().stream()
                .map(r -> r.getString(0))
                .collect(Collectors.toSet()))
        .isEqualTo(languages);
    assertThat(spark.read().parquet(out.resolve("parquet/entities").toString()).count())
        .isEqualTo(entities);
    assertThat(spark.read().parquet(out.resolve("parquet/quantities").toString()).count())
        .isEqualTo(quantities);
    assertThat(spark.read().parquet(out.resolve("parquet/events").toString()).count())
        .isEqualTo(events);
    assertThat(spark.read().parquet(out.resolve("parquet/times").toString()).count())
        .isEqualTo(times);
    assertThat(spark.read().parquet(out.resolve("parquet/quotes").toString()).count())
        .isEqualTo(quotes);
    assertThat(spark.read().parquet(out.resolve("parquet/claims").toString()).count())
        .isEqualTo(claims);
    assertThat(TableRows.TABLES)
        .containsExactly(
            "articles", "entities", "quantities", "times", "quotes", "claims", "events");
    // Every data file of every table sits in a language=…/month=YYYY-MM|unknown directory.
    for (String table : TableRows.TABLES) {
      assertThat(out.resolve("parquet/" + table + "/language=id")).isDirectory();
      try (Stream<Path> files = Files.walk(out.resolve("parquet/" + table))) {
        List<Path> data =
            files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
        assertThat(data).isNotEmpty();
        for (Path p : data) {
          Path rel = out.resolve("parquet/" + table).relativize(p);
          assertThat(rel.getNameCount()).as("%s", rel).isEqualTo(3);
          assertThat(rel.getName(0).toString()).matches("language=[a-z]{2,3}");
          assertThat(rel.getName(1).toString()).matches("month=(\\d{4}-\\d{2}|unknown)");
        }
      }
    }
    // Each article is in the partition of its own language and publication month.
    Map<String, String> partitionOf = new HashMap<>();
    for (Row r : articles.select("article_id", "language", "month").collectAsList()) {
      partitionOf.put(r.getString(0), r.getString(1) + "/" + r.getString(2));
    }
    Set<String> months = new HashSet<>();
    for (String line : sparkLines) {
      JsonNode n = MAPPER.readTree(line);
      String published = n.path("published").isTextual() ? n.path("published").asText() : null;
      String month = TableRows.month(published);
      months.add(month);
      assertThat(partitionOf.get(n.path("id").asText()))
          .as("partition of %s", n.path("id"))
          .isEqualTo(n.path("language").asText() + "/" + month);
    }
    assertThat(months).as("several months").hasSizeGreaterThan(2);
    // The HTML page of March 2024 sits in its month's partition.
    assertThat(out.resolve("parquet/articles/language=id/month=2024-03")).isDirectory();
  }

  @Test
  void wartaIngestLoadsTheJsonLinesOutput() throws IOException {
    Path index = tmp.resolve("index");
    String[] ingest = {
      "ingest", "--quiet", "--index", index.toString(), out.resolve("jsonl").toString()
    };
    assertThat(cli(ingest).code()).isZero();
    CliResult stats = cli(new String[] {"stats", "--index", index.toString(), "--format", "json"});
    assertThat(stats.code()).isZero();
    assertThat(MAPPER.readTree(stats.out()).path("articles").asLong()).isEqualTo(sparkLines.size());
  }

  @Test
  void wartaIngestLoadsTheWholeOutputDirectoryThroughItsRecords() throws IOException {
    // The job's output root: jsonl/ is read; parquet/, rejects/ and summary.json are passed over
    // (exit 0: nothing skipped).
    Path index = tmp.resolve("index-root");
    CliResult r =
        cli(
            new String[] {
              "ingest", "--index", index.toString(), "--format", "json", out.toString()
            });
    assertThat(r.code()).as("ingest %s: %s", out, r.err()).isZero();
    assertThat(r.err()).doesNotContain("unsupported");
    CliResult stats = cli(new String[] {"stats", "--index", index.toString(), "--format", "json"});
    assertThat(MAPPER.readTree(stats.out()).path("articles").asLong()).isEqualTo(sparkLines.size());
  }

  // --- input construction -------------------------------------------------------------------

  private static final String PAGE_URL = "https://example.org/berita/banjir-demak";

  /**
   * Writes the WARC inputs and, for each article record, a file with the same bytes and metadata
   * into {@code mirror} (with an INDEX.tsv) for {@code warta analyze}. Returns, for each mirror
   * file, the name the job gives the same article ({@code FILE#RECORD URI}).
   */
  private static Map<String, String> writeInputs(
      List<RawArticle> sample, RawArticle extra, Path warcDir, Path mirror) throws IOException {
    Map<String, String> renames = new HashMap<>();
    List<String> index = new ArrayList<>(List.of("file\turl\tpublished"));
    Path sampleWarc = warcDir.resolve("sample.warc.gz");
    try (WarcWriter w = new WarcWriter(create(sampleWarc), WarcCompression.GZIP)) {
      int record = 0;
      List<RawArticle> articles = new ArrayList<>(sample);
      articles.add(sample.get(3)); // the same article again, later: a duplicate
      for (int i = 0; i < articles.size(); i++) {
        RawArticle a = articles.get(i);
        if (i == 40) {
          // An HTML page, as a crawler stores it: an HTTP response.
          record++;
          byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
          w.write(
              new WarcResponse.Builder(URI.create(PAGE_URL))
                  .date(Instant.parse("2024-03-07T01:00:00Z"))
                  .body(MediaType.HTTP_RESPONSE, http(200, "text/html; charset=utf-8", html))
                  .build());
          String file = String.format("r%04d.html", record);
          Files.write(mirror.resolve(file), html);
          index.add(file + "\t" + PAGE_URL + "\t");
          renames.put(
              mirror.resolve(file).toString(),
              warcDir + "/sample.warc.gz#" + record + " " + PAGE_URL);
          // A page that is gone: rejected with its status.
          record++;
          w.write(
              new WarcResponse.Builder(URI.create("https://example.org/hilang"))
                  .date(Instant.parse("2024-03-07T01:00:00Z"))
                  .body(
                      MediaType.HTTP_RESPONSE,
                      http(
                          404,
                          "text/html",
                          "<html><body>Tidak ditemukan</body></html>"
                              .getBytes(StandardCharsets.UTF_8)))
                  .build());
        }
        record++;
        String url =
            a.metadata().url() != null ? a.metadata().url() : "https://example.org/indosum/" + i;
        String date = a.metadata().published() != null ? a.metadata().published() : "2020-01-01";
        Instant captured = LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
        byte[] text = a.content().getBytes(StandardCharsets.UTF_8);
        if (i % 10 == 5) {
          w.write(
              new WarcResponse.Builder(URI.create(url))
                  .date(captured)
                  .body(MediaType.HTTP_RESPONSE, http(200, "text/plain; charset=utf-8", text))
                  .build());
        } else {
          w.write(
              new WarcResource.Builder(URI.create(url))
                  .date(captured)
                  .body(MediaType.parse("text/plain; charset=utf-8"), text)
                  .build());
        }
        String file = String.format("r%04d.txt", record);
        Files.write(mirror.resolve(file), text);
        index.add(file + "\t" + url + "\t" + date);
        renames.put(
            mirror.resolve(file).toString(), warcDir + "/sample.warc.gz#" + record + " " + url);
      }
    }
    // A WARC.gz cut in the middle of its second record: the first is kept, the rest rejected.
    Path whole = warcDir.resolve("whole.tmp");
    String extraUrl = "https://example.org/indosum/extra";
    byte[] extraText = extra.content().getBytes(StandardCharsets.UTF_8);
    String extraDate =
        extra.metadata().published() != null ? extra.metadata().published() : "2020-01-01";
    long firstEnd;
    try (WarcWriter w = new WarcWriter(create(whole), WarcCompression.GZIP)) {
      w.write(
          new WarcResource.Builder(URI.create(extraUrl))
              .date(LocalDate.parse(extraDate).atStartOfDay().toInstant(ZoneOffset.UTC))
              .body(MediaType.parse("text/plain; charset=utf-8"), extraText)
              .build());
      firstEnd = w.position();
      w.write(
          new WarcResource.Builder(URI.create(extraUrl + "/2"))
              .date(Instant.parse("2024-01-01T00:00:00Z"))
              .body(MediaType.parse("text/plain; charset=utf-8"), extraText)
              .build());
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(warcDir.resolve("truncated.warc.gz"), Arrays.copyOf(bytes, (int) firstEnd + 200));
    Files.delete(whole);
    Files.write(mirror.resolve("t0001.txt"), extraText);
    index.add("t0001.txt\t" + extraUrl + "\t" + extraDate);
    renames.put(
        mirror.resolve("t0001.txt").toString(), warcDir + "/truncated.warc.gz#1 " + extraUrl);
    Files.write(mirror.resolve("INDEX.tsv"), index, StandardCharsets.UTF_8);

    Files.writeString(warcDir.resolve("bad.warc"), "Ini bukan berkas WARC, hanya teks biasa.\n");
    byte[] latin =
        "Warga mengungsi ke balai desa \u00e9\u00e8 pada Senin malam."
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(warcDir.resolve("undecodable.txt"), latin);
    Files.write(warcDir.resolve("empty.txt"), new byte[0]);
    return renames;
  }

  private static FileChannel create(Path p) throws IOException {
    return FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private static byte[] http(int status, String contentType, byte[] body) {
    String head =
        "HTTP/1.1 "
            + status
            + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** A news page written for this test: navigation, the article, a related-articles block. */
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="id"><head><meta charset="utf-8">
      <title>Banjir Rendam Ratusan Rumah di Pesisir Demak - Kabar Pesisir</title>
      <meta property="og:site_name" content="Kabar Pesisir">
      <meta property="article:published_time" content="2024-03-05T09:30:00+07:00">
      </head><body>
      <nav><ul><li><a href="/">Menu</a></li><li><a href="/nasional">Nasional</a></li>\
      <li><a href="/daerah">Daerah</a></li></ul></nav>
      <article>
      <h1>Banjir Rendam Ratusan Rumah di Pesisir Demak</h1>
      <p>DEMAK - Banjir merendam sedikitnya 350 rumah di Kecamatan Sayung, Kabupaten Demak, Jawa \
      Tengah, sejak Senin (4/3/2024) malam. Air setinggi 60 sentimeter masuk ke permukiman setelah \
      hujan deras mengguyur kawasan itu selama lebih dari enam jam.</p>
      <p>Kepala Badan Penanggulangan Bencana Daerah (BPBD) Demak, Agus Nugroho, mengatakan sekitar \
      1.200 warga terdampak dan 85 di antaranya mengungsi ke balai desa. "Kami sudah mendirikan \
      dapur umum dan menyiapkan perahu karet untuk evakuasi," kata Agus, Selasa (5/3/2024).</p>
      <p>Menurut Agus, tidak ada korban jiwa dalam peristiwa tersebut. Petugas gabungan masih \
      bersiaga karena hujan diperkirakan turun lagi hingga akhir pekan.</p>
      <p>Baca juga: Rob Kembali Genangi Jalur Pantura Semarang-Demak</p>
      </article>
      <aside><h3>Berita Terkait</h3><ul><li><a href="/a">Tanggul Jebol di Kudus</a></li>\
      <li><a href="/b">Harga Cabai Naik Jelang Ramadan</a></li></ul></aside>
      <footer>&copy; 2024 Kabar Pesisir. Hak cipta dilindungi.</footer>
      </body></html>
      """;

  // --- helpers -------------------------------------------------------------------------------

  private record CliResult(int code, String out, String err) {}

  private static CliResult cli(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WartaCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliResult(code, out.toString(), err.toString());
  }

  /** What {@code warta analyze --format json DIR} prints, one line per record. */
  private static List<String> analyze(String dir) {
    CliResult r = cli(new String[] {"analyze", "--format", "json", dir});
    assertThat(r.code()).as("warta analyze %s: %s", dir, r.err()).isZero();
    return r.out().lines().collect(Collectors.toList());
  }

  /** The lines of the part files of a job output directory, in part-file order. */
  private static List<String> readParts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p :
          s.filter(p -> p.getFileName().toString().startsWith("part-"))
              .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
              .sorted()
              .collect(Collectors.toList())) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static String id(String line) {
    try {
      return MAPPER.readTree(line).path("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String reasonOf(Map<String, String> bySource, String fragment) {
    return bySource.entrySet().stream()
        .filter(e -> e.getKey().contains(fragment))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("(no reject for " + fragment + " in " + bySource + ")");
  }
}
