package org.warta.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Removal;
import org.warta.model.TimeExpression;

/**
 * Renders one record as HTML: the cleaned text with every annotation layer highlighted in place
 * (entities, quantities, times, quotes, claims, event triggers), toggles to show or hide each
 * layer, the removed boilerplate, and a table per layer.
 *
 * <p>Each annotation becomes a {@code <mark>}; the first piece of each is focusable and carries in
 * {@code data-tip} its normalised value and who says so (shown on hover and focus by {@code
 * app.js}, and as a {@code title} without JavaScript).
 *
 * <p>Design decision: annotations of different layers overlap freely (a claim across a quote, a
 * quantity inside both), while HTML elements must nest. The text is cut at every annotation
 * boundary and walked once with a stack of open marks: where an annotation would cross the end of
 * one opened before it, it is closed and reopened, so it is rendered in several pieces that share
 * its id in {@code data-ann}. Pieces are linear in the number of boundaries.
 */
final class ArticleView {
  /** The annotation layers, outermost first (the order marks nest in when they share a span). */
  enum Layer {
    QUOTES("quotes", "Quotes"),
    CLAIMS("claims", "Claims"),
    EVENTS("events", "Events"),
    ENTITIES("entities", "Entities"),
    QUANTITIES("quantities", "Quantities"),
    TIMES("times", "Times"),
    REMOVED("removed", "Removed");

    final String key;
    final String label;

