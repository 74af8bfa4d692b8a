package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.RawArticle;
import org.warta.web.WebServer;

/** {@code warta serve}: the server starts from the CLI and its analyze endpoint is the CLI's. */
class ServeCommandTest {
  @TempDir static Path dir;
  static WebServer server;
  static String startOutput;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    StringWriter out = new StringWriter();
    AtomicReference<WebServer> ref = new AtomicReference<>();
    int code =
        ServeCommand.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            new WebServer.Options(
                dir.resolve("no-index"), "127.0.0.1", 0, false, WebServer.Options.DEFAULT_MAX_BODY),
            ref::set);
    assertThat(code).isZero();
    server = ref.get();
    startOutput = out.toString();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** What {@code warta analyze --published DATE -} prints for these bytes on standard input. */
  private static String cliLine(byte[] input, String published) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input));
      List<String> args = new ArrayList<>(List.of("analyze", "--format", "json"));
      if (published != null) {
        args.addAll(List.of("--published", published));
      }
      args.add("-");
      AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.lines()).hasSize(1);
      return r.lines().get(0);
    } finally {
      System.setIn(saved);
    }
  }

  private static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void printsWhereItListens() {
    assertThat(startOutput).contains("Warta is serving http://127.0.0.1:").contains("read-only");
  }

  @Test
  void analyzeEndpointGivesTheCliRecordByteForByte() throws Exception {
    int checked = 0;
    for (RawArticle raw : ExampleArticles.all()) {
      byte[] bytes = raw.content().getBytes(StandardCharsets.UTF_8);
      String published =
          raw.metadata().published() == null ? null : raw.metadata().published().substring(0, 10);
      String expected = cliLine(bytes, published);
      String q = published == null ? "" : "?published=" + published;
      HttpResponse<String> plain = post("/api/v1/analyze" + q, "text/plain; charset=utf-8", bytes);
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(plain.body()).as(raw.name()).isEqualTo(expected);

      String json =
          Json.write(
              published == null
                  ? java.util.Map.of("text", raw.content())
                  : java.util.Map.of("text", raw.content(), "published", published));
      HttpResponse<String> viaJson =
          post("/api/v1/analyze", "application/json", json.getBytes(StandardCharsets.UTF_8));
      assertThat(viaJson.statusCode()).isEqualTo(200);
      assertThat(viaJson.body()).as(raw.name() + " (JSON body)").isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(5);
  }

  @Test
  void analyzeWithoutDateMatchesTooAndHtmlIsDetectedLikeTheCli() throws Exception {
    String page =
        "<!doctype html><html><head><title>Banjir Bekasi</title></head><body><article>"
            + "<h1>Banjir Rendam Ratusan Rumah di Bekasi</h1><p>Sedikitnya 300 rumah terendam"
            + " banjir di Bekasi, Jawa Barat, Sabtu (8/3/2025), kata petugas BPBD.</p>"
            + "</article></body></html>";
    for (String input :
        List.of(
            "Banjir Rendam Ratusan Rumah\n\nSekitar 300 rumah terendam di Bekasi kemarin.\n",
            page)) {
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r = post("/api/v1/analyze", "text/plain", bytes);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo(cliLine(bytes, null));
    }
  }
}
