package org.warta.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.analysis.PublicationDate;

/**
 * Reads {@link PageMetadata} from {@code <meta>} tags, {@code <link rel=canonical>}, {@code <time
 * datetime>} and JSON-LD ({@code application/ld+json}, including {@code @graph}).
 *
 * <p>Preference orders. Published: {@code article:published_time}, microdata/JSON-LD {@code
 * datePublished}, then common {@code <meta name>} conventions ({@code pubdate}, {@code
 * publishdate}, {@code dc.date.issued}, {@code date}, ...), then the first {@code <time datetime>}
 * (one marked {@code pubdate}/{@code itemprop=datePublished} first). Outlet: {@code og:site_name},
 * JSON-LD {@code publisher.name}, {@code application-name}. Thread-safe.
 */
final class PageMetadataReader {
  /**
   * The lenient JSON-LD parser, built on first use: initialising Jackson's ObjectMapper costs about
   * a tenth of a second of CPU, which a run over plain-text articles should not pay at start-up.
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
  }

  private static final Pattern ISO_DATE =
      Pattern.compile(
          "(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "date.published",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "originalpublicationdate",
    "date",
  };

  /**
   * A {@code <meta>} name that says "publication date" in a site's own convention ({@code
   * content_PublishedDate}, {@code article-publish-time}, {@code pub_date}...), compared with its
   * letters only; names that speak of modification or expiry are not.
   */
  private static final Pattern PUBLISHED_NAME =
      Pattern.compile("(?:publish(?:ed)?|pub|release)(?:date|time|datetime|at|on)");

