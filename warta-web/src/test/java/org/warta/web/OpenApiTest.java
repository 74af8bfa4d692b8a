package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is valid JSON of version 3.1 and documents exactly the served API. */
class OpenApiTest {
  @Test
  void servedDocumentDocumentsEveryApiRoute() {
    WebServer server = TestServer.get();
    HttpResponse<String> r = Http.get(server.url(), "/api/v1/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = Http.json(r);
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.get("info").get("title").asText()).isNotBlank();
    assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo("/api/v1");

    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
        String method = m.next();
        documented.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey());
        JsonNode op = p.getValue().get(method);
        assertThat(op.get("summary").asText()).as(method + " " + p.getKey()).isNotBlank();
        assertThat(op.get("responses").size()).as(method + " " + p.getKey()).isPositive();
      }
    }
    Set<String> served = new HashSet<>();
    for (WebServer.Route route : server.routes()) {
      if (route.path().startsWith(WebServer.API + "/")) {
        served.add(route.method().name() + " " + route.path().substring(WebServer.API.length()));
      }
    }
    assertThat(served).hasSizeGreaterThanOrEqualTo(9);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void everyReferenceResolvesAndParametersAreTyped() {
    JsonNode doc = Http.json(Http.get(TestServer.url(), "/api/v1/openapi.json"));
    Set<String> refs = new HashSet<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/components/schemas/");
      assertThat(doc.get("components").get("schemas").has(ref.substring(21))).as(ref).isTrue();
    }
    doc.get("paths")
        .forEach(
            path ->
                path.forEach(
                    op -> {
                      if (op.has("parameters")) {
                        op.get("parameters")
                            .forEach(
                                p -> {
                                  assertThat(p.get("in").asText()).isIn("query", "path");
                                  assertThat(p.has("schema")).as(p.toString()).isTrue();
                                });
                      }
                      // Every 4xx answer is a problem document.
                      op.get("responses")
                          .fields()
                          .forEachRemaining(
                              e -> {
                                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                                  assertThat(
                                          e.getValue()
                                              .get("content")
                                              .has("application/problem+json"))
                                      .as(e.getKey())
                                      .isTrue();
                                }
                              });
                    }));
  }

  private static void collectRefs(JsonNode n, Set<String> refs) {
    if (n.isObject()) {
      n.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("$ref")) {
                  refs.add(e.getValue().asText());
                } else {
                  collectRefs(e.getValue(), refs);
                }
              });
    } else if (n.isArray()) {
      n.forEach(c -> collectRefs(c, refs));
    }
  }
}
