package org.warta.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.io.CodePointOffsets;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.TimeExpression;

/**
 * Writes the records as flat CSV tables (RFC 4180, UTF-8, header row), one file per layer, each row
 * carrying its {@code article} id: {@code articles.csv}, {@code entities.csv}, {@code
 * quantities.csv}, {@code times.csv}, {@code quotes.csv}, {@code claims.csv}, {@code events.csv}.
 * Offsets are code points into the record's text, as in the JSON record; lists of ids are joined
 * with {@code ;}.
 */
public final class CsvExport {
  static final Map<String, String[]> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put(
        "articles",
        new String[] {
          "article", "story", "published", "language", "outlet", "url", "path", "title"
        });
    HEADERS.put("entities", new String[] {"article", "id", "type", "name", "mentions", "forms"});
    HEADERS.put(
        "quantities",
        new String[] {
          "article",
          "id",
          "text",
          "start",
          "end",
          "value",
          "low",
          "high",
          "approx",
          "object",
          "category"
        });
    HEADERS.put("times", new String[] {"article", "id", "text", "start", "end", "type", "value"});
    HEADERS.put(
        "quotes",
        new String[] {"article", "id", "text", "start", "end", "speaker", "speaker_text"});
    HEADERS.put(
        "claims",
        new String[] {
          "article",
          "id",
          "text",
          "start",
          "end",
          "source_entity",
          "source_text",
          "channel_text",
          "modality",
          "cue",
          "quantities",
          "times"
        });
    HEADERS.put(
        "events",
        new String[] {
          "article",
          "id",
          "type",
          "cameo",
          "trigger",
          "start",
          "end",
          "actors",
          "targets",
          "places",
          "time",
          "quantities"
        });
  }

  private CsvExport() {}

  /** Writes the tables into {@code dir}; returns the number of articles. */
  public static long write(OpenIndex index, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Writer> out = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String[]> e : HEADERS.entrySet()) {
        Writer w =
            new BufferedWriter(
                Files.newBufferedWriter(dir.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8));
        out.put(e.getKey(), w);
        row(w, (Object[]) e.getValue());
      }
      long n = 0;
      for (int doc : index.records().allDocs()) {
        write(index.records().record(doc), index.records().story(doc), out);
        n++;
      }
      return n;
    } finally {
      for (Writer w : out.values()) {
        w.close();
      }
    }
  }

  private static void write(ArticleRecord r, String story, Map<String, Writer> out)
      throws IOException {
    CodePointOffsets cp = new CodePointOffsets(r.text());
    String a = r.id();
    row(
        out.get("articles"),
        a,
        story,
        r.published(),
        r.language(),
        r.source().outlet(),
        r.source().url(),
        r.source().path(),
        r.title());
    for (Entity e : r.entities()) {
      List<String> forms = new ArrayList<>();
      for (Mention m : e.mentions()) {
        if (!forms.contains(m.text())) {
          forms.add(m.text());
        }
      }
      row(
          out.get("entities"),
          a,
          e.id(),
          e.type().name(),
          e.name(),
          e.mentions().size(),
          String.join(";", forms));
    }
    for (Quantity q : r.quantities()) {
      row(
          out.get("quantities"),
          a,
          q.id(),
          q.text(),
          cp.toCodePoint(q.start()),
          cp.toCodePoint(q.end()),
          num(q.value()),
          num(q.low()),
          num(q.high()),
          q.approx().code(),
          q.object(),
          q.category());
    }
    for (TimeExpression t : r.times()) {
      row(
          out.get("times"),
          a,
          t.id(),
          t.text(),
          cp.toCodePoint(t.start()),
          cp.toCodePoint(t.end()),
          t.type().name(),
          t.value());
    }
    for (Quote q : r.quotes()) {
      row(
          out.get("quotes"),
          a,
          q.id(),
          q.text(),
          cp.toCodePoint(q.start()),
          cp.toCodePoint(q.end()),
          q.speaker(),
          q.speakerText());
    }
    for (Claim c : r.claims()) {
      row(
          out.get("claims"),
          a,
          c.id(),
          c.text(),
          cp.toCodePoint(c.start()),
          cp.toCodePoint(c.end()),
          c.source() == null ? null : c.source().entity(),
          c.source() == null ? null : c.source().text(),
          c.source() == null ? null : c.source().channelText(),
          c.modality().code(),
          c.cue() == null ? null : c.cue().text(),
          String.join(";", c.quantities()),
          String.join(";", c.times()));
    }
    for (Event e : r.events()) {
      row(
          out.get("events"),
          a,
          e.id(),
          e.type().name(),
          e.type().cameo(),
          e.trigger().text(),
          cp.toCodePoint(e.trigger().start()),
          cp.toCodePoint(e.trigger().end()),
          String.join(";", e.actors()),
          String.join(";", e.targets()),
          String.join(";", e.places()),
          e.time(),
          String.join(";", e.quantities()));
    }
  }

  private static String num(Double v) {
    if (v == null) {
      return null;
    }
    return v == Math.rint(v) && Math.abs(v) < 9e15
        ? Long.toString(v.longValue())
        : Double.toString(v);
  }

  static void row(Writer w, Object... cells) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      Object c = cells[i];
      if (c == null) {
        continue;
      }
      String s = c.toString();
      if (s.indexOf(',') >= 0
          || s.indexOf('"') >= 0
          || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    b.append("\r\n");
    w.write(b.toString());
  }
}