  private static final Pattern NOT_PUBLISHED_NAME = Pattern.compile("modif|updat|expir|revis");

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«~/]+\\s+");

  /** The first date in a {@code <meta>} whose name matches {@link #PUBLISHED_NAME}. */
  private static String publishedByName(Document doc) {
    for (Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"name", "property", "itemprop"}) {
        String key = m.attr(attr).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (!key.isEmpty()
            && PUBLISHED_NAME.matcher(key).find()
            && !NOT_PUBLISHED_NAME.matcher(key).find()) {
          String date = isoDate(m.attr("content"));
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  PageMetadata read(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          meta.putIfAbsent(k, content);
        }
      }
    }
    List<JsonNode> ld = jsonLdObjects(doc);
    JsonNode article = pickArticle(ld);

    String outlet = first(meta.get("og:site_name"), text(article, "publisher", "name"));
    if (outlet == null) {
      for (JsonNode n : ld) {
        if (typeMatches(n, "Organization|NewsMediaOrganization|WebSite")) {
          outlet = first(text(n, "name"));
          if (outlet != null) {
            break;
          }
        }
      }
    }
    outlet = first(outlet, meta.get("application-name"));

    String url = null;
    Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (canonical != null) {
      url = absoluteHttp(canonical.attr("href"));
    }
    url = first(url, absoluteHttp(meta.get("og:url")), absoluteHttp(text(article, "url")));

    String headline =
        first(meta.get("og:title"), meta.get("twitter:title"), text(article, "headline"));
    Element titleEl = doc.selectFirst("title");
    String documentTitle = titleEl == null ? null : blankToNull(titleEl.text());
    String host = host(url);
    headline = headline == null ? null : stripSite(headline, outlet, host);
    documentTitle = documentTitle == null ? null : stripSite(documentTitle, outlet, host);

    String published = null;
    for (String key : PUBLISHED_META) {
      published = isoDate(meta.get(key));
      if (published != null) {
        break;
      }
      if (key.equals("datepublished")) {
        published = isoDate(text(article, "datePublished"));
        if (published != null) {
          break;
        }
      }
    }
    if (published == null) {
      published = publishedByName(doc);
    }
    if (published == null) {
      published = isoDate(text(article, "dateCreated"));
    }
    if (published == null) {
      Element time = doc.selectFirst("time[datetime][pubdate], time[datetime][itemprop~=(?i)date]");
      if (time == null) {
        time = doc.selectFirst("time[datetime]");
      }
      if (time != null) {
        published = isoDate(time.attr("datetime"));
      }
    }
    String body = text(article, "articleBody");
    String description = first(meta.get("og:description"), meta.get("description"));
    return new PageMetadata(
        blankToNull(headline),
        blankToNull(documentTitle),
        published,
        blankToNull(outlet),
        url,
        blankToNull(body),
        blankToNull(description));
  }

  /** {@code value}'s ISO date or date-time prefix, if it has one that parses. */
  static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    b.append(m.group(1)).append('-').append(m.group(2)).append('-').append(m.group(3));
    if (m.group(4) != null) {
      b.append('T').append(m.group(4));
      if (m.group(5) != null) {
        b.append(m.group(5));
      }
    }
    String iso = b.toString();
    if (PublicationDate.parse(iso).isPresent()) {
      return iso;
    }
    String date = iso.substring(0, 10);
    return PublicationDate.parse(date).isPresent() ? date : null;
  }

  /** Removes leading or trailing segments naming the site ({@code Title | Site}). */
  static String stripSite(String title, String outlet, String host) {
    String t = title.strip();
    List<String> parts = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    int last = 0;
    List<int[]> seps = new ArrayList<>();
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    if (seps.isEmpty()) {
      return t;
    }
    for (int[] s : seps) {
      parts.add(t.substring(last, s[0]));
      starts.add(last);
      last = s[1];
    }
    parts.add(t.substring(last));
    starts.add(last);
    int from = 0;
    int to = parts.size();
    while (to - from > 1 && isSiteName(parts.get(to - 1), outlet, host)) {
      to--;
    }
    while (to - from > 1 && isSiteName(parts.get(from), outlet, host)) {
      from++;
    }
    if (from == 0 && to == parts.size()) {
      return t;
    }
    int endIdx = to == parts.size() ? t.length() : seps.get(to - 1)[0];
    return t.substring(starts.get(from), endIdx).strip();
  }

  private static boolean isSiteName(String part, String outlet, String host) {
    String k = key(part);
    if (k.isEmpty()) {
      return true;
    }
    if (outlet != null) {
      String o = key(outlet);
      if (!o.isEmpty() && (k.equals(o) || (k.length() >= 3 && o.contains(k)) || k.contains(o))) {
        return k.length() <= o.length() + 12;
      }
    }
    if (host != null && k.length() >= 3) {
      String h = key(host);
      String core = host.replaceFirst("^(?:www\\d?|m|amp|edition|news)\\.", "");
      int dot = core.indexOf('.');
      String name = key(dot > 0 ? core.substring(0, dot) : core);
      return h.contains(k) || (!name.isEmpty() && name.length() >= 3 && k.startsWith(name));
    }
    return false;
  }

  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String absoluteHttp(String href) {
    if (href == null) {
      return null;
    }
    String h = href.strip();
    return h.startsWith("http://") || h.startsWith("https://") ? h : null;
  }

  private static List<JsonNode> jsonLdObjects(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type~=(?i)ld\\+json]")) {
      StringBuilder data = new StringBuilder();
      for (DataNode d : s.dataNodes()) {
        data.append(d.getWholeData());
      }
      String json = data.toString().strip();
      if (json.isEmpty() || json.length() > 2_000_000) {
        continue;
      }
      try {
        collect(Json.MAPPER.readTree(json), out, 0);
      } catch (JsonProcessingException | RuntimeException e) {
        // Broken structured data is common; the page is read without it.
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 6) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out, depth + 1);
      JsonNode main = n.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, out, depth + 1);
      }
    }
  }

  private static JsonNode pickArticle(List<JsonNode> nodes) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (JsonNode n : nodes) {
      int rank;
      if (typeMatches(n, ".*(?:NewsArticle|Report)")) {
        rank = 0;
      } else if (typeMatches(n, ".*(?:Article|BlogPosting|Posting)")) {
        rank = 1;
      } else if (n.has("articleBody") || n.has("headline")) {
        rank = 2;
      } else {
        continue;
      }
      if (rank < bestRank) {
        best = n;
        bestRank = rank;
      }
    }
    return best;
  }

  private static boolean typeMatches(JsonNode n, String regex) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (x.isTextual() && x.asText().matches(regex)) {
          return true;
        }
      }
      return false;
    }
    return t.isTextual() && t.asText().matches(regex);
  }

  /** The text at {@code path} (following the first element of arrays), or null. */
  private static String text(JsonNode n, String... path) {
    JsonNode cur = n;
    for (String p : path) {
      if (cur == null) {
        return null;
      }
      if (cur.isArray()) {
        cur = cur.size() > 0 ? cur.get(0) : null;
        if (cur == null) {
          return null;
        }
      }
      cur = cur.get(p);
    }
    if (cur != null && cur.isArray()) {
      cur = cur.size() > 0 ? cur.get(0) : null;
    }
    if (cur == null || !cur.isValueNode()) {
      return null;
    }
    return blankToNull(cur.asText());
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
