package org.warta.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.model.Approx;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.ClaimSource;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Mention;
import org.warta.model.Modality;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Removal;
import org.warta.model.Sentence;
import org.warta.model.SourceInfo;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;

/**
 * Reads the JSON record that {@link RecordJsonWriter} writes back into an {@link ArticleRecord},
 * converting code-point offsets to UTF-16. {@code removed[]} offsets are kept as they are (they
 * point into an original input the record does not carry), so writing the record again with no
 * original gives the same line.
 *
 * <p>Every span is checked: offsets inside the text and the covered text equal to the span's own
 * text; a record that fails is refused with a reason rather than indexed with wrong offsets.
 * Thread-safe.
 */
public final class RecordJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A line that is not a valid record. */
  public static final class BadRecordException extends Exception {
    public BadRecordException(String message) {
      super(message);
    }
  }

  /** Parses one JSON object. */
  public ArticleRecord read(String json) throws BadRecordException {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadRecordException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (n == null || !n.isObject()) {
      throw new BadRecordException("not a JSON object");
    }
    ArticleRecord record;
    try {
      record = read(n);
    } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
      throw new BadRecordException("not a Warta record (" + e.getMessage() + ")");
    }
    // spans inside the text, ids that resolve: what the index and the UI rely on
    List<String> problems = org.warta.analysis.RecordValidator.problems(record);
    if (!problems.isEmpty()) {
      throw new BadRecordException(
          "inconsistent record ("
              + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
              + (problems.size() > 3 ? "; …" : "")
              + ")");
    }
    return record;
  }

  private static ArticleRecord read(JsonNode n) throws BadRecordException {
    String text = req(n, "text");
    String id = req(n, "id");
    Offsets off = new Offsets(text);
    JsonNode src = n.path("source");
    SourceInfo source =
        new SourceInfo(str(src, "path"), str(src, "url"), str(src, "outlet"), str(src, "encoding"));
    List<Removal> removed = new ArrayList<>();
    for (JsonNode r : n.path("removed")) {
      removed.add(
          new Removal(
              req(r, "text"), req(r, "reason"), r.path("start").asInt(), r.path("end").asInt()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.path("sentences")) {
      sentences.add(new Sentence(off.start(s), off.end(s)));
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        mentions.add(off.mention(m));
      }
      entities.add(
          new Entity(req(e, "id"), EntityType.valueOf(req(e, "type")), req(e, "name"), mentions));
    }
    List<Quantity> quantities = new ArrayList<>();
    for (JsonNode q : n.path("quantities")) {
      quantities.add(
          off.checked(
              new Quantity(
                  req(q, "id"),
                  req(q, "text"),
                  off.start(q),
                  off.end(q),
                  q.path("value").asDouble(),
                  dbl(q, "low"),
                  dbl(q, "high"),
                  Approx.valueOf(req(q, "approx").toUpperCase(Locale.ROOT)),
                  str(q, "object"),
                  str(q, "category")),
              q));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (JsonNode t : n.path("times")) {
      times.add(
          off.checked(
              new TimeExpression(
                  req(t, "id"),
                  req(t, "text"),
                  off.start(t),
                  off.end(t),
                  TimeType.valueOf(req(t, "type")),
                  str(t, "value")),
              t));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      quotes.add(
          off.checked(
              new Quote(
                  req(q, "id"),
                  req(q, "text"),
                  off.start(q),
                  off.end(q),
                  str(q, "speaker"),
                  str(q, "speaker_text")),
              q));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : n.path("claims")) {
      JsonNode s = c.path("source");
      ClaimSource cs = null;
      if (s.isObject()) {
        JsonNode ch = s.path("channel");
        cs = new ClaimSource(str(s, "entity"), req(s, "text"), str(ch, "entity"), str(ch, "text"));
      }
      JsonNode cue = c.path("cue");
      claims.add(
          off.checked(
              new Claim(
                  req(c, "id"),
                  req(c, "text"),
                  off.start(c),
                  off.end(c),
                  cs,
                  Modality.valueOf(req(c, "modality").toUpperCase(Locale.ROOT)),
                  cue.isObject() ? off.mention(cue) : null,
                  strings(c.path("quantities")),
                  strings(c.path("times"))),
              c));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      events.add(
          new Event(
              req(e, "id"),
              EventType.valueOf(req(e, "type")),
              off.mention(e.path("trigger")),
              strings(e.path("actors")),
              strings(e.path("targets")),
              strings(e.path("places")),
              str(e, "time"),
              strings(e.path("quantities"))));
    }
    return new ArticleRecord(
        id,
        source,
        str(n, "published"),
        req(n, "language"),
        n.path("title").asText(""),
        text,
        removed,
        sentences,
        entities,
        quantities,
        times,
        quotes,
        claims,
        events);
  }

  private static String req(JsonNode n, String field) throws BadRecordException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new BadRecordException("missing string field '" + field + "'");
    }
    return v.asText();
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  private static Double dbl(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(v.asText());
    }
    return out;
  }

  /** Code-point offsets of one text to UTF-16, with the span checks. */
  private static final class Offsets {
    private final String text;
    private final int codePoints;
    private final boolean simple;

    Offsets(String text) {
      this.text = text;
      this.codePoints = text.codePointCount(0, text.length());
      this.simple = codePoints == text.length();
    }

    int toUtf16(int cp) throws BadRecordException {
      if (cp < 0 || cp > codePoints) {
        throw new BadRecordException("offset " + cp + " outside the text (" + codePoints + ")");
      }
      return simple ? cp : text.offsetByCodePoints(0, cp);
    }

    int start(JsonNode n) throws BadRecordException {
      return toUtf16(n.path("start").asInt(-1));
    }

    int end(JsonNode n) throws BadRecordException {
      int end = toUtf16(n.path("end").asInt(-1));
      if (end < start(n)) {
        throw new BadRecordException("span ends before it starts");
      }
      return end;
    }

    Mention mention(JsonNode m) throws BadRecordException {
      return checked(new Mention(req(m, "text"), start(m), end(m)), m);
    }

    <T extends org.warta.model.Spanned> T checked(T span, JsonNode n) throws BadRecordException {
      JsonNode t = n.get("text");
      if (t != null
          && t.isTextual()
          && !text.substring(span.start(), span.end()).equals(t.asText())) {
        throw new BadRecordException(
            "span text '" + abbreviate(t.asText()) + "' does not match its offsets");
      }
      return span;
    }

    private static String abbreviate(String s) {
      return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
  }
}
