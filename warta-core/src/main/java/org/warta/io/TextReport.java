package org.warta.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Removal;
import org.warta.model.TimeExpression;

/** A readable report of a record for a person at a terminal. Thread-safe. */
public final class TextReport {
  /** The report of {@code record}, ending with a newline. */
  public String render(ArticleRecord r) {
    StringBuilder b = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    for (Entity e : r.entities()) {
      names.put(e.id(), e.name());
    }
    b.append("== ").append(r.title().isEmpty() ? "(untitled)" : r.title()).append('\n');
    b.append("id ").append(r.id()).append("  language ").append(r.language());
    b.append("  published ").append(r.published() == null ? "unknown" : r.published());
    if (r.source().path() != null) {
      b.append("  file ").append(r.source().path());
    }
    if (r.source().outlet() != null) {
      b.append("  outlet ").append(r.source().outlet());
    }
    b.append('\n');
    b.append(r.sentences().size())
        .append(" sentences, ")
        .append(r.text().length())
        .append(" characters\n");
    section(b, "Removed", r.removed().size());
    for (Removal x : r.removed()) {
      b.append("  - [").append(x.reason()).append("] ").append(shorten(x.text(), 90)).append('\n');
    }
    section(b, "Entities", r.entities().size());
    for (Entity e : r.entities()) {
      b.append("  ").append(pad(e.type().name(), 13)).append(e.name());
      b.append("  (")
          .append(e.mentions().size())
          .append(" mention")
          .append(e.mentions().size() == 1 ? "" : "s")
          .append(")\n");
    }
    section(b, "Quantities", r.quantities().size());
    for (Quantity q : r.quantities()) {
      b.append("  ")
          .append(pad(q.id(), 5))
          .append(pad(number(q.value()), 12))
          .append(pad(q.approx().code(), 10));
      b.append(pad(q.object() == null ? "-" : q.object(), 16))
          .append(pad(q.category() == null ? "" : q.category(), 10));
      b.append(" \"").append(q.text()).append("\"\n");
    }
    section(b, "Times", r.times().size());
    for (TimeExpression t : r.times()) {
      b.append("  ")
          .append(pad(t.id(), 5))
          .append(pad(t.type().name(), 9))
          .append(pad(t.value() == null ? "?" : t.value(), 14));
      b.append(" \"").append(t.text()).append("\"\n");
    }
    section(b, "Quotes", r.quotes().size());
    for (Quote q : r.quotes()) {
      String who =
          q.speaker() != null ? names.getOrDefault(q.speaker(), q.speaker()) : q.speakerText();
      b.append("  ")
          .append(who == null ? "(unknown)" : who)
          .append(": \"")
          .append(shorten(q.text(), 100))
          .append("\"\n");
    }
    section(b, "Claims", r.claims().size());
    for (Claim c : r.claims()) {
      b.append("  ").append(pad(c.modality().code(), 10));
      b.append(
          pad(
              c.source() == null
                  ? "(article)"
                  : c.source().text()
                      + (c.source().channelText() == null
                          ? ""
                          : " via " + c.source().channelText()),
              28));
      b.append(shorten(c.text(), 90)).append('\n');
    }
    section(b, "Events", r.events().size());
    for (Event e : r.events()) {
      b.append("  ")
          .append(pad(e.type().name(), 14))
          .append("\"")
          .append(e.trigger().text())
          .append("\"");
      appendIds(b, " actors", e.actors(), names);
      appendIds(b, " targets", e.targets(), names);
      appendIds(b, " places", e.places(), names);
      if (e.time() != null) {
        for (TimeExpression t : r.times()) {
          if (t.id().equals(e.time())) {
            b.append(" time=").append(t.value() == null ? t.text() : t.value());
          }
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static void appendIds(
      StringBuilder b, String label, List<String> ids, Map<String, String> names) {
    if (ids.isEmpty()) {
      return;
    }
    b.append(label).append('=');
    for (int i = 0; i < ids.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(names.getOrDefault(ids.get(i), ids.get(i)));
    }
  }

  private static void section(StringBuilder b, String name, int count) {
    b.append("-- ").append(name).append(" (").append(count).append(")\n");
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 9e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    if (b.length() == s.length()) {
      b.append(' ');
    }
    return b.toString();
  }

  private static String shorten(String s, int max) {
    String one = s.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
