package org.warta.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.index.EntityPage;
import org.warta.index.FigureSlot;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;
import org.warta.model.ArticleRecord;
import org.warta.model.EventType;

/** The server-rendered pages of the web UI. */
final class Pages {
  static final String HTML = "text/html; charset=utf-8";
  private static final int PAGE_SIZE = 10;
  private static final Map<String, String> FACET_LABELS =
      Map.of(
          "entity", "Entities",
          "outlet", "Outlets",
          "language", "Languages",
          "event_type", "Event types");

  /** Facet dimension → the search parameter that filters by it (outlets cannot be filtered). */
  private static final Map<String, String> FACET_PARAMS =
      Map.of("entity", "entity", "language", "lang", "event_type", "type");

  private final Analyzing analyzing;
  private final IndexService index;
  private final long maxBody;

  Pages(Analyzing analyzing, IndexService index, long maxBody) {
    this.analyzing = analyzing;
    this.index = index;
    this.maxBody = maxBody;
  }

  private static void html(Context ctx, String page) {
    ctx.contentType(HTML).result(page);
  }

  // ---- search ----

  void search(Context ctx) {
    Params.Paging paging = Params.Paging.of(ctx, PAGE_SIZE);
    SearchRequest req = Api.searchRequest(ctx, paging);
    Html h = new Html();
    h.raw("<h1>Search the record</h1>");
    searchForm(h, req);
    if (!index.available()) {
      h.raw("<p class=\"problem\" role=\"status\">No index is open yet. Create one with <code>")
          .raw("warta ingest SOURCE --index DIR</code> and start <code>warta serve --index DIR")
          .raw("</code> — or <a href=\"/analyze\">analyze an article</a> without an index.</p>");
      html(ctx, Layout.page("Search", Layout.Nav.SEARCH, h.toString()));
      return;
    }
    SearchResult res = index.search(req);
    h.raw("<div class=\"results-layout\">");
    h.raw("<section class=\"results\" aria-labelledby=\"results-h\">");
    h.raw("<h2 id=\"results-h\" class=\"count\" role=\"status\">")
        .text(res.total() + (res.total() == 1 ? " article" : " articles"))
        .raw("</h2>");
    h.raw("<ol class=\"hits\" start=\"" + (paging.offset() + 1) + "\">");
    for (SearchResult.Hit hit : res.hits()) {
      h.raw("<li class=\"hit\"><h3><a class=\"hit-link\"")
          .attr("href", "/articles/" + hit.id())
          .raw(">")
          .text(hit.title())
          .raw("</a></h3><p class=\"hit-meta\">")
          .text(
              String.join(
                  " · ",
                  nonNull(hit.outlet(), hit.published(), hit.language(), "story " + hit.story())))
          .raw("</p>");
      for (String s : hit.snippets()) {
        h.raw("<p class=\"snippet\">").raw(Html.snippet(s)).raw("</p>");
      }
      h.raw("</li>");
    }
    h.raw("</ol>");
    pager(h, ctx, paging, res.total());
    h.raw("</section>");
    facets(h, ctx, res);
    h.raw("</div>");
    html(
        ctx,
        Layout.page(req.query() == null ? "Search" : req.query(), Layout.Nav.SEARCH, h.toString()));
  }

  private static List<String> nonNull(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }

