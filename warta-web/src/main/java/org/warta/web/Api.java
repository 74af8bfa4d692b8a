package org.warta.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.index.EntityPage;
import org.warta.index.FigureSlot;
import org.warta.index.IngestSummary;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;

/**
 * The handlers of the REST API under {@code /api/v1}; see {@code openapi.json} for the contract.
 */
final class Api {
  static final String JSON = "application/json; charset=utf-8";
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final Analyzing analyzing;
  private final IndexService index;
  private final boolean allowIngest;
  private final long maxBody;
  private final byte[] openapi;

  Api(Analyzing analyzing, IndexService index, boolean allowIngest, long maxBody) {
    this.analyzing = analyzing;
    this.index = index;
    this.allowIngest = allowIngest;
    this.maxBody = maxBody;
    this.openapi = OpenApi.document();
  }

  void openapi(Context ctx) {
    ctx.contentType(JSON).result(openapi);
  }

  /** The text of an analyze or ingest request and its metadata. */
  record ArticleInput(byte[] text, String published, String url, String outlet) {}

  void analyze(Context ctx) {
    ArticleInput in = articleInput(ctx, Set.of("text", "published"));
    Analyzing.Result r = analyzing.analyze(in.text(), in.published());
    ctx.contentType(JSON).result(r.json());
  }

