package org.warta.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Sentence;
import org.warta.model.Spanned;
import org.warta.model.TimeExpression;

/**
 * Checks the invariants every record must keep: each span lies inside the text and its {@code text}
 * equals the characters it covers; sentences are ordered and do not overlap; ids are unique within
 * their layer; every id a quote, claim or event refers to exists. Used by tests on every record
 * they produce, and available to users who post-process records.
 */
public final class RecordValidator {
  private RecordValidator() {}

  /** The violations found; empty when the record is valid. */
  public static List<String> problems(ArticleRecord r) {
    List<String> p = new ArrayList<>();
    String text = r.text();
    int previousEnd = 0;
    for (Sentence s : r.sentences()) {
      inside(p, "sentence", s, text);
      if (s.start() < previousEnd) {
        p.add("sentence " + s + " overlaps or precedes the previous one");
      }
      previousEnd = s.end();
    }
    Set<String> entityIds = ids(p, "entity", r.entities().stream().map(Entity::id).toList());
    for (Entity e : r.entities()) {
      if (e.mentions().isEmpty()) {
        p.add("entity " + e.id() + " has no mention");
      }
      for (Mention m : e.mentions()) {
        span(p, "mention of " + e.id(), m, m.text(), text);
      }
    }
    Set<String> quantityIds =
        ids(p, "quantity", r.quantities().stream().map(Quantity::id).toList());
    for (Quantity q : r.quantities()) {
      span(p, "quantity " + q.id(), q, q.text(), text);
      if (q.low() != null && q.high() != null && q.low() > q.high()) {
        p.add("quantity " + q.id() + " has low > high");
      }
    }
    Set<String> timeIds = ids(p, "time", r.times().stream().map(TimeExpression::id).toList());
    for (TimeExpression t : r.times()) {
      span(p, "time " + t.id(), t, t.text(), text);
    }
    ids(p, "quote", r.quotes().stream().map(Quote::id).toList());
    for (Quote q : r.quotes()) {
      span(p, "quote " + q.id(), q, q.text(), text);
      ref(p, "quote " + q.id() + " speaker", q.speaker(), entityIds);
    }
    ids(p, "claim", r.claims().stream().map(Claim::id).toList());
    for (Claim c : r.claims()) {
      span(p, "claim " + c.id(), c, c.text(), text);
      if (c.cue() != null) {
        span(p, "claim " + c.id() + " cue", c.cue(), c.cue().text(), text);
      }
      if (c.source() != null) {
        ref(p, "claim " + c.id() + " source", c.source().entity(), entityIds);
        ref(p, "claim " + c.id() + " channel", c.source().channelEntity(), entityIds);
      }
      c.quantities().forEach(id -> ref(p, "claim " + c.id() + " quantity", id, quantityIds));
      c.times().forEach(id -> ref(p, "claim " + c.id() + " time", id, timeIds));
    }
    ids(p, "event", r.events().stream().map(Event::id).toList());
    for (Event e : r.events()) {
      span(p, "event " + e.id() + " trigger", e.trigger(), e.trigger().text(), text);
      e.actors().forEach(id -> ref(p, "event " + e.id() + " actor", id, entityIds));
      e.targets().forEach(id -> ref(p, "event " + e.id() + " target", id, entityIds));
      e.places().forEach(id -> ref(p, "event " + e.id() + " place", id, entityIds));
      ref(p, "event " + e.id() + " time", e.time(), timeIds);
      e.quantities().forEach(id -> ref(p, "event " + e.id() + " quantity", id, quantityIds));
    }
    return p;
  }

  private static void inside(List<String> p, String what, Spanned s, String text) {
    if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
      p.add(what + " [" + s.start() + "," + s.end() + ") is outside the text");
    }
  }

  private static void span(List<String> p, String what, Spanned s, String spanText, String text) {
    if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
      p.add(what + " [" + s.start() + "," + s.end() + ") is outside the text");
    } else if (!text.substring(s.start(), s.end()).equals(spanText)) {
      p.add(
          what
              + " text '"
              + spanText
              + "' differs from the covered text '"
              + text.substring(s.start(), s.end())
              + "'");
    }
  }

  private static Set<String> ids(List<String> p, String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        p.add("duplicate " + what + " id " + id);
      }
    }
    return seen;
  }

  private static void ref(List<String> p, String what, String id, Set<String> known) {
    if (id != null && !known.contains(id)) {
      p.add(what + " refers to unknown id " + id);
    }
  }
}
