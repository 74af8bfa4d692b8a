package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;

/** Every entity mention of an article in text order, for looking up who a phrase names. */
public final class EntityIndex {
  /** One mention with its entity. */
  public record Ref(String entity, EntityType type, String name, Mention mention) {
    public int start() {
      return mention.start();
    }

    public int end() {
      return mention.end();
    }

    public boolean isPerson() {
      return type == EntityType.PERSON;
    }
  }

  private final List<Ref> refs;

  public EntityIndex(List<Entity> entities) {
    List<Ref> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        all.add(new Ref(e.id(), e.type(), e.name(), m));
      }
    }
    all.sort(Comparator.comparingInt(Ref::start).thenComparingInt(r -> -r.end()));
    this.refs = List.copyOf(all);
  }

  public List<Ref> refs() {
    return refs;
  }

  /** Mentions that overlap {@code [start, end)}, in text order. */
  public List<Ref> overlapping(int start, int end) {
    List<Ref> out = new ArrayList<>();
    int i = firstEndingAfter(start);
    for (; i < refs.size() && refs.get(i).start() < end; i++) {
      Ref r = refs.get(i);
      if (r.end() > start) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The entity a phrase {@code [start, end)} names: the last person mentioned inside it (titles
   * come before names: {@code kepala kabinet Ernesto Alvarez}); else a mention that covers the
   * phrase or starts it ({@code KCNA mengutip…}, {@code Korea Selatan}); else null. A mention that
   * only modifies a common noun ({@code pejabat Barat}) does not make the phrase that entity.
   */
  public Ref named(int start, int end, int phraseWordStart) {
    Ref person = null;
    Ref initial = null;
    for (Ref r : overlapping(start, end)) {
      boolean inside = r.start() >= start && r.end() <= end;
      boolean covers = r.start() <= start && r.end() >= end;
      if (r.isPerson() && (inside || covers)) {
        person = r;
      } else if (initial == null && (covers || (inside && r.start() <= phraseWordStart))) {
        initial = r;
      }
    }
    return person != null ? person : initial;
  }

  private int firstEndingAfter(int pos) {
    // refs are sorted by start; mentions are short, so back off a little from the first start >=
    // pos
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    while (lo > 0 && refs.get(lo - 1).end() > pos) {
      lo--;
    }
    return lo;
  }
}