    Layer(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  private record Ann(Layer layer, String id, int start, int end, String css, String tip) {}

  private final ArticleRecord r;
  private final boolean linkEntities;
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, TimeExpression> times = new HashMap<>();
  private final Map<String, Quantity> quantities = new HashMap<>();
  private final Map<String, Claim> claimOfQuantity = new HashMap<>();
  private final Map<String, Claim> claimOfTime = new HashMap<>();

  /**
   * @param linkEntities whether entity names link to their page in the index (false for an article
   *     analyzed on the fly)
   */
  ArticleView(ArticleRecord record, boolean linkEntities) {
    this.r = record;
    this.linkEntities = linkEntities;
    record.entities().forEach(e -> entities.put(e.id(), e));
    record.times().forEach(t -> times.put(t.id(), t));
    record.quantities().forEach(q -> quantities.put(q.id(), q));
    for (Claim c : record.claims()) {
      c.quantities().forEach(q -> claimOfQuantity.putIfAbsent(q, c));
      c.times().forEach(t -> claimOfTime.putIfAbsent(t, c));
    }
  }

  /** The whole article section. */
  String render() {
    Html h = new Html();
    h.raw("<article class=\"record\" id=\"record\" data-id=\"").text(r.id()).raw("\">");
    h.raw("<h1 class=\"title\">").text(r.title()).raw("</h1>");
    meta(h);
    toggles(h);
    h.raw("<div class=\"layout\"><div class=\"text-col\">");
    h.raw("<h2 class=\"visually-hidden\">Text</h2>");
    h.raw("<div class=\"text\" id=\"text\" lang=\"").text(r.language()).raw("\">");
    h.raw(annotatedText());
    h.raw("</div>");
    h.raw(
        "<div class=\"tip\" id=\"tip\" role=\"status\" aria-live=\"polite\"><span"
            + " class=\"tip-hint\">Hover over or tab to a highlighted span to see its value and"
            + " source.</span></div>");
    h.raw("</div><div class=\"layers-col\">");
    tables(h);
    h.raw("</div></div></article>");
    return h.toString();
  }

  private void meta(Html h) {
    h.raw("<dl class=\"meta\">");
    item(h, "Outlet", r.source().outlet());
    item(h, "Published", r.published());
    item(h, "Language", r.language());
    item(h, "Id", r.id());
    if (r.source().url() != null) {
      h.raw("<div><dt>Source</dt><dd>");
      String url = r.source().url();
      if (url.startsWith("http://") || url.startsWith("https://")) {
        // The record's own source, shown as a link the reader may follow; never loaded by us.
        h.raw("<a class=\"source-url\" rel=\"noopener noreferrer nofollow\"")
            .attr("href", url)
            .raw(">")
            .text(url)
            .raw("</a>");
      } else {
        h.text(url);
      }
      h.raw("</dd></div>");
    }
    h.raw("</dl>");
  }

  private static void item(Html h, String label, String value) {
    if (value != null && !value.isBlank()) {
      h.raw("<div><dt>").text(label).raw("</dt><dd>").text(value).raw("</dd></div>");
    }
  }

  private void toggles(Html h) {
    h.raw("<fieldset class=\"toggles\"><legend>Layers</legend>");
    for (Layer l : Layer.values()) {
      int n = count(l);
      String id = "toggle-" + l.key;
      h.raw("<span class=\"toggle sw-" + l.key + "\"><input type=\"checkbox\" checked")
          .attr("id", id)
          .attr("data-layer", l.key)
          .raw("><label")
          .attr("for", id)
          .raw(">")
          .text(l.label + " (" + n + ")")
          .raw("</label></span>");
    }
    h.raw("</fieldset>");
  }

  private int count(Layer l) {
    return switch (l) {
      case ENTITIES -> r.entities().stream().mapToInt(e -> e.mentions().size()).sum();
      case QUANTITIES -> r.quantities().size();
      case TIMES -> r.times().size();
      case QUOTES -> r.quotes().size();
      case CLAIMS -> r.claims().size();
      case EVENTS -> r.events().size();
      case REMOVED -> r.removed().size();
    };
  }

  // ---- the annotated text ----

  private List<Ann> annotations() {
    List<Ann> out = new ArrayList<>();
    for (Entity e : r.entities()) {
      int i = 0;
      for (Mention m : e.mentions()) {
        String tip =
            e.type()
                + " · "
                + e.name()
                + (m.text().equals(e.name()) ? "" : " (written “" + m.text() + "”)")
                + " · "
                + e.mentions().size()
                + (e.mentions().size() == 1 ? " mention" : " mentions");
        out.add(
            new Ann(
                Layer.ENTITIES,
                e.id() + (i++ == 0 ? "" : "-" + i),
                m.start(),
                m.end(),
                "l-entities t-" + e.type().name().toLowerCase(Locale.ROOT),
                tip));
      }
    }
    for (Quantity q : r.quantities()) {
      out.add(new Ann(Layer.QUANTITIES, q.id(), q.start(), q.end(), "l-quantities", tip(q)));
    }
    for (TimeExpression t : r.times()) {
      out.add(new Ann(Layer.TIMES, t.id(), t.start(), t.end(), "l-times", tip(t)));
    }
    for (Quote q : r.quotes()) {
      out.add(new Ann(Layer.QUOTES, q.id(), q.start(), q.end(), "l-quotes", tip(q)));
    }
    for (Claim c : r.claims()) {
      out.add(new Ann(Layer.CLAIMS, c.id(), c.start(), c.end(), "l-claims", tip(c)));
    }
    for (Event e : r.events()) {
      Mention t = e.trigger();
      out.add(new Ann(Layer.EVENTS, e.id(), t.start(), t.end(), "l-events", tip(e)));
    }
    int n = r.text().length();
    out.removeIf(a -> a.start() < 0 || a.end() > n || a.start() >= a.end());
    return out;
  }

  private static final Comparator<Ann> NESTING =
      Comparator.comparingInt(Ann::start)
          .thenComparing(Comparator.comparingInt(Ann::end).reversed())
          .thenComparing(a -> a.layer().ordinal())
          .thenComparing(Ann::id);

  /** The text with marks; see the class comment for how overlaps are split. */
  String annotatedText() {
    String text = r.text();
    List<Ann> anns = annotations();
    anns.sort(NESTING);
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Ann a : anns) {
      cuts.add(a.start());
      cuts.add(a.end());
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    List<Ann> open = new ArrayList<>(); // the stack of open marks
    java.util.Set<Ann> started = new java.util.HashSet<>();
    List<Ann> active = new ArrayList<>(); // annotations covering the current position, sorted
    int next = 0; // index into anns of the next annotation to start
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        int segStart = prev;
        int segEnd = cut;
        // Annotations covering [segStart, segEnd): drop ended ones, add those starting here.
        active.removeIf(a -> a.end() <= segStart);
        while (next < anns.size() && anns.get(next).start() <= segStart) {
          Ann a = anns.get(next++);
          if (a.end() > segStart) {
            active.add(a);
          }
        }
        active.sort(NESTING);
        int common = 0;
        while (common < open.size()
            && common < active.size()
            && open.get(common) == active.get(common)) {
          common++;
        }
        for (int i = open.size() - 1; i >= common; i--) {
          out.append("</mark>");
          open.remove(i);
        }
        for (int i = common; i < active.size(); i++) {
          Ann a = active.get(i);
          openMark(out, a, started.add(a));
          open.add(a);
        }
        out.append(Html.escape(text.substring(segStart, segEnd)));
      }
      prev = cut;
    }
    for (int i = open.size() - 1; i >= 0; i--) {
      out.append("</mark>");
    }
    return out.toString();
  }

