package org.warta.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.ClaimSource;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Removal;
import org.warta.model.Sentence;
import org.warta.model.TimeExpression;

/**
 * Writes {@link ArticleRecord}s as JSON following the record contract ({@code
 * docs/record.schema.json}): one object per line, offsets in Unicode code points.
 *
 * <p>Removed-span offsets are converted against the original input, which the record does not
 * carry; they are written in UTF-16 units unless {@link #write(ArticleRecord, String, Writer)} is
 * given the original. Thread-safe.
 */
public final class RecordJsonWriter {
  private final JsonFactory factory = new JsonFactory();

  /** The record as one line of JSON, without the newline. */
  public String toJson(ArticleRecord record, String original) {
    StringWriter out = new StringWriter();
    write(record, original, out);
    return out.toString();
  }

  /**
   * Writes the record as one JSON object (no newline). The writer is used but not closed.
   *
   * @param original the original input the removals point into, or null to write them as UTF-16
   */
  public void write(ArticleRecord record, String original, Writer out) {
    CodePointOffsets cp = new CodePointOffsets(record.text());
    CodePointOffsets cpOriginal = original == null ? null : new CodePointOffsets(original);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(new SerializedString(""));
      g.writeStartObject();
      g.writeStringField("id", record.id());
      g.writeObjectFieldStart("source");
      writeNullable(g, "path", record.source().path());
      writeNullable(g, "url", record.source().url());
      writeNullable(g, "outlet", record.source().outlet());
      if (record.source().encoding() != null) {
        g.writeStringField("encoding", record.source().encoding());
      }
      g.writeEndObject();
      writeNullable(g, "published", record.published());
      g.writeStringField("language", record.language());
      g.writeStringField("title", record.title());
      g.writeStringField("text", record.text());

      g.writeArrayFieldStart("removed");
      for (Removal r : record.removed()) {
        g.writeStartObject();
        g.writeStringField("text", r.text());
        g.writeStringField("reason", r.reason());
        g.writeNumberField(
            "start", cpOriginal == null ? r.start() : cpOriginal.toCodePoint(r.start()));
        g.writeNumberField("end", cpOriginal == null ? r.end() : cpOriginal.toCodePoint(r.end()));
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("sentences");
      for (Sentence s : record.sentences()) {
        g.writeStartObject();
        g.writeNumberField("start", cp.toCodePoint(s.start()));
        g.writeNumberField("end", cp.toCodePoint(s.end()));
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("entities");
      for (Entity e : record.entities()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
          writeSpan(g, m, cp);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("quantities");
      for (Quantity q : record.quantities()) {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("text", q.text());
        g.writeNumberField("start", cp.toCodePoint(q.start()));
        g.writeNumberField("end", cp.toCodePoint(q.end()));
        g.writeFieldName("value");
        writeNumber(g, q.value());
        g.writeFieldName("low");
        writeNumber(g, q.low());
        g.writeFieldName("high");
        writeNumber(g, q.high());
        g.writeStringField("approx", q.approx().code());
        writeNullable(g, "object", q.object());
        writeNullable(g, "category", q.category());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("times");
      for (TimeExpression t : record.times()) {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("text", t.text());
        g.writeNumberField("start", cp.toCodePoint(t.start()));
        g.writeNumberField("end", cp.toCodePoint(t.end()));
        g.writeStringField("type", t.type().name());
        writeNullable(g, "value", t.value());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("quotes");
      for (Quote q : record.quotes()) {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("text", q.text());
        g.writeNumberField("start", cp.toCodePoint(q.start()));
        g.writeNumberField("end", cp.toCodePoint(q.end()));
        writeNullable(g, "speaker", q.speaker());
        writeNullable(g, "speaker_text", q.speakerText());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("claims");
      for (Claim c : record.claims()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("text", c.text());
        g.writeNumberField("start", cp.toCodePoint(c.start()));
        g.writeNumberField("end", cp.toCodePoint(c.end()));
        ClaimSource s = c.source();
        if (s == null) {
          g.writeNullField("source");
        } else {
          g.writeObjectFieldStart("source");
          writeNullable(g, "entity", s.entity());
          g.writeStringField("text", s.text());
          if (s.channelText() != null) {
            g.writeObjectFieldStart("channel");
            writeNullable(g, "entity", s.channelEntity());
            g.writeStringField("text", s.channelText());
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeStringField("modality", c.modality().code());
        if (c.cue() == null) {
          g.writeNullField("cue");
        } else {
          g.writeFieldName("cue");
          writeSpan(g, c.cue(), cp);
        }
        writeStrings(g, "quantities", c.quantities());
        writeStrings(g, "times", c.times());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("events");
      for (Event e : record.events()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        writeNullable(g, "cameo", e.type().cameo());
        g.writeFieldName("trigger");
        writeSpan(g, e.trigger(), cp);
        writeStrings(g, "actors", e.actors());
        writeStrings(g, "targets", e.targets());
        writeStrings(g, "places", e.places());
        writeNullable(g, "time", e.time());
        writeStrings(g, "quantities", e.quantities());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeSpan(JsonGenerator g, Mention m, CodePointOffsets cp)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("text", m.text());
    g.writeNumberField("start", cp.toCodePoint(m.start()));
    g.writeNumberField("end", cp.toCodePoint(m.end()));
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeNullable(JsonGenerator g, String field, String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  /** Integral values as integers ({@code 15000}, not {@code 15000.0}). */
  private static void writeNumber(JsonGenerator g, Double value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value == Math.rint(value) && Math.abs(value) < 9.0e15) {
      g.writeNumber(value.longValue());
    } else {
      g.writeNumber(value);
    }
  }
}
