package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.TimeExpression;

/**
 * Figures across articles and the conflicts between them.
 *
 * <h2>How slots are matched</h2>
 *
 * A figure is a quantity with a category (not {@code age} or {@code percent}). Two figures fill the
 * same slot when they have the same <b>story</b> group ({@link StoryGrouper}), the same
 * <b>category</b>, the same <b>object</b> for categories that are not about people ({@code 223
 * rumah} and {@code 4 fasilitas} are different slots of {@code damaged}; for {@code killed}, {@code
 * orang}, {@code korban} and {@code warga} are one), and the same <b>place</b>: the single place of
 * the event that the quantity measures ({@code Kabupaten Lebak} = {@code Lebak}); a figure whose
 * event has no place or several is story-wide. So a story-wide toll and a per-district count are
 * never compared. The full rules and examples are in {@code docs/figures.md}.
 *
 * <h2>Conflicts</h2>
 *
 * Each figure is an interval from its hedge: exact {@code [v,v]}; {@code about} {@code
 * [0.9v,1.1v]}; {@code close_to} {@code [0.9v,v]}; {@code at_least}/{@code more_than} {@code
 * [v,∞)}; {@code at_most}/{@code less_than} {@code [0,v]}; a range its bounds; vague amounts never
 * conflict. Two figures from different articles conflict when their intervals do not overlap
 * ({@code sekitar 4} vs {@code 6} do; {@code setidaknya 4} vs {@code 6} do not). A conflict is an
 * {@code update} when the two were published at different times (tolls are revised), a {@code
 * disagreement} when the same day without a time telling them apart.
 */
public final class Figures {
  private static final Set<String> HUMAN =
      Set.of("killed", "injured", "missing", "displaced", "evacuated", "arrested", "survived");
  private static final Set<String> NOT_FIGURES = Set.of("age", "percent");
  private static final int MAX_ARTICLES = 100_000;

  private final OpenIndex index;

  public Figures(OpenIndex index) {
    this.index = index;
  }

  /**
   * The slots of the articles matching {@code filter} (null for all), only of {@code category} when
   * it is given; conflicts first, then slots with more articles.
   */
  public List<FigureSlot> slots(Query filter, String category) throws IOException {
    List<Integer> docs = new ArrayList<>();
    if (filter == null) {
      docs.addAll(index.records().allDocs());
    } else {
      for (ScoreDoc sd : index.searcher().search(filter, MAX_ARTICLES).scoreDocs) {
        docs.add(sd.doc);
      }
    }
    Map<String, List<FigureSlot.Figure>> bySlot = new LinkedHashMap<>();
    Map<String, String[]> slotInfo = new HashMap<>();
    Map<String, String[]> storyTitle = new HashMap<>(); // story -> {published, title}
    for (int doc : docs) {
      ArticleRecord r = index.records().record(doc);
      String story = index.records().story(doc);
      storyTitle.merge(
          story,
          new String[] {r.published() == null ? "~" : r.published(), r.title()},
          (a, b) -> a[0].compareTo(b[0]) <= 0 ? a : b);
      collect(r, story, category, bySlot, slotInfo);
    }
    List<FigureSlot> out = new ArrayList<>();
    for (Map.Entry<String, List<FigureSlot.Figure>> e : bySlot.entrySet()) {
      List<FigureSlot.Figure> values = e.getValue();
      values.sort(
          Comparator.comparing(
                  FigureSlot.Figure::published, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(FigureSlot.Figure::article));
      markHeadlines(values);
      List<FigureSlot.Disagreement> pairs = disagreements(values);
      Set<String> kinds = new TreeSet<>();
      pairs.forEach(p -> kinds.add(p.kind()));
      String[] info = slotInfo.get(e.getKey());
      out.add(
          new FigureSlot(
              info[0],
              storyTitle.get(info[0])[1],
              info[1],
              info[2],
              info[3],
              !pairs.isEmpty(),
              kinds.isEmpty() ? null : String.join(" and ", kinds),
              values,
              pairs));
    }
    out.sort(
        Comparator.comparing((FigureSlot s) -> !s.conflict())
            .thenComparing(s -> -articles(s))
            .thenComparing(FigureSlot::story)
            .thenComparing(FigureSlot::category));
    return out;
  }

  private static long articles(FigureSlot s) {
    return s.values().stream().map(FigureSlot.Figure::article).distinct().count();
  }

  private static void collect(
      ArticleRecord r,
      String story,
      String category,
      Map<String, List<FigureSlot.Figure>> bySlot,
      Map<String, String[]> slotInfo) {
    Map<String, Entity> entities = new HashMap<>();
    for (Entity e : r.entities()) {
      entities.put(e.id(), e);
    }
    Map<String, String> times = new HashMap<>();
    for (TimeExpression t : r.times()) {
      times.put(t.id(), t.value());
    }
    Map<String, Event> eventOf = new HashMap<>();
    for (Event ev : r.events()) {
      for (String q : ev.quantities()) {
        eventOf.putIfAbsent(q, ev);
      }
    }
    Map<String, Claim> claimOf = new HashMap<>();
    for (Claim c : r.claims()) {
      for (String q : c.quantities()) {
        claimOf.putIfAbsent(q, c);
      }
    }
    for (Quantity q : r.quantities()) {
      String cat = q.category();
      if (cat == null || NOT_FIGURES.contains(cat) || (category != null && !category.equals(cat))) {
        continue;
      }
      String object =
          HUMAN.contains(cat) || q.object() == null ? null : EntityNames.key(q.object());
      Event ev = eventOf.get(q.id());
      String place = null;
      String placeName = null;
      String time = null;
      if (ev != null) {
        if (ev.places().size() == 1 && entities.containsKey(ev.places().get(0))) {
          placeName = entities.get(ev.places().get(0)).name();
          place = EntityNames.placeKey(placeName);
        }
        time = ev.time() == null ? null : times.get(ev.time());
      }
      Claim c = claimOf.get(q.id());
      String source = null;
      String modality = null;
      if (c != null) {
        modality = c.modality().code();
        if (c.source() != null) {
          Entity se = c.source().entity() == null ? null : entities.get(c.source().entity());
          source = se != null ? se.name() : c.source().text();
        }
      }
      String key = story + "\u0000" + cat + "\u0000" + object + "\u0000" + place;
      slotInfo.putIfAbsent(key, new String[] {story, cat, object, placeName});
      bySlot
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new FigureSlot.Figure(
                  q.value(),
                  q.low(),
                  q.high(),
                  q.approx().code(),
                  q.text(),
                  source,
                  modality,
                  r.source().outlet(),
                  r.published(),
                  r.id(),
                  time,
                  false));
    }
  }