  private static void openMark(StringBuilder out, Ann a, boolean first) {
    String ann = a.layer().key + "-" + a.id();
    out.append("<mark class=\"").append(a.css()).append('"');
    out.append(" data-ann=\"").append(Html.escape(ann)).append('"');
    out.append(" data-tip=\"").append(Html.escape(a.tip())).append('"');
    if (first) {
      out.append(" id=\"").append(Html.escape(ann)).append('"');
      out.append(" tabindex=\"0\"");
      out.append(" title=\"").append(Html.escape(a.tip())).append('"');
    }
    out.append('>');
  }

  // ---- tooltips: the normalised value and who says so ----

  private String tip(Quantity q) {
    StringBuilder b = new StringBuilder("Quantity · ").append(number(q.value()));
    if (q.low() != null || q.high() != null) {
      b.append(" [")
          .append(q.low() == null ? "" : number(q.low()))
          .append("–")
          .append(q.high() == null ? "" : number(q.high()))
          .append("]");
    }
    b.append(" (").append(q.approx().code()).append(")");
    if (q.object() != null) {
      b.append(" · counts ").append(q.object());
    }
    if (q.category() != null) {
      b.append(" · ").append(q.category());
    }
    b.append(" · ").append(saidBy(claimOfQuantity.get(q.id())));
    return b.toString();
  }

  private String tip(TimeExpression t) {
    return "Time · "
        + t.type()
        + " · "
        + (t.value() == null ? "unresolved" : t.value())
        + " · "
        + saidBy(claimOfTime.get(t.id()));
  }

  private String tip(Quote q) {
    return "Quote · speaker: " + speaker(q);
  }

  private String speaker(Quote q) {
    if (q.speaker() != null && entities.containsKey(q.speaker())) {
      return entities.get(q.speaker()).name();
    }
    return q.speakerText() != null ? q.speakerText() : "unknown";
  }

  private String tip(Claim c) {
    StringBuilder b = new StringBuilder("Claim · ").append(c.modality().code());
    b.append(" · ").append(saidBy(c));
    if (!c.quantities().isEmpty()) {
      b.append(" · figures: ");
      b.append(String.join(", ", c.quantities().stream().map(this::quantityText).toList()));
    }
    return b.toString();
  }

