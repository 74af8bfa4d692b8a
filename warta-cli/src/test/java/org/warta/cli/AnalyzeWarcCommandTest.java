package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * {@code warta analyze} on web archives, end to end: a WARC.gz built here (jwarc's writer) from our
 * own Indonesian example pages (the golden pages of warta-core, Kompas/Detik/Tempo-style layouts
 * and a WordPress news theme), beside requests, metadata, an image, a revisit and a redirect, as a
 * crawler stores them.
 */
class AnalyzeWarcCommandTest {
  private static final Path GOLDEN = Path.of("../warta-core/src/test/resources/golden/html");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Instant CAPTURED = Instant.parse("2025-06-03T01:00:00Z");
  private static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        AnalyzeWarcCommandTest.class.getResourceAsStream("/org/warta/record.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** One of our example pages with the text the extractor must give. */
  private record Page(String name, String url, String html, String expected) {
    static Page of(String name, String url) throws IOException {
      Path html = GOLDEN.resolve(name + ".html");
      assertThat(html).as("golden page (run the tests from the warta-cli module)").exists();
      return new Page(
          name,
          url,
          Files.readString(html, StandardCharsets.UTF_8),
          Files.readString(GOLDEN.resolve(name + ".expected.txt"), StandardCharsets.UTF_8)
              .stripTrailing());
    }
  }

  private static Page detak() throws IOException {
    return Page.of("detak-gempa-banten", "https://news.detaknews.example/berita/d-7712345");
  }

  private static Page lensa() throws IOException {
    return Page.of("lensa-harga-beras", "https://lensajateng.example/?p=81234");
  }

  private static Page sorot() throws IOException {
    return Page.of("sorot-listrik-padam", "https://regional.sorot.example/read/2025/06/02/1");
  }

  private static Page suara() throws IOException {
    return Page.of("suara-kebun-raya", "https://nasional.suarapekan.example/read/1890012");
  }

  /** An HTTP response as a crawler stores it; an empty content type leaves the header out. */
  private static byte[] http(int status, String contentType, byte[] body) {
    String head =
        "HTTP/1.1 "
            + status
            + (status == 200 ? " OK" : " Moved Permanently")
            + (contentType.isEmpty() ? "" : "\r\nContent-Type: " + contentType)
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) {
    return new WarcResponse.Builder(URI.create(url))
        .date(CAPTURED)
        .body(MediaType.HTTP_RESPONSE, http(status, type, body))
        .build();
  }

  /**
   * Writes {@code records} as a WARC (gzip per record when {@code gz}) and returns where each
   * record ends in the file.
   */
  private static long[] write(Path file, boolean gz, List<WarcRecord> records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long[] ends = new long[records.size()];
    try (WarcWriter w =
        new WarcWriter(
            Channels.newChannel(bytes), gz ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int i = 0; i < records.size(); i++) {
        w.write(records.get(i));
        ends[i] = bytes.size();
      }
    }
    Files.write(file, bytes.toByteArray());
    return ends;
  }

  /** The crawl of the main test: four article pages among the records a crawler also writes. */
  private List<WarcRecord> crawl() throws IOException {
    Page detak = detak();
    Page lensa = lensa();
    Page sorot = sorot();
    Page suara = suara();
    Charset cp1252 = Charset.forName("windows-1252");
    List<WarcRecord> records = new ArrayList<>();
    records.add(
        new Warcinfo.Builder()
            .date(CAPTURED)
            .fields(Map.of("software", List.of("uji-crawler/1.0")))
            .build());
    records.add(
        new WarcRequest.Builder(URI.create(detak.url()))
            .date(CAPTURED)
            .body(
                MediaType.HTTP_REQUEST,
                new HttpRequest.Builder("GET", "/berita/d-7712345")
                    .addHeader("Host", "news.detaknews.example")
                    .build()
                    .serializeHeader())
            .build());
    // 3
    records.add(
        response(
            detak.url(),
            200,
            "text/html; charset=utf-8",
            detak.html().getBytes(StandardCharsets.UTF_8)));
    // 4: an image
    records.add(
        response(
            "https://news.detaknews.example/img/gempa.jpg",
            200,
            "image/jpeg",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'}));
    // 5: the same page captured again, stored as a revisit
    records.add(
        new WarcRevisit.Builder(
                URI.create(detak.url()),
                URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
            .date(CAPTURED)
            .build());
    // 6
    records.add(
        response(
            lensa.url(),
            200,
            "text/html; charset=UTF-8",
            lensa.html().getBytes(StandardCharsets.UTF_8)));
    // 7
    records.add(
        new WarcMetadata.Builder()
            .date(CAPTURED)
            .body(
                MediaType.parse("application/warc-fields"),
                "via: https://lensajateng.example/\r\n".getBytes(StandardCharsets.UTF_8))
            .build());
    // 8: no charset in the header
    records.add(
        response(sorot.url(), 200, "text/html", sorot.html().getBytes(StandardCharsets.UTF_8)));
    // 9: a redirect
    records.add(
        response(
            "https://nasional.suarapekan.example/r/1890012",
            301,
            "text/html",
            "<html><body>Moved</body></html>".getBytes(StandardCharsets.US_ASCII)));
    // 10: Windows-1252 bytes, as the HTTP header says (the page's own meta says UTF-8): its
    // quotation-mark entities written as the characters, bytes 0x93/0x94.
    String quotes = suara.html().replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d");
    assertThat(quotes).contains("\u201cKami ingin");
    records.add(
        response(suara.url(), 200, "text/html; charset=windows-1252", quotes.getBytes(cp1252)));
    return records;
  }

  private static List<JsonNode> records(AnalyzeCommandTest.Result r) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : r.lines()) {
      JsonNode n = MAPPER.readTree(line);
      assertThat(schema.validate(n)).as(line.substring(0, Math.min(200, line.length()))).isEmpty();
      nodes.add(n);
    }
    return nodes;
  }

  private static Set<String> reasons(JsonNode record) {
    Set<String> out = new java.util.TreeSet<>();
    record.get("removed").forEach(r -> out.add(r.get("reason").asText()));
    return out;
  }

  private static String removedText(JsonNode record) {
    List<String> out = new ArrayList<>();
    record.get("removed").forEach(r -> out.add(r.get("text").asText()));
    return String.join("\n", out);
  }

  @Test
  void eachHtmlResponseOfAWarcGzIsOneRecordInFileOrder() throws Exception {
    Path warc = dir.resolve("crawl-20250603.warc.gz");
    write(warc, true, crawl());
    AnalyzeCommandTest.Result r =
        AnalyzeCommandTest.run("analyze", "--format", "json", warc.toString());

    List<JsonNode> out = records(r);
    Page[] pages = {detak(), lensa(), sorot(), suara()};
    assertThat(out).hasSize(4);
    for (int i = 0; i < pages.length; i++) {
      JsonNode n = out.get(i);
      Page p = pages[i];
      assertThat(n.get("text").asText()).as(p.name()).isEqualTo(p.expected());
      assertThat(n.get("title").asText()).as(p.name()).isEqualTo(p.expected().split("\n", 2)[0]);
      assertThat(n.get("source").get("url").asText()).isEqualTo(p.url());
      assertThat(n.get("source").get("path").asText())
          .startsWith(warc + "#")
          .endsWith(" " + p.url());
      assertThat(n.get("language").asText()).isEqualTo("id");
      // Removed chrome never leaks into the text.
      assertThat(n.get("text").asText()).doesNotContain("Baca juga").doesNotContain("BACA JUGA");
    }

    // Detik-style: metadata from the JSON-LD NewsArticle; teaser, caption, ad prompt and share bar
    // removed with their reasons.
    JsonNode d = out.get(0);
    assertThat(d.get("published").asText()).isEqualTo("2025-01-18T21:40:00+07:00");
    assertThat(d.get("source").get("outlet").asText()).isEqualTo("Detak News");
    assertThat(reasons(d))
        .contains("navigation", "photo-caption", "related-article", "share-bar", "newsletter");
    assertThat(removedText(d))
        .contains("BMKG Pasang 20 Sensor Gempa Baru di Selat Sunda")
        .contains("Warga memeriksa rumah yang rusak akibat gempa di Pandeglang");

    // WordPress news theme: a Yoast JSON-LD @graph; inline related posts, a "BACA JUGA" line, the
    // caption, the author box and a comment thread of prose paragraphs all removed.
    JsonNode l = out.get(1);
    assertThat(l.get("published").asText()).isEqualTo("2025-04-22T08:15:00+07:00");
    assertThat(l.get("source").get("outlet").asText()).isEqualTo("Lensa Jateng");
    assertThat(reasons(l)).contains("comments", "photo-caption", "related-article", "share-bar");
    assertThat(removedText(l))
        .contains("Inflasi Jawa Tengah Maret 2025 Didorong Harga Pangan")
        .contains("Bulog Gelar Operasi Pasar di 16 Kecamatan")
        .contains("semoga operasi pasar segera sampai ke kecamatan kami");

    // Kompas-style: inline "Baca juga" paragraphs, an in-article ad, paging, credits, comments.
    JsonNode s = out.get(2);
    assertThat(s.get("published").asText()).startsWith("2025-06-02");
    assertThat(s.get("source").get("outlet").asText()).isEqualTo("Sorot");
    assertThat(reasons(s)).contains("related-article", "photo-caption", "comments");
    assertThat(removedText(s)).contains("PLN Sulsel Siapkan 12 Genset untuk Rumah Sakit");

    // Tempo-style, decoded as Windows-1252 because the HTTP header says so.
    JsonNode t = out.get(3);
    assertThat(t.get("source").get("outlet").asText()).isEqualTo("Suara Pekan");
    assertThat(t.get("source").get("encoding").asText()).isEqualTo("windows-1252");
    assertThat(t.get("text").asText()).contains("“Kami ingin masyarakat");

    // The image, the revisit and the redirect are skipped with their reasons, in the summary too;
    // the request, warcinfo and metadata records are not articles and pass silently.
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertThat(r.err())
        .contains(
            "skipped "
                + warc
                + "#4 https://news.detaknews.example/img/gempa.jpg: not an article (image/jpeg)")
        .contains("skipped " + warc + "#5 " + pages[0].url() + ": revisit record")
        .contains(
            "skipped " + warc + "#9 https://nasional.suarapekan.example/r/1890012: HTTP status 301")
        .contains("warta analyze: 4 analyzed, 3 skipped (")
        .contains("1 not an article", "1 revisit record", "1 HTTP status N");
    assertThat(r.err().lines().filter(x -> x.startsWith("warta: skipped"))).hasSize(3);
  }

  @Test
  void analyzeGivesTheRecordsIngestStores() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    write(warc, true, crawl());
    AnalyzeCommandTest.Result analyzed = AnalyzeCommandTest.run("analyze", warc.toString());
    Path index = dir.resolve("index");
    AnalyzeCommandTest.Result ingested =
        AnalyzeCommandTest.run(
            "ingest", "--index", index.toString(), "--threads", "1", warc.toString());
    assertThat(ingested.out()).contains("ingested 4");
    AnalyzeCommandTest.Result exported =
        AnalyzeCommandTest.run("export", "--index", index.toString(), "--format", "jsonl");
    Map<String, JsonNode> stored = new HashMap<>();
    for (JsonNode n : records(exported)) {
      stored.put(n.get("id").asText(), n);
    }
    List<JsonNode> out = records(analyzed);
    assertThat(out).hasSize(4);
    for (JsonNode n : out) {
      JsonNode s = stored.get(n.get("id").asText());
      assertThat(s).as(n.get("title").asText()).isNotNull();
      for (String field :
          List.of("title", "text", "published", "source", "removed", "entities", "quotes")) {
        assertThat(s.get(field)).as(field).isEqualTo(n.get(field));
      }
    }
  }

  @Test
  void aTruncatedWarcGzGivesTheRecordsBeforeTheDamageThenOneError() throws Exception {
    Page detak = detak();
    Page lensa = lensa();
    Page sorot = sorot();
    List<WarcRecord> records =
        List.of(
            response(detak.url(), 200, "text/html", detak.html().getBytes(StandardCharsets.UTF_8)),
            response(lensa.url(), 200, "text/html", lensa.html().getBytes(StandardCharsets.UTF_8)),
            response(sorot.url(), 200, "text/html", sorot.html().getBytes(StandardCharsets.UTF_8)));
    Path whole = dir.resolve("whole.warc.gz");
    long[] ends = write(whole, true, records);
    Path cut = dir.resolve("terpotong.warc.gz");
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(cut, Arrays.copyOf(bytes, (int) (ends[1] + (ends[2] - ends[1]) / 2)));

    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("analyze", cut.toString());
    List<JsonNode> out = records(r);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("text").asText()).isEqualTo(detak.expected());
    assertThat(out.get(1).get("text").asText()).isEqualTo(lensa.expected());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    List<String> errors =
        r.err().lines().filter(x -> x.startsWith("warta: skipped")).collect(Collectors.toList());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith("warta: skipped " + cut + ": ")
        .containsAnyOf("truncated WARC: ends inside record 3", "corrupt gzip data in record 3")
        .contains("the 2 records before it were read");
  }

  @Test
  void nonHtmlRecordsAreSkippedAndWarcIsRecognisedByContent() throws Exception {
    Page sorot = sorot();
    // An uncompressed WARC under a name that does not say so: recognised by its first bytes.
    Path warc = dir.resolve("unduhan.dat");
    write(
        warc,
        false,
        List.of(
            response(
                "https://regional.sorot.example/api/cuaca.json",
                200,
                "application/json",
                "{\"kota\":\"Makassar\",\"suhu\":31}".getBytes(StandardCharsets.UTF_8)),
            response(sorot.url(), 200, "", sorot.html().getBytes(StandardCharsets.UTF_8))));
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("analyze", warc.toString());
    List<JsonNode> out = records(r);
    assertThat(out).hasSize(1);
    // No content type: HTML recognised by the payload's start.
    assertThat(out.get(0).get("text").asText()).isEqualTo(sorot.expected());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertThat(r.err())
        .contains(
            "skipped "
                + warc
                + "#1 https://regional.sorot.example/api/cuaca.json: not an article (application/json)")
        .contains("1 analyzed, 1 skipped (1 not an article)");
  }

  @Test
  void htmlGzAndHtmlByContentGiveTheSameRecordsAsTheWarc() throws Exception {
    Page lensa = lensa();
    Path gz = dir.resolve("lensa.html.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
      out.write(lensa.html().getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());
    Path plain = dir.resolve("halaman-tanpa-akhiran");
    Files.writeString(plain, lensa.html(), StandardCharsets.UTF_8);
    Path warc = dir.resolve("satu.warc.gz");
    write(
        warc,
        true,
        List.of(
            response(
                lensa.url(), 200, "text/html", lensa.html().getBytes(StandardCharsets.UTF_8))));
    AnalyzeCommandTest.Result r =
        AnalyzeCommandTest.run("analyze", gz.toString(), plain.toString(), warc.toString());
    assertThat(r.code()).isEqualTo(0);
    List<JsonNode> out = records(r);
    assertThat(out).hasSize(3);
    for (JsonNode n : out) {
      assertThat(n.get("text").asText()).isEqualTo(lensa.expected());
      assertThat(n.get("published").asText()).isEqualTo("2025-04-22T08:15:00+07:00");
      assertThat(n.get("removed")).isEqualTo(out.get(0).get("removed"));
    }
    // The page's canonical URL where no WARC target URI is given.
    assertThat(out.get(0).get("source").get("url").asText())
        .isEqualTo("https://lensajateng.example/2025/04/22/harga-beras-medium-naik/");
    assertThat(out.get(2).get("source").get("url").asText()).isEqualTo(lensa.url());
  }

  @Test
  void thePageDateWinsOverTheCaptureDateWhichIsTheFallback() throws Exception {
    String page =
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
            + "<title>Warga Gotong Royong Bersihkan Sungai Cikapundung - Warta Bandung</title>"
            + "<meta property=\"og:site_name\" content=\"Warta Bandung\"></head><body>"
            + "<nav><a href=\"/\">Beranda</a> <a href=\"/kota\">Kota</a></nav><main><article>"
            + "<h1>Warga Gotong Royong Bersihkan Sungai Cikapundung</h1>"
            + "<p>Sekitar 300 warga dari lima kelurahan membersihkan Sungai Cikapundung, Bandung,"
            + " pada Minggu pagi. Mereka mengangkut lebih dari dua ton sampah plastik.</p>"
            + "<p>Camat Bandung Wetan, Hendra Gunawan, mengatakan kegiatan itu akan digelar setiap"
            + " bulan hingga akhir tahun.</p></article></main></body></html>";
    Path warc = dir.resolve("tanpa-tanggal.warc.gz");
    write(
        warc,
        true,
        List.of(
            response(
                "https://wartabandung.example/kota/123",
                200,
                "text/html",
                page.getBytes(StandardCharsets.UTF_8))));
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("analyze", warc.toString());
    JsonNode n = records(r).get(0);
    assertThat(n.get("published").asText()).isEqualTo("2025-06-03");
    assertThat(n.get("title").asText())
        .isEqualTo("Warga Gotong Royong Bersihkan Sungai Cikapundung");
    // --published still wins over both.
    JsonNode given =
        records(AnalyzeCommandTest.run("analyze", "--published", "2025-06-01", warc.toString()))
            .get(0);
    assertThat(given.get("published").asText()).isEqualTo("2025-06-01");
  }
}
