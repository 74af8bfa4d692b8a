package org.warta.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fuzzes the HTTP API's parameter and body parsing through a running server: any query string on
 * any route, any body on the POST routes. The server answers 2xx or a 4xx problem+json with a title
 * and detail; never a 5xx, never a stack trace, and within the budget.
 */
class ApiFuzzTest {
  private static final String[] ROUTES = {
    "/api/v1/search",
    "/api/v1/figures",
    "/api/v1/export",
    "/api/v1/stats",
    "/api/v1/openapi.json",
    "/api/v1/articles/",
    "/api/v1/entities/",
    "/search",
    "/figures",
    "/articles/",
    "/entities/",
    "/analyze",
    "/api/docs"
  };
  private static final String[] POSTS = {"/api/v1/analyze", "/analyze", "/api/v1/ingest"};
  private static final String[] PARAMS = {
    "q",
    "from",
    "to",
    "entity",
    "type",
    "lang",
    "category",
    "page",
    "size",
    "format",
    "conflicts",
    "outlet",
    "url",
    "published",
    "text",
    "offset",
    "sort",
    "x"
  };
  private static final String[] TYPES = {
    "application/json",
    "text/plain; charset=utf-8",
    "application/x-www-form-urlencoded",
    "text/html",
    "multipart/form-data; boundary=x",
    "application/json; charset=latin1",
    ""
  };
  private static final long BUDGET_MS = 10_000;

  /**
   * Jazzer's request-forgery detector refuses new connections while fuzzing; the client's
   * connections to the test server on loopback are the point of this test, so every run allows them
   * first (Jazzer resets the setting between its phases). Without this a reconnection (after the
   * server closed a connection on a bad request) failed, once in the client's worker thread where
   * the error could not reach the test and the run hung.
   */
  private static void allowLoopback() {
    com.code_intelligence.jazzer.api.BugDetectors.allowNetworkConnections(
        (host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/web/api.dict")
  void request(FuzzedDataProvider data) {
    allowLoopback();
    String base = TestServer.url();
    boolean post = data.consumeInt(0, 3) == 0;
    StringBuilder path = new StringBuilder();
    if (post) {
      path.append(data.pickValue(POSTS));
    } else {
      String route = data.pickValue(ROUTES);
      path.append(route);
      if (route.endsWith("/")) {
        path.append(URLEncoder.encode(data.consumeString(40), StandardCharsets.UTF_8));
      }
    }
    int params = data.consumeInt(0, 4);
    for (int i = 0; i < params; i++) {
      path.append(i == 0 ? '?' : '&')
          .append(data.pickValue(PARAMS))
          .append('=')
          .append(URLEncoder.encode(data.consumeString(60), StandardCharsets.UTF_8));
    }
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    } catch (IllegalArgumentException e) {
      return; // not a URI the client can send; the server never sees it
    }
    if (post) {
      String type = data.pickValue(TYPES);
      if (!type.isEmpty()) {
        b.header("Content-Type", type);
      }
      b.POST(HttpRequest.BodyPublishers.ofByteArray(data.consumeRemainingAsBytes()));
    } else {
      b.GET();
    }
    long t0 = System.nanoTime();
    HttpRequest request = b.build();
    HttpResponse<String> r;
    try {
      r = Http.send(request);
    } catch (java.io.UncheckedIOException e) {
      // The client may reuse a kept-alive connection the server has just closed after an error
      // answer ("header parser received no bytes"); a server that drops this request every time
      // fails the repeat too.
      r = Http.send(request);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    int status = r.statusCode();
    if (status >= 500) {
      throw new AssertionError(
          status + " for " + r.request().method() + " " + path + ": " + r.body());
    }
    if (ms > BUDGET_MS) {
      throw new AssertionError(r.request().method() + " " + path + " took " + ms + " ms");
    }
    boolean page =
        !path.toString().startsWith("/api/v1")
            && r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    if (status >= 400 && page) {
      // a page route answers a browser with an error page that names the problem
      if (!r.body().contains("class=\"problem\"")) {
        throw new AssertionError("error page without the problem for " + path + ": " + r.body());
      }
    } else if (status >= 400) {
      JsonNode n = Http.json(r);
      if (n.path("title").asText().isBlank() || n.path("status").asInt() != status) {
        throw new AssertionError("not a problem+json answer: " + r.body());
      }
    }
    // only error answers are checked: a 200 record may quote the posted text, whatever it says
    // (error answers quote the offending parameter: only a trace the request did not bring counts)
    String sent = java.net.URLDecoder.decode(path.toString(), StandardCharsets.UTF_8);
    if (status >= 400
        && !sent.contains("Exception")
        && (r.body().contains("\tat ") || r.body().contains("Exception:"))) {
      throw new AssertionError("stack trace in the answer to " + path + ": " + r.body());
    }
  }
}