  private String tip(Event e) {
    StringBuilder b = new StringBuilder("Event · ").append(e.type().name());
    if (e.type().cameo() != null) {
      b.append(" (CAMEO ").append(e.type().cameo()).append(")");
    }
    role(b, "actors", e.actors());
    role(b, "targets", e.targets());
    role(b, "places", e.places());
    if (e.time() != null && times.containsKey(e.time())) {
      TimeExpression t = times.get(e.time());
      b.append(" · time: ").append(t.value() != null ? t.value() : t.text());
    }
    if (!e.quantities().isEmpty()) {
      b.append(" · figures: ")
          .append(String.join(", ", e.quantities().stream().map(this::quantityText).toList()));
    }
    return b.toString();
  }

  private void role(StringBuilder b, String label, List<String> ids) {
    if (!ids.isEmpty()) {
      b.append(" · ").append(label).append(": ").append(String.join(", ", names(ids)));
    }
  }

  private List<String> names(List<String> ids) {
    return ids.stream().map(id -> entities.containsKey(id) ? entities.get(id).name() : id).toList();
  }

  private String quantityText(String id) {
    Quantity q = quantities.get(id);
    return q == null ? id : q.text();
  }

  /** "source: X (modality)" of the claim stating a fact, or the article's own voice. */
  private String saidBy(Claim c) {
    if (c == null || c.source() == null) {
      return "source: the article";
    }
    String s = "source: " + sourceName(c) + " (" + c.modality().code() + ")";
    if (c.source().channelText() != null) {
      s += " via " + c.source().channelText();
    }
    return s;
  }

  private String sourceName(Claim c) {
    if (c.source().entity() != null && entities.containsKey(c.source().entity())) {
      return entities.get(c.source().entity()).name();
    }
    return c.source().text();
  }

  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  // ---- one table per layer ----