  private static void searchForm(Html h, SearchRequest r) {
    h.raw("<form class=\"search-form\" role=\"search\" method=\"get\" action=\"/\">")
        .raw("<div class=\"field grow\"><label for=\"q\">Words</label>")
        .raw("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"500\"")
        .attr("value", r.query() == null ? "" : r.query())
        .raw(" placeholder=\"gempa, &quot;Kim Jong Un&quot;, banjir -Jakarta\"></div>")
        .raw(
            "<div class=\"field\"><label for=\"from\">From</label><input id=\"from\" name=\"from\"")
        .raw(" type=\"date\"")
        .attr("value", r.from() == null ? "" : r.from())
        .raw("></div><div class=\"field\"><label for=\"to\">To</label><input id=\"to\" name=\"to\"")
        .raw(" type=\"date\"")
        .attr("value", r.to() == null ? "" : r.to())
        .raw("></div><div class=\"field\"><label for=\"entity\">Entity</label>")
        .raw("<input id=\"entity\" name=\"entity\" maxlength=\"200\"")
        .attr("value", r.entity() == null ? "" : r.entity())
        .raw("></div><div class=\"field\"><label for=\"type\">Event type</label>")
        .raw("<select id=\"type\" name=\"type\"><option value=\"\">any</option>");
    for (EventType t : EventType.values()) {
      h.raw("<option")
          .attr("value", t.name())
          .raw(t.name().equals(r.eventType()) ? " selected" : "")
          .raw(">")
          .text(t.name())
          .raw("</option>");
    }
    h.raw("</select></div><div class=\"field\"><label for=\"lang\">Language</label>")
        .raw("<select id=\"lang\" name=\"lang\"><option value=\"\">any</option>");
    for (String[] l : new String[][] {{"id", "Indonesian"}, {"ms", "Malay"}, {"en", "English"}}) {
      h.raw("<option")
          .attr("value", l[0])
          .raw(l[0].equals(r.language()) ? " selected" : "")
          .raw(">")
          .text(l[1])
          .raw("</option>");
    }
    h.raw("</select></div><div class=\"field\"><button type=\"submit\">Search</button></div>")
        .raw("</form>");
  }

  private static void facets(Html h, Context ctx, SearchResult res) {
    h.raw("<aside class=\"facets\" aria-labelledby=\"facets-h\"><h2 id=\"facets-h\">Refine</h2>");
    for (Map.Entry<String, List<SearchResult.FacetCount>> f : res.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      String label = FACET_LABELS.getOrDefault(f.getKey(), f.getKey());
      String param = FACET_PARAMS.get(f.getKey());
      h.raw("<section class=\"facet\" data-facet=\"")
          .text(f.getKey())
          .raw("\"><h3>")
          .text(label)
          .raw("</h3><ul>");
      for (SearchResult.FacetCount c : f.getValue()) {
        h.raw("<li>");
        if (param != null) {
          h.raw("<a").attr("href", withParam(ctx, param, c.value())).raw(">").text(c.value());
          h.raw("</a>");
        } else {
          h.text(c.value());
        }
        h.raw(" <span class=\"n\">").text(c.count()).raw("</span></li>");
      }
      h.raw("</ul></section>");
    }
    h.raw("</aside>");
  }