  /**
   * Marks each article's figure for the slot: its largest. Tolls are cumulative, so the largest
   * story-wide number an article gives is its current total; smaller ones are breakdowns ("dua di
   * Lebak") whose place was not recognised, or earlier counts it cites ("sebelumnya empat").
   */
  static void markHeadlines(List<FigureSlot.Figure> values) {
    Map<String, Integer> best = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      FigureSlot.Figure f = values.get(i);
      best.merge(f.article(), i, (a, b) -> values.get(b).value() > values.get(a).value() ? b : a);
    }
    for (int i : best.values()) {
      values.set(i, values.get(i).asHeadline());
    }
  }

  /**
   * The pairs of headline figures from different articles whose intervals do not overlap, at most
   * one pair per two articles.
   */
  static List<FigureSlot.Disagreement> disagreements(List<FigureSlot.Figure> values) {
    List<FigureSlot.Disagreement> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        FigureSlot.Figure a = values.get(i);
        FigureSlot.Figure b = values.get(j);
        if (!a.headline() || !b.headline() || a.article().equals(b.article())) {
          continue;
        }
        double[] x = interval(a);
        double[] y = interval(b);
        if (x == null || y == null) {
          continue;
        }
        if (Math.max(x[0], y[0]) > Math.min(x[1], y[1])) {
          out.add(new FigureSlot.Disagreement(i, j, sameTime(a, b) ? "disagreement" : "update"));
        }
      }
    }
    return out;
  }

  /** The interval a hedged figure allows, or null when it allows anything. */
  static double[] interval(FigureSlot.Figure f) {
    double v = f.value();
    switch (f.approx()) {
      case "exact":
        return new double[] {v, v};
      case "about":
        return new double[] {v * 0.9, v * 1.1};
      case "close_to":
        return new double[] {v * 0.9, v};
      case "at_least":
      case "more_than":
        return new double[] {v, Double.POSITIVE_INFINITY};
      case "at_most":
      case "less_than":
        return new double[] {0, v};
      case "range":
        return new double[] {
          f.low() == null ? v : f.low(), f.high() == null ? Double.POSITIVE_INFINITY : f.high()
        };
      default:
        return null;
    }
  }

  /**
   * Whether two figures were published at the same time as far as the dates tell: the same day with
   * no time of day on at least one of them, or the same date-time.
   */
  static boolean sameTime(FigureSlot.Figure a, FigureSlot.Figure b) {
    String pa = a.published();
    String pb = b.published();
    if (pa == null || pb == null) {
      return true;
    }
    if (pa.length() < 10 || pb.length() < 10 || !pa.substring(0, 10).equals(pb.substring(0, 10))) {
      return false;
    }
    boolean timeA = pa.length() > 10;
    boolean timeB = pb.length() > 10;
    return !(timeA && timeB) || pa.equals(pb);
  }
}