  private void tables(Html h) {
    section(h, Layer.ENTITIES);
    if (r.entities().isEmpty()) {
      none(h);
    } else {
      h.raw("<table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th>")
          .raw("<th scope=\"col\">Mentions</th></tr></thead><tbody>");
      for (Entity e : r.entities()) {
        h.raw("<tr><td>");
        if (linkEntities) {
          h.raw("<a class=\"entity-link\"")
              .attr("href", "/entities/" + Html.url(e.name()))
              .raw(">")
              .text(e.name())
              .raw("</a>");
        } else {
          h.text(e.name());
        }
        h.raw("</td><td>").text(e.type()).raw("</td><td>");
        int i = 0;
        for (Mention m : e.mentions()) {
          String anchor = "entities-" + e.id() + (i == 0 ? "" : "-" + (i + 1));
          h.raw(i++ == 0 ? "" : ", ")
              .raw("<a")
              .attr("href", "#" + anchor)
              .raw(">")
              .text(m.text())
              .raw("</a>");
        }
        h.raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>");

    section(h, Layer.QUANTITIES);
    if (r.quantities().isEmpty()) {
      none(h);
    } else {
      h.raw("<table><thead><tr><th scope=\"col\">Text</th><th scope=\"col\">Value</th>")
          .raw("<th scope=\"col\">Hedge</th><th scope=\"col\">Counts</th>")
          .raw("<th scope=\"col\">Category</th></tr></thead><tbody>");
      for (Quantity q : r.quantities()) {
        h.raw("<tr><td>");
        anchor(h, Layer.QUANTITIES, q.id(), q.text());
        h.raw("</td><td class=\"num\">").text(number(q.value()));
        if (q.low() != null || q.high() != null) {
          h.text(
              " ["
                  + (q.low() == null ? "" : number(q.low()))
                  + "–"
                  + (q.high() == null ? "" : number(q.high()))
                  + "]");
        }
        h.raw("</td><td>")
            .text(q.approx().code())
            .raw("</td><td>")
            .text(q.object())
            .raw("</td><td>")
            .text(q.category())
            .raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>");

    section(h, Layer.TIMES);
    if (r.times().isEmpty()) {
      none(h);
    } else {
      h.raw("<table><thead><tr><th scope=\"col\">Text</th><th scope=\"col\">Type</th>")
          .raw("<th scope=\"col\">Value</th></tr></thead><tbody>");
      for (TimeExpression t : r.times()) {
        h.raw("<tr><td>");
        anchor(h, Layer.TIMES, t.id(), t.text());
        h.raw("</td><td>")
            .text(t.type())
            .raw("</td><td>")
            .text(t.value() == null ? "unresolved" : t.value())
            .raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>");

    section(h, Layer.QUOTES);
    if (r.quotes().isEmpty()) {
      none(h);
    } else {
      h.raw("<ul class=\"items\">");
      for (Quote q : r.quotes()) {
        h.raw("<li><span class=\"who\">").text(speaker(q)).raw(":</span> ");
        anchor(h, Layer.QUOTES, q.id(), clip(q.text(), 160));
        h.raw("</li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>");

    section(h, Layer.CLAIMS);
    if (r.claims().isEmpty()) {
      none(h);
    } else {
      h.raw("<ul class=\"items\">");
      for (Claim c : r.claims()) {
        h.raw("<li><span class=\"badge\">")
            .text(c.modality().code())
            .raw("</span> <span class=\"who\">")
            .text(c.source() == null ? "the article" : sourceName(c))
            .raw(c.source() != null && c.source().channelText() != null ? " via " : "")
            .text(
                c.source() != null && c.source().channelText() != null
                    ? c.source().channelText()
                    : "")
            .raw(":</span> ");
        anchor(h, Layer.CLAIMS, c.id(), clip(c.text(), 160));
        h.raw("</li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>");

    section(h, Layer.EVENTS);
    if (r.events().isEmpty()) {
      none(h);
    } else {
      h.raw("<table><thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Trigger</th>")
          .raw("<th scope=\"col\">Who</th><th scope=\"col\">Where</th><th scope=\"col\">When</th>")
          .raw("</tr></thead><tbody>");
      for (Event e : r.events()) {
        h.raw("<tr><td>").text(e.type().name()).raw("</td><td>");
        anchor(h, Layer.EVENTS, e.id(), e.trigger().text());
        List<String> who = new ArrayList<>(names(e.actors()));
        if (!e.targets().isEmpty()) {
          who.add("→ " + String.join(", ", names(e.targets())));
        }
        TimeExpression t = e.time() == null ? null : times.get(e.time());
        h.raw("</td><td>")
            .text(String.join(" ", who))
            .raw("</td><td>")
            .text(String.join(", ", names(e.places())))
            .raw("</td><td>")
            .text(t == null ? "" : (t.value() != null ? t.value() : t.text()))
            .raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>");

    section(h, Layer.REMOVED);
    if (r.removed().isEmpty()) {
      none(h);
    } else {
      h.raw("<p class=\"note\">Taken out of the original before analysis; offsets point into")
          .raw(" the original input.</p><ul class=\"items removed\">");
      int i = 0;
      for (Removal x : r.removed()) {
        String tip =
            "Removed · " + x.reason() + " · original characters " + x.start() + "–" + x.end();
        String id = "removed-" + (++i);
        h.raw("<li><mark class=\"l-removed\" tabindex=\"0\"")
            .attr("id", id)
            .attr("data-ann", id)
            .attr("data-tip", tip)
            .attr("title", tip)
            .raw(">")
            .text(clip(x.text().strip(), 200))
            .raw("</mark> <span class=\"badge\">")
            .text(x.reason())
            .raw("</span></li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>");
  }

  private static void section(Html h, Layer l) {
    h.raw("<section class=\"layer sw-" + l.key + "\"")
        .attr("aria-labelledby", "h-" + l.key)
        .raw("><h2")
        .attr("id", "h-" + l.key)
        .raw(">")
        .text(l.label)
        .raw("</h2>");
  }

  private static void none(Html h) {
    h.raw("<p class=\"none\">None found.</p>");
  }

  private static void anchor(Html h, Layer l, String id, String text) {
    h.raw("<a").attr("href", "#" + l.key + "-" + id).raw(">").text(text).raw("</a>");
  }

  static String clip(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