  void ingest(Context ctx) {
    if (!allowIngest) {
      throw new ProblemException(
          403,
          "Ingest disabled",
          "this server is read-only; start it with warta serve --allow-ingest to accept articles");
    }
    ArticleInput in = articleInput(ctx, Set.of("text", "published", "url", "outlet"));
    // Analyze first: an unreadable article is refused before the index is touched, and the id is
    // known for the answer.
    Analyzing.Result r = analyzing.analyze(in.text(), in.published());
    IngestSummary s =
        index.ingest(analyzing.analyzer(), in.text(), in.published(), in.url(), in.outlet());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.record().id());
    out.put("ingested", s.ingested());
    out.put("duplicates", s.duplicates());
    out.put("articles", s.articles());
    out.put("stories", s.stories());
    ctx.status(s.ingested() > 0 ? 201 : 200).contentType(JSON).result(write(out));
  }

  void article(Context ctx) {
    String id = Params.articleId(ctx.pathParam("id"));
    String json = index.articleJson(id);
    if (json == null) {
      throw ProblemException.notFound("no article with id " + id + " in the index");
    }
    ctx.contentType(JSON).result(json);
  }

  /** The search of a request's query parameters (shared by the API and the pages). */
  static SearchRequest searchRequest(Context ctx, Params.Paging paging) {
    String q = Params.text("q", Params.one(ctx, "q"), Params.MAX_QUERY_CHARS);
    LocalDate from = Params.date("from", Params.one(ctx, "from"));
    LocalDate to = Params.date("to", Params.one(ctx, "to"));
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.badParameter("from", "is after to (" + from + " > " + to + ")");
    }
    String entity = Params.text("entity", Params.one(ctx, "entity"), Params.MAX_NAME_CHARS);
    String type = Params.eventType("type", Params.one(ctx, "type"));
    String lang = Params.language("lang", Params.one(ctx, "lang"));
    return new SearchRequest(q, from, to, entity, type, lang, paging.size(), paging.offset());
  }

  void search(Context ctx) {
    Params.Paging paging = Params.Paging.of(ctx, 10);
    SearchRequest req = searchRequest(ctx, paging);
    SearchResult res = index.search(req);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", echo(req));
    out.put("total", res.total());
    out.put("page", paging.page());
    out.put("size", paging.size());
    out.put("hits", res.hits());
    out.put("facets", res.facets());
    ctx.contentType(JSON).result(write(out));
  }

  private static Map<String, Object> echo(SearchRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("q", r.query());
    m.put("from", r.from() == null ? null : r.from().toString());
    m.put("to", r.to() == null ? null : r.to().toString());
    m.put("entity", r.entity());
    m.put("type", r.eventType());
    m.put("lang", r.language());
    return m;
  }

  void entity(Context ctx) {
    String name = entityName(ctx);
    EntityPage page = index.entity(name);
    if (page == null) {
      throw ProblemException.notFound(
          "no article in the index mentions '" + Params.clip(name) + "'");
    }
    ctx.contentType(JSON).result(write(page));
  }

  static String entityName(Context ctx) {
    String name = Params.text("name", ctx.pathParam("name"), Params.MAX_NAME_CHARS);
    if (name == null || name.isBlank()) {
      throw ProblemException.badParameter("name", "is empty");
    }
    return name.strip();
  }

  /** The figures query of a request: search filters plus category and conflicts-only. */
  record FiguresQuery(
      SearchRequest filter, String category, boolean conflicts, Params.Paging paging) {
    static FiguresQuery of(Context ctx, int defaultSize) {
      Params.Paging paging = Params.Paging.of(ctx, defaultSize);
      SearchRequest filter = searchRequest(ctx, new Params.Paging(1, 1));
      String category = Params.category("category", Params.one(ctx, "category"));
      boolean conflicts = Params.flag("conflicts", Params.one(ctx, "conflicts"), false);
      return new FiguresQuery(filter, category, conflicts, paging);
    }
  }

  void figures(Context ctx) {
    FiguresQuery fq = FiguresQuery.of(ctx, 20);
    List<FigureSlot> slots = index.figures(fq.filter(), fq.category(), fq.conflicts());
    int from = Math.min(fq.paging().offset(), slots.size());
    int to = Math.min(from + fq.paging().size(), slots.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", slots.size());
    out.put("conflicts", slots.stream().filter(FigureSlot::conflict).count());
    out.put("page", fq.paging().page());
    out.put("size", fq.paging().size());
    out.put("slots", slots.subList(from, to));
    ctx.contentType(JSON).result(write(out));
  }

  void stats(Context ctx) {
    ctx.contentType(JSON).result(write(index.stats()));
  }

  void export(Context ctx) {
    String f = Params.one(ctx, "format");
    if (f == null) {
      throw ProblemException.badParameter("format", "is required (jsonl, csv or gkg)");
    }
    IndexService.ExportFormat format;
    try {
      format = IndexService.ExportFormat.valueOf(f.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badParameter(
          "format", "'" + Params.clip(f) + "' is not an export format (jsonl, csv or gkg)");
    }
    if (!index.available()) {
      index.read(i -> null); // the 503 problem
    }
    String type =
        switch (format) {
          case jsonl -> "application/x-ndjson; charset=utf-8";
          case csv -> "application/zip";
          case gkg -> "text/tab-separated-values; charset=utf-8";
        };
    String file =
        switch (format) {
          case jsonl -> "warta-records.jsonl";
          case csv -> "warta-tables.zip";
          case gkg -> "warta-gkg.tsv";
        };
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    index.export(format, buf);
    ctx.contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .result(buf.toByteArray());
  }

  // ---- request bodies ----

  /**
   * Reads an article from the body: {@code text/plain} (UTF-8) with metadata in the query, or a
   * JSON object with the text and metadata as fields. The body is capped at {@code maxBody} bytes
   * (413 beyond), whatever the Content-Length says.
   */
  ArticleInput articleInput(Context ctx, Set<String> fields) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    String mime = type.split(";", 2)[0].strip();
    if (!mime.equals("text/plain") && !mime.equals("application/json")) {
      throw new ProblemException(
          415,
          "Unsupported media type",
          "send the article as text/plain (UTF-8) or as application/json {\"text\": …,"
              + " \"published\": …}; got '"
              + Params.clip(mime.isEmpty() ? "no Content-Type" : mime)
              + "'");
    }
    java.util.regex.Matcher cs =
        java.util.regex.Pattern.compile("charset=\"?([^\";]+)").matcher(type);
    if (cs.find() && !cs.group(1).strip().equals("utf-8") && !cs.group(1).strip().equals("utf8")) {
      throw new ProblemException(
          415,
          "Unsupported media type",
          "only UTF-8 is accepted; got charset " + Params.clip(cs.group(1)));
    }
    byte[] body = body(ctx);
    if (mime.equals("text/plain")) {
      for (String p : List.of("url", "outlet")) {
        if (!fields.contains(p) && ctx.queryParam(p) != null) {
          throw ProblemException.badParameter(p, "is not a parameter of this endpoint");
        }
      }
      return new ArticleInput(
          body,
          Params.published("published", Params.one(ctx, "published")),
          fields.contains("url") ? Params.text("url", Params.one(ctx, "url"), 2000) : null,
          fields.contains("outlet") ? Params.text("outlet", Params.one(ctx, "outlet"), 200) : null);
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(body);
    } catch (IOException e) {
      String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : "unreadable";
      throw ProblemException.badRequest("the body is not valid JSON (" + Params.clip(msg) + ")");
    }
    if (n == null || !n.isObject()) {
      throw ProblemException.badRequest("the body must be a JSON object with a \"text\" field");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        throw ProblemException.badRequest(
            "unknown field \"" + Params.clip(f) + "\" (fields: " + String.join(", ", fields) + ")");
      }
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      throw ProblemException.badRequest("\"text\" is required and must be a string");
    }
    String published = stringField(n, "published");
    if (published == null) {
      published = Params.one(ctx, "published");
    }
    return new ArticleInput(
        text.asText().getBytes(StandardCharsets.UTF_8),
        Params.published("published", published),
        Params.text("url", stringField(n, "url"), 2000),
        Params.text("outlet", stringField(n, "outlet"), 200));
  }

  private static String stringField(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ProblemException.badRequest("\"" + name + "\" must be a string or null");
    }
    return v.asText();
  }

  /** Bodies over the limit up to this size are read and discarded before the 413 is sent. */
  static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > maxBody) {
        drain(ctx, in, declared);
        throw tooLarge();
      }
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (b.length > maxBody) {
        drain(ctx, in, -1);
        throw tooLarge();
      }
      return b;
    } catch (IOException e) {
      throw ProblemException.badRequest("the request body could not be read");
    }
  }

  /**
   * Reads and discards the rest of an oversized body (up to {@link #DRAIN_LIMIT}) so that the
   * client, still sending, receives the 413 instead of a reset connection; the connection is then
   * closed.
   */
  private static void drain(Context ctx, InputStream in, long declared) {
    ctx.header("Connection", "close");
    if (declared > DRAIN_LIMIT) {
      return;
    }
    try {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; total < DRAIN_LIMIT && (n = in.read(buf)) > 0; ) {
        total += n;
      }
    } catch (IOException e) {
      // the client gave up; nothing to drain
    }
  }

  ProblemException tooLarge() {
    return new ProblemException(
        413,
        "Content too large",
        "the request body is larger than " + maxBody + " bytes; send a smaller article");
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