  /** The current URL's query with one parameter set (and the page reset). */
  private static String withParam(Context ctx, String name, String value) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String p : List.of("q", "from", "to", "entity", "type", "lang")) {
      String v = ctx.queryParam(p);
      if (v != null && !v.isBlank()) {
        q.put(p, v);
      }
    }
    q.put(name, value);
    return "/?" + query(q);
  }

  private static String query(Map<String, String> q) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : q.entrySet()) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(e.getKey()).append('=').append(Html.url(e.getValue()));
    }
    return b.toString();
  }

  private static void pager(Html h, Context ctx, Params.Paging paging, long total) {
    long pages = (total + paging.size() - 1) / paging.size();
    if (pages <= 1) {
      return;
    }
    h.raw("<nav class=\"pager\" aria-label=\"Pages\">");
    if (paging.page() > 1) {
      h.raw("<a rel=\"prev\"")
          .attr("href", withParam(ctx, "page", String.valueOf(paging.page() - 1)))
          .raw(">Previous</a>");
    }
    h.raw("<span>Page ").text(paging.page()).raw(" of ").text(pages).raw("</span>");
    if (paging.page() < pages && paging.page() * paging.size() < Params.MAX_OFFSET) {
      h.raw("<a rel=\"next\"")
          .attr("href", withParam(ctx, "page", String.valueOf(paging.page() + 1)))
          .raw(">Next</a>");
    }
    h.raw("</nav>");
  }

  // ---- article ----

  void article(Context ctx) {
    String id = Params.articleId(ctx.pathParam("id"));
    ArticleRecord r = index.article(id);
    if (r == null) {
      throw ProblemException.notFound("no article with id " + id + " in the index");
    }
    String body =
        new ArticleView(r, true).render()
            + "<p class=\"raw\"><a href=\"/api/v1/articles/"
            + id
            + "\">The record as JSON</a></p>";
    html(ctx, Layout.page(r.title(), Layout.Nav.NONE, body));
  }

  // ---- analyze ----

  void analyzeForm(Context ctx) {
    html(ctx, Layout.page("Analyze an article", Layout.Nav.ANALYZE, analyzeBody("", "", "")));
  }

  private String analyzeBody(String text, String published, String result) {
    Html h = new Html();
    h.raw("<h1>Analyze an article</h1>")
        .raw("<p>Paste a news article — title on the first line, then its paragraphs — and see")
        .raw(" what Warta records. Nothing is stored.</p>")
        .raw("<form class=\"analyze-form\" method=\"post\" action=\"/analyze\"")
        .raw(" hx-post=\"/analyze\" hx-target=\"#analysis\" hx-swap=\"innerHTML\"")
        .raw(" hx-indicator=\"#analyzing\">")
        .raw("<div class=\"field\"><label for=\"article-text\">Article text</label>")
        .raw("<textarea id=\"article-text\" name=\"text\" rows=\"12\" required")
        .attr("maxlength", maxBody)
        .raw(">")
        .text(text)
        .raw("</textarea></div>")
        .raw("<div class=\"row\"><div class=\"field\"><label for=\"published\">Published on")
        .raw(" (resolves “kemarin”, “Jumat lalu”…)</label>")
        .raw("<input id=\"published\" name=\"published\" type=\"date\"")
        .attr("value", published)
        .raw("></div><div class=\"field\"><button type=\"submit\">Analyze</button>")
        .raw(" <span id=\"analyzing\" class=\"htmx-indicator\" role=\"status\">Analyzing…</span>")
        .raw("</div></div></form>")
        .raw("<div id=\"analysis\" aria-live=\"polite\">")
        .raw(result)
        .raw("</div>");
    return h.toString();
  }

  void analyzePost(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody * 3 + 1024) { // form encoding can triple the size
      throw new ProblemException(
          413, "Content too large", "the article is larger than " + maxBody + " bytes");
    }
    String text = ctx.formParam("text");
    String published = ctx.formParam("published");
    if (text == null || text.isBlank()) {
      throw ProblemException.badRequest("paste the text of an article first");
    }
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (bytes.length > maxBody) {
      throw new ProblemException(
          413, "Content too large", "the article is larger than " + maxBody + " bytes");
    }
    String pub = Params.published("published", published);
    Analyzing.Result r = analyzing.analyze(bytes, pub);
    String view = new ArticleView(r.record(), false).render();
    if ("true".equals(ctx.header("HX-Request"))) {
      html(ctx, view);
    } else {
      html(
          ctx,
          Layout.page(
              "Analysis", Layout.Nav.ANALYZE, analyzeBody(text, pub == null ? "" : pub, view)));
    }
  }

  // ---- entity ----

  void entity(Context ctx) {
    String name = Api.entityName(ctx);
    EntityPage p = index.entity(name);
    if (p == null) {
      throw ProblemException.notFound(
          "no article in the index mentions '" + Params.clip(name) + "'");
    }
    Html h = new Html();
    h.raw("<h1>").text(p.name()).raw("</h1>");
    h.raw("<p class=\"lead\"><span class=\"badge\">")
        .text(p.type())
        .raw("</span> mentioned in ")
        .text(p.articles().size() + (p.articles().size() == 1 ? " article" : " articles"))
        .raw(" · <a")
        .attr("href", "/figures?entity=" + Html.url(p.name()))
        .raw(">Figures</a> · <a")
        .attr("href", "/?entity=" + Html.url(p.name()))
        .raw(">Search within</a></p>");
    h.raw("<div class=\"entity-grid\">");
    h.raw("<section aria-labelledby=\"h-aliases\"><h2 id=\"h-aliases\">Written as</h2><ul>");
    for (EntityPage.Alias a : p.aliases()) {
      h.raw("<li>")
          .text(a.form())
          .raw(" <span class=\"n\">")
          .text(a.articles())
          .raw("</span></li>");
    }
    h.raw("</ul></section>");
    h.raw("<section aria-labelledby=\"h-co\"><h2 id=\"h-co\">Appears with</h2><ul>");
    for (EntityPage.Cooccurrence c : p.cooccurring().stream().limit(30).toList()) {
      h.raw("<li><a")
          .attr("href", "/entities/" + Html.url(c.name()))
          .raw(">")
          .text(c.name())
          .raw("</a> <span class=\"badge\">")
          .text(c.type())
          .raw("</span> <span class=\"n\">")
          .text(c.articles())
          .raw("</span></li>");
    }
    h.raw("</ul></section></div>");
    h.raw("<section aria-labelledby=\"h-articles\"><h2 id=\"h-articles\">Articles</h2>");
    h.raw("<table><thead><tr><th scope=\"col\">Published</th><th scope=\"col\">Outlet</th>")
        .raw("<th scope=\"col\">Title</th><th scope=\"col\">Mentions</th></tr></thead><tbody>");
    for (EntityPage.ArticleRef a : p.articles()) {
      h.raw("<tr><td>")
          .text(a.published())
          .raw("</td><td>")
          .text(a.outlet())
          .raw("</td><td><a")
          .attr("href", "/articles/" + a.id())
          .raw(">")
          .text(a.title())
          .raw("</a></td><td class=\"num\">")
          .text(a.mentions())
          .raw("</td></tr>");
    }
    h.raw("</tbody></table></section>");
    h.raw("<section aria-labelledby=\"h-quotes\"><h2 id=\"h-quotes\">Quotes</h2>");
    if (p.quotes().isEmpty()) {
      h.raw("<p class=\"none\">None found.</p>");
    } else {
      h.raw("<ul class=\"items\">");
      for (EntityPage.QuoteRef q : p.quotes()) {
        h.raw("<li><blockquote>")
            .text(ArticleView.clip(q.text(), 300))
            .raw("</blockquote><p class=\"hit-meta\">")
            .text(String.join(" · ", nonNull(q.outlet(), q.published())))
            .raw(" · <a")
            .attr("href", "/articles/" + q.article())
            .raw(">article</a></p></li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>");
    h.raw("<section aria-labelledby=\"h-claims\"><h2 id=\"h-claims\">Claims</h2>");
    if (p.claims().isEmpty()) {
      h.raw("<p class=\"none\">None found.</p>");
    } else {
      h.raw("<ul class=\"items\">");
      for (EntityPage.ClaimRef c : p.claims()) {
        h.raw("<li><span class=\"badge\">")
            .text(c.modality())
            .raw("</span> ")
            .text(ArticleView.clip(c.text(), 300))
            .raw("<p class=\"hit-meta\">")
            .text(String.join(" · ", nonNull(c.outlet(), c.published())))
            .raw(" · <a")
            .attr("href", "/articles/" + c.article())
            .raw(">article</a></p></li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>");
    h.raw("<section aria-labelledby=\"h-events\"><h2 id=\"h-events\">Events</h2>");
    if (p.events().isEmpty()) {
      h.raw("<p class=\"none\">None found.</p>");
    } else {
      h.raw("<table><thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Trigger</th>")
          .raw("<th scope=\"col\">Role</th><th scope=\"col\">Published</th>")
          .raw("<th scope=\"col\">Outlet</th></tr></thead><tbody>");
      for (EntityPage.EventRef e : p.events()) {
        h.raw("<tr><td>")
            .text(e.type())
            .raw("</td><td><a")
            .attr("href", "/articles/" + e.article())
            .raw(">")
            .text(e.trigger())
            .raw("</a></td><td>")
            .text(e.role())
            .raw("</td><td>")
            .text(e.published())
            .raw("</td><td>")
            .text(e.outlet())
            .raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>");
    html(ctx, Layout.page(p.name(), Layout.Nav.NONE, h.toString()));
  }

  // ---- figures ----

  void figures(Context ctx) {
    Api.FiguresQuery fq = Api.FiguresQuery.of(ctx, 10);
    Html h = new Html();
    h.raw("<h1>Figures across articles</h1>");
    h.raw("<p>Each chart follows one thing counted in one story — the dead, the missing, the")
        .raw(" houses damaged — across the articles that give a figure for it, one line per")
        .raw(" outlet. Figures that cannot both be right are ringed in red.</p>");
    SearchRequest f = fq.filter();
    h.raw("<form class=\"search-form\" method=\"get\" action=\"/figures\">")
        .raw("<div class=\"field grow\"><label for=\"fq\">Words</label>")
        .raw("<input id=\"fq\" name=\"q\" type=\"search\" maxlength=\"500\"")
        .attr("value", f.query() == null ? "" : f.query())
        .raw("></div><div class=\"field\"><label for=\"fentity\">Entity</label>")
        .raw("<input id=\"fentity\" name=\"entity\" maxlength=\"200\"")
        .attr("value", f.entity() == null ? "" : f.entity())
        .raw("></div><div class=\"field\"><label for=\"fcat\">Category</label>")
        .raw("<input id=\"fcat\" name=\"category\" maxlength=\"40\" placeholder=\"killed\"")
        .attr("value", fq.category() == null ? "" : fq.category())
        .raw("></div><div class=\"field check\"><input id=\"fconf\" name=\"conflicts\"")
        .raw(" type=\"checkbox\" value=\"true\"")
        .raw(fq.conflicts() ? " checked" : "")
        .raw("><label for=\"fconf\">Conflicts only</label></div>")
        .raw("<div class=\"field\"><button type=\"submit\">Show</button></div></form>");
    if (!index.available()) {
      h.raw("<p class=\"problem\" role=\"status\">No index is open yet.</p>");
      html(ctx, Layout.page("Figures", Layout.Nav.FIGURES, h.toString()));
      return;
    }
    List<FigureSlot> slots = index.figures(f, fq.category(), fq.conflicts());
    long conflicts = slots.stream().filter(FigureSlot::conflict).count();
    h.raw("<p class=\"count\" role=\"status\">")
        .text(
            slots.size()
                + (slots.size() == 1 ? " slot" : " slots")
                + ", "
                + conflicts
                + (conflicts == 1 ? " with conflicting figures" : " with conflicting figures"))
        .raw("</p>");
    Params.Paging paging = fq.paging();
    int from = Math.min(paging.offset(), slots.size());
    int to = Math.min(from + paging.size(), slots.size());
    for (int i = from; i < to; i++) {
      slot(h, slots.get(i), i);
    }
    pagerFigures(h, ctx, paging, slots.size());
    html(ctx, Layout.page("Figures", Layout.Nav.FIGURES, h.toString()));
  }

  private static void pagerFigures(Html h, Context ctx, Params.Paging paging, long total) {
    long pages = (total + paging.size() - 1) / paging.size();
    if (pages <= 1) {
      return;
    }
    Map<String, String> q = new LinkedHashMap<>();
    for (String p : List.of("q", "entity", "category", "conflicts")) {
      String v = ctx.queryParam(p);
      if (v != null && !v.isBlank()) {
        q.put(p, v);
      }
    }
    h.raw("<nav class=\"pager\" aria-label=\"Pages\">");
    if (paging.page() > 1) {
      q.put("page", String.valueOf(paging.page() - 1));
      h.raw("<a rel=\"prev\"").attr("href", "/figures?" + query(q)).raw(">Previous</a>");
    }
    h.raw("<span>Page ").text(paging.page()).raw(" of ").text(pages).raw("</span>");
    if (paging.page() < pages) {
      q.put("page", String.valueOf(paging.page() + 1));
      h.raw("<a rel=\"next\"").attr("href", "/figures?" + query(q)).raw(">Next</a>");
    }
    h.raw("</nav>");
  }

  private static void slot(Html h, FigureSlot s, int n) {
    String what =
        s.category()
            + (s.object() != null ? " (" + s.object() + ")" : "")
            + (s.place() != null ? " in " + s.place() : "");
    h.raw("<section class=\"slot" + (s.conflict() ? " conflict" : "") + "\"")
        .attr("aria-labelledby", "slot-h-" + n)
        .raw("><h2")
        .attr("id", "slot-h-" + n)
        .raw(">")
        .text(what)
        .raw("</h2><p class=\"hit-meta\">Story: ")
        .text(s.storyTitle())
        .raw("</p>");
    if (s.conflict()) {
      h.raw("<p class=\"conflict-badge\"><strong>Conflict</strong> — ")
          .text(
              s.conflictKind() == null
                  ? "figures disagree"
                  : s.conflictKind().contains("update") && s.conflictKind().contains("disagreement")
                      ? "figures disagree on the same day and were revised later"
                      : s.conflictKind().equals("update")
                          ? "a later figure revises an earlier one"
                          : "figures published the same day disagree")
          .raw("</p>");
    }
    java.util.Set<Integer> inConflict = new java.util.HashSet<>();
    for (FigureSlot.Disagreement d : s.disagreements()) {
      inConflict.add(d.first());
      inConflict.add(d.second());
    }
    // The chart: headline figures with a date, one series per outlet.
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    List<double[]> ringed = new ArrayList<>();
    for (int i = 0; i < s.values().size(); i++) {
      FigureSlot.Figure f = s.values().get(i);
      Long t = epochSeconds(f.published());
      if (t == null || !f.headline()) {
        continue;
      }
      String outlet = f.outlet() == null ? "unknown outlet" : f.outlet();
      series.computeIfAbsent(outlet, k -> new ArrayList<>()).add(new double[] {t, f.value(), i});
      if (inConflict.contains(i)) {
        ringed.add(new double[] {t, f.value(), i});
      }
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("label", what);
    List<Map<String, Object>> ser = new ArrayList<>();
    series.forEach((k, v) -> ser.add(Map.of("label", k, "points", v)));
    chart.put("series", ser);
    chart.put("conflicts", ringed);
    String chartId = "chart-" + n;
    h.raw("<figure class=\"chart-fig\"><div class=\"chart\"")
        .attr("data-chart", chartId)
        .attr("role", "img")
        .attr(
            "aria-label",
            "Timeline of "
                + what
                + ": "
                + series.size()
                + " outlets, "
                + s.values().size()
                + " figures")
        .raw("></div><script type=\"application/json\"")
        .attr("id", chartId)
        .raw(">")
        .raw(
            Api.write(chart)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026"))
        .raw("</script><figcaption>")
        .text("Headline figure of each article by publication date; the table lists all figures.")
        .raw("</figcaption></figure>");
    h.raw("<div class=\"table-wrap\"><table class=\"figures\"><caption class=\"visually-hidden\">")
        .text("Figures for " + what)
        .raw("</caption><thead><tr><th scope=\"col\">Published</th><th scope=\"col\">Outlet</th>")
        .raw("<th scope=\"col\">Says</th><th scope=\"col\">As written</th>")
        .raw("<th scope=\"col\">Value</th><th scope=\"col\">Hedge</th>")
        .raw("<th scope=\"col\">Conflict</th></tr></thead><tbody>");
    for (int i = 0; i < s.values().size(); i++) {
      FigureSlot.Figure f = s.values().get(i);
      h.raw("<tr" + (inConflict.contains(i) ? " class=\"in-conflict\"" : "") + "><td>")
          .text(f.published())
          .raw("</td><td>")
          .text(f.outlet())
          .raw("</td><td>")
          .text(f.source() == null ? "the article" : f.source())
          .text(f.modality() == null ? "" : " (" + f.modality() + ")")
          .raw("</td><td><a")
          .attr("href", "/articles/" + f.article())
          .raw(">")
          .text(f.text())
          .raw("</a></td><td class=\"num\">")
          .text(ArticleView.number(f.value()))
          .raw(f.headline() ? "" : " <span class=\"badge\">detail</span>")
          .raw("</td><td>")
          .text(f.approx())
          .raw("</td><td>")
          .raw(inConflict.contains(i) ? "<span class=\"conflict-mark\">⚠ conflicts</span>" : "")
          .raw("</td></tr>");
    }
    h.raw("</tbody></table></div></section>");
  }

  /** Seconds since the epoch of a publication date or date-time (its day, at noon UTC). */
  static Long epochSeconds(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(published.substring(0, 10));
      return d.atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  // ---- API docs ----

  void apiDocs(Context ctx) {
    String page =
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Warta API</title><link rel=\"stylesheet\" href=\""
            + Assets.SWAGGER_CSS
            + "\"><link rel=\"stylesheet\" href=\""
            + Assets.APP_CSS
            + "\"></head><body><a class=\"skip\" href=\"#swagger-ui\">Skip to content</a>"
            + "<header class=\"site\"><a class=\"brand\" href=\"/\">Warta</a>"
            + "<nav aria-label=\"Main\"><ul><li><a href=\"/\">Search</a></li>"
            + "<li><a href=\"/figures\">Figures</a></li><li><a href=\"/analyze\">Analyze an"
            + " article</a></li><li><a href=\"/api/docs\" aria-current=\"page\">API</a></li>"
            + "</ul></nav></header><main id=\"swagger-ui\" data-spec=\"/api/v1/openapi.json\">"
            + "</main><script src=\""
            + Assets.SWAGGER_JS
            + "\"></script><script src=\""
            + Assets.SWAGGER_INIT_JS
            + "\"></script></body></html>\n";
    html(ctx, page);
  }
}
