package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.web.Http.get;
import static org.warta.web.Http.json;
import static org.warta.web.Http.post;
import static org.warta.web.Http.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API over the demo index: every endpoint, with good and bad input. */
class ApiTest {
  static String base;
  static final String ARTICLE =
      "Banjir Rendam Ratusan Rumah di Bekasi\n\n"
          + "BEKASI — Sedikitnya 300 rumah terendam banjir di Kecamatan Babelan, Kabupaten"
          + " Bekasi, Jawa Barat, Sabtu (8/3/2025). Badan Penanggulangan Bencana Daerah (BPBD)"
          + " Bekasi mencatat 2 orang meninggal dunia.\n\n"
          + "\"Air mulai naik sejak Jumat malam,\" kata Kepala BPBD Bekasi, Dedi Santoso.\n";

  @BeforeAll
  static void start() {
    base = TestServer.url();
  }

  private static String firstId(String q) {
    JsonNode hits = json(get(base, "/api/v1/search?q=" + q)).get("hits");
    assertThat(hits.size()).as("hits for " + q).isPositive();
    return hits.get(0).get("id").asText();
  }

  // ---- analyze ----

  @Test
  void analyzePlainTextAndJson() {
    byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> plain =
        post(base, "/api/v1/analyze?published=2025-03-08", "text/plain; charset=utf-8", body);
    assertThat(plain.statusCode()).isEqualTo(200);
    JsonNode r = json(plain);
    assertThat(r.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(r.get("published").asText()).isEqualTo("2025-03-08");
    assertThat(r.get("title").asText()).isEqualTo("Banjir Rendam Ratusan Rumah di Bekasi");
    assertThat(r.get("quantities").size()).isPositive();
    String json =
        "{\"text\": " + Http.JSON.valueToTree(ARTICLE) + ", \"published\": \"2025-03-08\"}";
    HttpResponse<String> viaJson =
        post(base, "/api/v1/analyze", "application/json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(viaJson.statusCode()).isEqualTo(200);
    assertThat(viaJson.body()).isEqualTo(plain.body());
  }

  @Test
  void analyzeRefusesBadInput() {
    byte[] ok = ARTICLE.getBytes(StandardCharsets.UTF_8);
    problem(post(base, "/api/v1/analyze?published=2025-02-30", "text/plain", ok), 400);
    problem(post(base, "/api/v1/analyze?published=kemarin", "text/plain", ok), 400);
    problem(post(base, "/api/v1/analyze", "text/plain", new byte[0]), 422);
    problem(post(base, "/api/v1/analyze", "text/plain", new byte[] {0, 1, 2, 3, 0, 0, 5, 6}), 422);
    problem(
        post(base, "/api/v1/analyze", "text/plain", new byte[] {'a', 'b', (byte) 0xC3, '(', 'x'}),
        422);
    problem(post(base, "/api/v1/analyze", "application/x-www-form-urlencoded", ok), 415);
    problem(post(base, "/api/v1/analyze", null, ok), 415);
    problem(post(base, "/api/v1/analyze", "text/plain; charset=iso-8859-1", ok), 415);
    problem(post(base, "/api/v1/analyze", "application/json", bytes("{\"text\": ")), 400);
    problem(post(base, "/api/v1/analyze", "application/json", bytes("[1,2]")), 400);
    problem(post(base, "/api/v1/analyze", "application/json", bytes("{\"text\": 5}")), 400);
    problem(
        post(base, "/api/v1/analyze", "application/json", bytes("{\"text\": \"a\", \"x\": 1}")),
        400);
    problem(
        post(
            base,
            "/api/v1/analyze",
            "application/json",
            bytes("{\"text\": \"Judul\\n\\nIsi.\", \"published\": \"31/12/2025\"}")),
        400);
    problem(get(base, "/api/v1/analyze"), 405);
  }

  @Test
  void hugeBodyIs413WithAndWithoutContentLength() throws Exception {
    byte[] big = new byte[3 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    JsonNode n = problem(post(base, "/api/v1/analyze", "text/plain", big), 413);
    assertThat(n.get("detail").asText()).contains("2097152");
    // Chunked, so the server cannot tell the size from a header.
    HttpResponse<String> chunked =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/analyze"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());
    problem(chunked, 413);
    // A JSON body too.
    byte[] bigJson =
        ("{\"text\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    problem(post(base, "/api/v1/analyze", "application/json", bigJson), 413);
  }

  @Test
  void lyingContentLengthDoesNotHang() throws Exception {
    URI u = URI.create(base);
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /api/v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                  + "Content-Length: 999999999\r\nConnection: close\r\n\r\nabc")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String resp = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(resp).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---- articles ----

  @Test
  void articleById() {
    String id = firstId("gempa");
    HttpResponse<String> r = get(base, "/api/v1/articles/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("id").asText()).isEqualTo(id);
    assertThat(json(r).has("entities")).isTrue();
    problem(get(base, "/api/v1/articles/0123456789abcdef"), 404);
    problem(get(base, "/api/v1/articles/XYZ"), 400);
    problem(get(base, "/api/v1/articles/0123456789ABCDEF"), 400);
    problem(get(base, "/api/v1/articles/0123456789abcdef0"), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/v1/articles/..%5C..%5Cwindows",
        "/api/v1/entities/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/entities/%2e%2e%2F%2e%2e%2Fetc%2Fpasswd",
        "/api/v1/entities/..%252F..%252Fetc%252Fpasswd",
        "/api/v1/entities/%00",
        "/webjars/htmx.org/..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/..%2F..%2Fopenapi.json",
        "/api/v1/articles/../../../etc/passwd",
        "/api/v1/entities/../../../../etc/passwd",
        "/static/../../../../etc/passwd",
        "/webjars/../../META-INF/MANIFEST.MF",
      })
  void pathTraversalIs4xxProblem(String path) throws Exception {
    String resp = Http.raw(base, "GET " + path + " HTTP/1.1", "", null);
    String status = resp.substring(9, 12);
    assertThat(Integer.parseInt(status)).as(path + "\n" + resp).isBetween(400, 499);
    assertThat(resp)
        .contains("application/problem+json")
        .doesNotContain("root:")
        .doesNotContain("Exception");
  }

  // ---- search ----

  @Test
  void searchFindsTheEarthquakeWithFacets() {
    JsonNode r = json(get(base, "/api/v1/search?q=gempa"));
    assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(r.get("page").asInt()).isEqualTo(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(hit.get("snippets").get(0).asText()).containsIgnoringCase("<b>gempa</b>");
    assertThat(r.get("facets").get("entity").size()).isPositive();
    assertThat(r.get("facets").has("outlet")).isTrue();
    assertThat(r.get("facets").has("language")).isTrue();
    assertThat(r.get("facets").has("event_type")).isTrue();
    // Filters.
    long garut =
        json(get(base, "/api/v1/search?q=gempa&entity=Dadan%20Suherman")).get("total").asLong();
    assertThat(garut).isEqualTo(3);
    assertThat(json(get(base, "/api/v1/search?lang=en")).get("total").asLong()).isPositive();
    assertThat(json(get(base, "/api/v1/search?lang=en&q=gempa")).get("total").asLong()).isZero();
    long inNovember =
        json(get(base, "/api/v1/search?from=2025-11-01&to=2025-11-30")).get("total").asLong();
    assertThat(inNovember).isEqualTo(3);
    assertThat(json(get(base, "/api/v1/search?type=disaster&q=gempa")).get("total").asLong())
        .isPositive();
    // Paging.
    JsonNode page2 = json(get(base, "/api/v1/search?size=2&page=2"));
    assertThat(page2.get("hits").size()).isEqualTo(2);
    assertThat(page2.get("size").asInt()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title:*",
        ")(",
        "<script>alert(1)</script>",
        "*:*",
        "\"unbalanced",
        "\\",
        "gempa AND (",
        "~~~",
        "a* b* c* d* e*",
        "' OR '1'='1",
        "{!xmlparser v='x'}",
      })
  void injectionAttemptsInQAreHarmless(String q) {
    HttpResponse<String> r = get(base, "/api/v1/search?q=" + Html.url(q));
    assertThat(r.statusCode()).as(q + " → " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode n = json(r);
    assertThat(n.get("query").get("q").asText()).isEqualTo(q); // taken as words, echoed as given
    assertThat(n.get("total").asLong()).isGreaterThanOrEqualTo(0);
    n.get("hits")
        .forEach(
            h -> h.get("snippets").forEach(s -> assertThat(s.asText()).doesNotContain("<script")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "from=2025-02-30",
        "from=yesterday",
        "from=2025-1-1",
        "to=20251101",
        "from=2025-11-30&to=2025-11-01",
        "type=BOGUS",
        "type=%3Cscript%3E",
        "lang=indonesian",
        "lang=e1",
        "page=0",
        "page=-1",
        "page=abc",
        "page=99999999999",
        "size=0",
        "size=101",
        "page=1000&size=100",
        "q=a&q=b",
        "q=%00",
        "entity=%07bell",
      })
  void badSearchParametersAre400(String query) {
    JsonNode n = problem(get(base, "/api/v1/search?" + query), 400);
    assertThat(n.get("detail").asText()).isNotBlank();
  }

  @Test
  void tooLongQueryIs400() {
    problem(get(base, "/api/v1/search?q=" + "a".repeat(501)), 400);
    problem(get(base, "/api/v1/entities/" + "a".repeat(201)), 400);
  }

  // ---- entities ----

  @Test
  void entityMergesSpellings() {
    HttpResponse<String> r = get(base, "/api/v1/entities/BNPB");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode p = json(r);
    List<String> forms = new ArrayList<>();
    p.get("aliases").forEach(a -> forms.add(a.get("form").asText()));
    assertThat(forms).contains("BNPB", "Badan Nasional Penanggulangan Bencana");
    assertThat(p.get("articles").size()).isGreaterThanOrEqualTo(2);
    JsonNode byLongName =
        json(get(base, "/api/v1/entities/Badan%20Nasional%20Penanggulangan%20Bencana"));
    assertThat(byLongName.get("articles").size()).isEqualTo(p.get("articles").size());
    problem(get(base, "/api/v1/entities/Tidak%20Ada%20Orang%20Ini"), 404);
  }

  // ---- figures ----

  @Test
  void figuresFlagTheConflictingDeathToll() {
    JsonNode r = json(get(base, "/api/v1/figures?category=killed"));
    assertThat(r.get("conflicts").asLong()).isPositive();
    JsonNode slot = r.get("slots").get(0);
    assertThat(slot.get("conflict").asBoolean()).isTrue();
    assertThat(slot.get("category").asText()).isEqualTo("killed");
    Set<Double> values = new HashSet<>();
    slot.get("values").forEach(v -> values.add(v.get("value").asDouble()));
    assertThat(values).contains(3.0, 5.0, 7.0);
    JsonNode onlyConflicts = json(get(base, "/api/v1/figures?conflicts=true&q=gempa"));
    onlyConflicts.get("slots").forEach(s -> assertThat(s.get("conflict").asBoolean()).isTrue());
    problem(get(base, "/api/v1/figures?category=Killed!"), 400);
    problem(get(base, "/api/v1/figures?conflicts=maybe"), 400);
    problem(get(base, "/api/v1/figures?size=500"), 400);
  }

  // ---- export and stats ----

  @Test
  void exportsInEveryFormat() throws IOException {
    long articles = json(get(base, "/api/v1/stats")).get("articles").asLong();
    assertThat(articles).isEqualTo(8);
    HttpResponse<String> jsonl = get(base, "/api/v1/export?format=jsonl");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(jsonl.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    String[] lines = jsonl.body().split("\n");
    assertThat(lines).hasSize((int) articles);
    assertThat(Http.JSON.readTree(lines[0]).get("id").asText()).matches("[0-9a-f]{16}");
    HttpResponse<byte[]> zip = Http.getBytes(base, "/api/v1/export?format=csv");
    assertThat(zip.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("entities.csv", "quantities.csv", "events.csv");
    HttpResponse<String> gkg = get(base, "/api/v1/export?format=gkg");
    assertThat(gkg.statusCode()).isEqualTo(200);
    assertThat(gkg.body()).contains("\t");
    problem(get(base, "/api/v1/export"), 400);
    problem(get(base, "/api/v1/export?format=xml"), 400);
    problem(get(base, "/api/v1/export?format=../../etc/passwd"), 400);
  }

  @Test
  void statsCountTheIndex() {
    JsonNode s = json(get(base, "/api/v1/stats"));
    assertThat(s.get("articles").asLong()).isEqualTo(8);
    assertThat(s.get("stories").asLong()).isLessThan(8);
    assertThat(s.get("conflicts").asLong()).isPositive();
  }

  // ---- ingest ----

  @Test
  void ingestIsForbiddenOnAReadOnlyServer() {
    problem(post(base, "/api/v1/ingest", "text/plain", bytes(ARTICLE)), 403);
  }

  @Test
  void ingestAddsAnArticleOnceWhenAllowed(@TempDir Path dir) {
    try (WebServer s =
        new WebServer(
                new WebServer.Options(dir.resolve("idx"), "127.0.0.1", 0, true, 1 << 20),
                TestServer.analyzer())
            .start()) {
      String u = s.url();
      problem(get(u, "/api/v1/search?q=banjir"), 503);
      HttpResponse<String> first =
          post(
              u,
              "/api/v1/ingest?published=2025-03-08&outlet=Kabar%20Bekasi",
              "text/plain",
              bytes(ARTICLE));
      assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
      String id = json(first).get("id").asText();
      assertThat(json(get(u, "/api/v1/articles/" + id)).get("source").get("outlet").asText())
          .isEqualTo("Kabar Bekasi");
      assertThat(json(get(u, "/api/v1/search?q=banjir")).get("total").asLong()).isEqualTo(1);
      HttpResponse<String> again =
          post(
              u,
              "/api/v1/ingest",
              "application/json",
              bytes(
                  "{\"text\": "
                      + Http.JSON.valueToTree(ARTICLE)
                      + ", \"published\": \"2025-03-08\"}"));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(json(again).get("duplicates").asLong()).isEqualTo(1);
      assertThat(json(get(u, "/api/v1/stats")).get("articles").asLong()).isEqualTo(1);
      problem(post(u, "/api/v1/ingest", "text/plain", new byte[0]), 422);
      problem(post(u, "/api/v1/ingest", "text/plain", new byte[(1 << 20) + 1]), 413);
    }
  }

  @Test
  void withoutAnIndexTheApiSays503AndAnalyzeStillWorks(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    try (WebServer s =
        new WebServer(
                new WebServer.Options(dir.resolve("empty"), "127.0.0.1", 0, false, 1 << 20),
                TestServer.analyzer())
            .start()) {
      JsonNode n = problem(get(s.url(), "/api/v1/search?q=x"), 503);
      assertThat(n.get("detail").asText()).contains("warta ingest");
      problem(get(s.url(), "/api/v1/entities/BNPB"), 503);
      problem(get(s.url(), "/api/v1/export?format=jsonl"), 503);
      assertThat(post(s.url(), "/api/v1/analyze", "text/plain", bytes(ARTICLE)).statusCode())
          .isEqualTo(200);
    }
  }

  // ---- routing ----

  @Test
  void unknownRoutesAndMethodsAreProblems() {
    problem(get(base, "/api/v1/nothing"), 404);
    problem(get(base, "/api/v2/search"), 404);
    problem(
        Http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search")).DELETE().build()),
        405);
    problem(post(base, "/api/v1/search", "text/plain", bytes("x")), 405);
  }

  @Test
  void responsesCarryTheContentSecurityPolicy() {
    HttpResponse<String> r = get(base, "/api/v1/stats");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
