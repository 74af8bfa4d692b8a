package org.warta.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A segmented page with per-element text statistics, computed once and shared by the scorers. */
final class Page {
  /** Elements whose own text can be prose (not headings, list items, navigation, captions). */
  private static final Set<String> PROSE_OWNERS =
      Set.of("p", "div", "td", "blockquote", "pre", "section", "article", "main", "dd", "center");

  final Document doc;
  final List<Block> blocks;
  private final Segmenter segmenter;
  private final long[] charsPrefix;
  private final long[] linkPrefix;
  private final long[] goodPrefix;
  private final Map<Element, Boolean> unlikely = new IdentityHashMap<>();
  private final Map<Element, Boolean> selfUnlikely = new IdentityHashMap<>();
  private final Map<Element, String> boilerReasons = new IdentityHashMap<>();

  Page(Document doc, Segmenter segmenter) {
    this.doc = doc;
    this.segmenter = segmenter;
    this.blocks = segmenter.blocks;
    int n = blocks.size();
    charsPrefix = new long[n + 1];
    linkPrefix = new long[n + 1];
    goodPrefix = new long[n + 1];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      boolean good =
          b.chars >= 70
              && b.linkDensity() < 0.3
              && isParagraph(b)
              && PROSE_OWNERS.contains(b.owner.normalName());
      goodPrefix[i + 1] = goodPrefix[i] + (good ? b.chars : 0);
      charsPrefix[i + 1] = charsPrefix[i] + blocks.get(i).chars;
      linkPrefix[i + 1] = linkPrefix[i] + blocks.get(i).linkChars;
    }
  }

  int[] range(Element e) {
    return segmenter.range(e);
  }

  int chars(Element e) {
    int[] r = range(e);
    return r == null || r[1] < 0 ? 0 : (int) (charsPrefix[r[1]] - charsPrefix[r[0]]);
  }

  /** Characters of prose paragraphs (long, few links) inside {@code e}. */
  int goodChars(Element e) {
    int[] r = range(e);
    return r == null || r[1] < 0 ? 0 : (int) (goodPrefix[r[1]] - goodPrefix[r[0]]);
  }

  int linkChars(Element e) {
    int[] r = range(e);
    return r == null || r[1] < 0 ? 0 : (int) (linkPrefix[r[1]] - linkPrefix[r[0]]);
  }

  /** Whether block {@code b} is the whole text of a paragraph-like element. */
  boolean isParagraph(Block b) {
    if (DomCues.PARAGRAPH_TAGS.contains(b.owner.normalName())) {
      return true;
    }
    int[] r = range(b.owner);
    return r != null && r[0] == b.index && r[1] == b.index + 1;
  }

  /** {@link DomCues#boilerReason}, computed once per element ("" for none). */
  String boilerReason(Element e) {
    String r = boilerReasons.get(e);
    if (r == null) {
      r = DomCues.boilerReason(e);
      boilerReasons.put(e, r == null ? "" : r);
      return r;
    }
    return r.isEmpty() ? null : r;
  }

  /** Whether {@code e} itself looks like page chrome (tag, role or names). */
  boolean selfUnlikely(Element e) {
    Boolean cached = selfUnlikely.get(e);
    if (cached != null) {
      return cached;
    }
    boolean u;
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("a") || e instanceof Document) {
      u = false;
    } else if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
      u = true;
    } else {
      String role = e.attr("role").toLowerCase(Locale.ROOT);
      u =
          role.equals("navigation")
              || role.equals("menu")
              || role.equals("menubar")
              || role.equals("complementary")
              || role.equals("alert")
              || role.equals("alertdialog")
              || role.equals("dialog")
              || DomCues.isUnlikely(DomCues.names(e));
    }
    selfUnlikely.put(e, u);
    return u;
  }

  /** Whether {@code e} or an ancestor looks like page chrome. */
  boolean unlikely(Element e) {
    List<Element> path = new ArrayList<>();
    Boolean result = null;
    for (Element a = e; a != null; a = a.parent()) {
      Boolean c = unlikely.get(a);
      if (c != null) {
        result = c;
        break;
      }
      path.add(a);
    }
    boolean r = result != null && result;
    for (int i = path.size() - 1; i >= 0; i--) {
      Element a = path.get(i);
      r = r || selfUnlikely(a);
      unlikely.put(a, r);
    }
    return r;
  }
}
