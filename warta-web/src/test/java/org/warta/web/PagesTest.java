package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.web.Http.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web UI pages: content, escaping, accessibility basics and no resource from elsewhere. */
class PagesTest {
  static String base;
  static List<String> ids = new ArrayList<>();

  @BeforeAll
  static void start() {
    base = TestServer.url();
    JsonNode hits = Http.json(get(base, "/api/v1/search?size=100")).get("hits");
    hits.forEach(h -> ids.add(h.get("id").asText()));
    assertThat(ids).hasSize(8);
  }

  private static Document page(String path) {
    HttpResponse<String> r = get(base, path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    return Jsoup.parse(r.body(), base);
  }

  /** Every page that a user can reach, with its HTML. */
  private static List<Document> allPages() {
    List<Document> out = new ArrayList<>();
    for (String p :
        List.of(
            "/",
            "/?q=gempa",
            "/?q=gempa&entity=BNPB&lang=id&type=DISASTER",
            "/entities/BNPB",
            "/entities/Kabupaten%20Garut",
            "/figures",
            "/figures?category=killed&conflicts=true",
            "/analyze",
            "/api/docs")) {
      out.add(page(p));
    }
    for (String id : ids) {
      out.add(page("/articles/" + id));
    }
    out.add(
        Jsoup.parse(
            analyzeForm("Judul Berita\n\nSebanyak 12 orang luka-luka, kata polisi.\n", false)));
    out.add(Jsoup.parse(get(base, "/articles/zzz").body()));
    return out;
  }

  private static String analyzeForm(String text, boolean htmx) {
    String form = "text=" + Html.url(text) + "&published=2025-03-08";
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/analyze"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    if (htmx) {
      b.header("HX-Request", "true");
    }
    HttpResponse<String> r = Http.send(b.build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");

  @Test
  void noPageLoadsAnythingFromOutsideTheMachine() {
    int pages = 0;
    for (Document d : allPages()) {
      pages++;
      for (Element e : d.getAllElements()) {
        for (String attr :
            List.of("src", "href", "action", "srcset", "poster", "data", "formaction")) {
          String v = e.attr(attr).strip().toLowerCase();
          if (v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//")) {
            // Only the record's own source address, shown as a link to follow, may be absolute.
            assertThat(e.tagName() + "." + e.className())
                .as(d.location() + " " + e.outerHtml())
                .isEqualTo("a.source-url");
          }
        }
        Matcher m = CSS_URL.matcher(e.attr("style"));
        while (m.find()) {
          assertThat(m.group(1)).doesNotStartWith("http").doesNotStartWith("//");
        }
      }
      for (Element s : d.select("script[src], link[href]")) {
        String u = s.hasAttr("src") ? s.attr("src") : s.attr("href");
        assertThat(u).as(d.location()).startsWith("/");
      }
    }
    assertThat(pages).isGreaterThan(15);
    // Our own style sheet and script reference nothing absolute either.
    for (String asset : List.of(Assets.APP_CSS, Assets.APP_JS, Assets.SWAGGER_INIT_JS)) {
      String body = get(base, asset).body();
      assertThat(body)
          .as(asset)
          .doesNotContain("http://")
          .doesNotContain("https://")
          .doesNotContain("@import");
    }
  }

  @Test
  void everyPageIsAccessibleByStructure() {
    for (Document d : allPages()) {
      String where = d.location() + " " + d.title();
      assertThat(d.select("html").attr("lang")).as(where).isNotBlank();
      assertThat(d.select("meta[name=viewport]")).as(where).isNotEmpty();
      assertThat(d.select("a.skip[href^=#]")).as(where).isNotEmpty();
      String target = d.select("a.skip").attr("href").substring(1);
      if (!d.select("main").isEmpty()) {
        assertThat(d.getElementById(target)).as(where + " skip target").isNotNull();
        assertThat(d.select("h1").size() + d.select("#swagger-ui").size()).as(where).isPositive();
      }
      for (Element input : d.select("input:not([type=hidden]), select, textarea")) {
        String id = input.id();
        assertThat(id).as(where + " " + input.outerHtml()).isNotBlank();
        assertThat(d.select("label[for=" + id + "]")).as(where + " label for " + id).isNotEmpty();
      }
    }
  }

  @Test
  void searchPageShowsHitsAndFacets() {
    Document d = page("/?q=gempa");
    assertThat(d.select("li.hit a.hit-link")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(d.select("mark.hit").text().toLowerCase()).contains("gempa");
    assertThat(d.select("section.facet[data-facet=entity] a")).isNotEmpty();
    assertThat(d.select("input#q").attr("value")).isEqualTo("gempa");
  }

  @Test
  void articlePageHighlightsEveryLayerWithDetails() {
    boolean seenConflictStory = false;
    for (String id : ids) {
      Document d = page("/articles/" + id);
      assertThat(d.select("#record").attr("data-id")).isEqualTo(id);
      for (String layer :
          List.of("entities", "quantities", "times", "quotes", "claims", "events", "removed")) {
        assertThat(d.select("input#toggle-" + layer + "[data-layer=" + layer + "]")).isNotEmpty();
      }
      // Each annotation's first piece is focusable and says what it is.
      for (Element m : d.select("#text mark[id]")) {
        assertThat(m.attr("tabindex")).isEqualTo("0");
        assertThat(m.attr("data-tip")).isNotBlank();
      }
      if (d.select("h1").text().contains("Garut")) {
        seenConflictStory = true;
        assertThat(d.select("#text mark.l-entities")).isNotEmpty();
        assertThat(d.select("#text mark.l-quantities").eachAttr("data-tip"))
            .anySatisfy(t -> assertThat(t).contains("killed"));
        assertThat(d.select("#text mark.l-times").eachAttr("data-tip"))
            .anySatisfy(t -> assertThat(t).containsPattern("2025-11-0[35]"));
        assertThat(d.select("a.source-url").attr("href"))
            .startsWith("https://")
            .contains(".example/");
      }
    }
    assertThat(seenConflictStory).isTrue();
  }

  @Test
  void marksNestProperlyAndReproduceTheText() {
    for (String id : ids) {
      JsonNode rec = Http.json(get(base, "/api/v1/articles/" + id));
      Document d = page("/articles/" + id);
      // The highlighted text, with the marks taken away, is the record's text.
      assertThat(d.getElementById("text").wholeText()).isEqualTo(rec.get("text").asText());
      // Each quantity is marked with exactly its text.
      rec.get("quantities")
          .forEach(
              q -> {
                String annId = "quantities-" + q.get("id").asText();
                String marked =
                    String.join("", d.select("mark[data-ann=" + annId + "]").eachText());
                assertThat(d.select("mark[data-ann=" + annId + "]")).isNotEmpty();
                assertThat(marked.replaceAll("\\s+", " "))
                    .isEqualTo(q.get("text").asText().replaceAll("\\s+", " "));
              });
    }
  }

  @Test
  void entityAndFiguresPages() {
    Document e = page("/entities/BNPB");
    assertThat(e.select("h1").text()).isNotBlank();
    assertThat(e.text()).contains("Badan Nasional Penanggulangan Bencana");
    assertThat(e.select("a[href^=/articles/]")).isNotEmpty();
    Document f = page("/figures?category=killed");
    assertThat(f.select("section.slot.conflict")).isNotEmpty();
    Element chart = f.selectFirst("section.slot.conflict div.chart[data-chart]");
    assertThat(chart).isNotNull();
    Element data = f.getElementById(chart.attr("data-chart"));
    assertThat(data.attr("type")).isEqualTo("application/json");
    JsonNode spec = readJson(data.data());
    assertThat(spec.get("series").size()).isGreaterThanOrEqualTo(2);
    assertThat(spec.get("conflicts").size()).isGreaterThanOrEqualTo(2);
    assertThat(f.select("tr.in-conflict")).isNotEmpty();
  }

  private static JsonNode readJson(String s) {
    try {
      return Http.JSON.readTree(s);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void analyzePageRendersTheRecordAndAFragmentForHtmx() {
    String full = analyzeForm("Judul Berita\n\nSebanyak 12 orang luka-luka, kata polisi.\n", false);
    assertThat(full).startsWith("<!doctype html>").contains("id=\"record\"");
    String fragment =
        analyzeForm("Judul Berita\n\nSebanyak 12 orang luka-luka, kata polisi.\n", true);
    assertThat(fragment).startsWith("<article").doesNotContain("<html");
    assertThat(Jsoup.parse(fragment).select("mark.l-quantities")).isNotEmpty();
  }

  @Test
  void userInputIsEscapedEverywhere() {
    String evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
    HttpResponse<String> s = get(base, "/?q=" + Html.url(evil));
    assertThat(s.statusCode()).isEqualTo(200);
    assertThat(s.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
    HttpResponse<String> e = get(base, "/entities/" + Html.url(evil));
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
    String analyzed =
        analyzeForm("Judul <script>alert(1)</script>\n\nIsi berita <b>tebal</b>.\n", true);
    assertThat(analyzed).doesNotContain("<script>alert").doesNotContain("<b>tebal");
  }

  @Test
  void badInputGivesAnErrorPageNeverA500() {
    for (String p :
        List.of(
            "/articles/zzz",
            "/articles/0123456789abcdef",
            "/?from=2025-02-30",
            "/?page=0",
            "/figures?category=BAD!",
            "/nothing/here")) {
      HttpResponse<String> r =
          Http.send(
              HttpRequest.newBuilder(URI.create(base + p))
                  .header("Accept", "text/html,application/xhtml+xml")
                  .build());
      assertThat(r.statusCode()).as(p).isBetween(400, 499);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(Jsoup.parse(r.body()).select("[role=alert]").text()).as(p).isNotBlank();
      assertThat(r.body()).doesNotContain("Exception");
    }
    HttpResponse<String> empty =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/analyze"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=&published="))
                .build());
    assertThat(empty.statusCode()).isEqualTo(400);
    // a multipart form whose body is not multipart (fuzz finding: Jetty's error became a 500)
    HttpResponse<String> broken =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/analyze"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nbukan form"))
                .build());
    assertThat(broken.statusCode()).as(broken.body()).isBetween(400, 499);
    assertThat(Jsoup.parse(broken.body()).select("[role=alert]").text()).isNotBlank();
  }
}
