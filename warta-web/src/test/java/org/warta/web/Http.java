package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the tests, with problem+json assertions. */
final class Http {
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  static HttpResponse<String> get(String base, String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  static HttpResponse<byte[]> getBytes(String base, String path) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> post(String base, String path, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return send(b.build());
  }

  static HttpResponse<String> send(HttpRequest r) {
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  /** Asserts a 4xx problem+json answer with a title and a detail, and no stack trace. */
  static JsonNode problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.uri() + " → " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .as(r.uri().toString())
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode n = json(r);
    assertThat(n.get("status").asInt()).isEqualTo(status);
    assertThat(n.get("title").asText()).isNotBlank();
    assertThat(n.get("detail").asText()).isNotBlank();
    assertThat(r.body())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("at org.");
    return n;
  }

  /** Sends a raw HTTP/1.1 request (for paths a URI class would refuse or normalise). */
  static String raw(String base, String requestLine, String extraHeaders, byte[] body)
      throws IOException {
    URI u = URI.create(base);
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      String head =
          requestLine
              + "\r\nHost: "
              + u.getHost()
              + ":"
              + u.getPort()
              + "\r\nConnection: close\r\n"
              + extraHeaders
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
