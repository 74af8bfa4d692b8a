package org.warta.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.clean.OffsetMap;
import org.warta.ingest.ArticleMetadata;
import org.warta.model.CharSpan;
import org.warta.model.Removal;

/**
 * Finds the article in an HTML news page: its headline, body paragraphs and metadata, and what was
 * dropped and why. A scorer over the page's text blocks chooses the article container; blocks
 * inside it that are page furniture are dropped; the remaining text goes through the same {@link
 * ArticleCleaner} as plain-text articles, so line-level rules ("Baca juga: ...", bylines, photo
 * credits, datelines) apply to pages too and the text is built exactly the same way.
 *
 * <h2>Signals and weights</h2>
 *
 * <ol>
 *   <li><b>Paragraph score</b> (after Readability): each block of at least 25 characters scores
 *       {@code 1 + commas + min(length/100, 3)}; the score goes to its container (a {@code <p>}'s
 *       parent, or a {@code div} holding the text directly) with weight 1, the next ancestor 1/2,
 *       and ancestors at level {@code k >= 2} up to 4 with weight {@code 1/(3k)}.
 *   <li><b>Tag prior</b> of a candidate container: {@code div} +5; {@code pre}, {@code td}, {@code
 *       blockquote} +3; lists, {@code form}, {@code address} -3; headings, {@code th} -5.
 *   <li><b>Class/id cues</b>: +25 for names like {@code article}, {@code content}, {@code entry},
 *       {@code post}, {@code story}, {@code body}, {@code detail}; -25 for {@code comment}, {@code
 *       share}, {@code related}, {@code sidebar}, {@code footer}, {@code promo}, {@code ad}, ...
 *       (see {@code DomCues}); per attribute (class, id).
 *   <li><b>Link density</b>: a candidate's score is multiplied by {@code 1 - linkChars/chars}.
 *   <li><b>Unlikely regions</b>: blocks under navigation, menus, comments, sidebars, footers,
 *       related rails, share bars ({@code nav}, {@code aside}, {@code footer}, ARIA roles, names)
 *       do not score, unless the name also says {@code article}/{@code content}/{@code body}. If
 *       that leaves less than 500 characters, extraction is retried without this filter and the
 *       longer result wins.
 *   <li><b>Structure</b>: the best candidate moves up to an ancestor shared by three other
 *       candidates scoring at least 75% of it, or to a parent scoring more than itself; siblings
 *       scoring at least {@code max(10, 20%)} of it (with a bonus of 20% for the same class), and
 *       sibling paragraphs of more than 80 characters with link density under 0.25, join it.
 *   <li><b>Structured data</b>: a JSON-LD {@code articleBody} is trusted only as a locator: when at
 *       least two blocks, covering 40% of it, agree with it (half their word 4-grams occur in it),
 *       the container is the deepest element holding 90% of the agreeing text. An element marked
 *       {@code itemprop="articleBody"} holding at least half as much text as the scored container
 *       is taken as the container.
 *   <li><b>Inside the container</b> blocks are dropped when under an element that is navigation,
 *       sidebar, footer, figure/caption, form, header, or named as comments, share bar, related
 *       articles ({@code baca-juga}, {@code read-more}), advertisement, cookie banner, newsletter,
 *       byline/author, tags, hidden; when under a {@code div}/list/table whose text is more than
 *       half links; when more than half of the block itself is link text; and a first-level heading
 *       before the first body paragraph is the headline.
 * </ol>
 *
 * <p>The headline is the page's {@code <h1>} when it agrees with {@code og:title}, JSON-LD {@code
 * headline} or {@code <title>}; otherwise {@code og:title}/{@code headline}, then {@code <title>},
 * without site-name suffixes.
 *
 * <p>Offsets: the cleaned text maps back into the decoded page source (text characters to their
 * source position, entity-decoded characters to the entity's start). Removals carry the visible
 * text of what was dropped and the source range of the element (or text) it came from.
 *
 * <p>Thread-safe and stateless; a page is parsed with a new jsoup parser each time.
 */
public final class HtmlArticleExtractor {
  private static final int MIN_PARAGRAPH = 25;
  private static final int RETRY_BELOW = 500;
  private static final int MAX_TITLE = 300;

  private final ArticleCleaner cleaner;
  private final PageMetadataReader metadataReader = new PageMetadataReader();

  public HtmlArticleExtractor(ArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** An extractor whose text-level cleaning uses the rules of every language Warta ships. */
  public static HtmlArticleExtractor standard() {
    return new HtmlArticleExtractor(ArticleCleaner.standard());
  }

  /**
   * Extracts the article of {@code html} (the decoded page source). Never throws for any input
   * string; a page without text yields an empty text.
   *
   * @param name the page's name for messages (a path), unused in the result
   */
  public HtmlExtraction extract(String html, String name) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    PageMetadata meta = metadataReader.read(doc);
    Page page = new Page(doc, Segmenter.segment(doc, html));
    Selection sel = select(page, meta, true);
    if (sel.keptChars < RETRY_BELOW) {
      Selection retry = select(page, meta, false);
      if (retry.keptChars > sel.keptChars) {
        sel = retry;
      }
    }
    MappedText title = title(html, doc, page, sel, meta);
    dropBeforeHeadline(page, sel, title);
    CleanedArticle cleaned = assemble(html, page, sel, title);
    ArticleMetadata metadata =
        new ArticleMetadata(meta.url(), meta.outlet(), meta.published(), null);
    return new HtmlExtraction(cleaned, metadata);
  }

  /** The page metadata alone (for callers that only need it). */
  public PageMetadata metadata(String html) {
    return metadataReader.read(Parser.htmlParser().parseInput(html, ""));
  }

  // ---------------------------------------------------------------------------------------------
  // Selection

  /** Which blocks are the article, and why the others are not. */
  private static final class Selection {
    final boolean[] kept;
    final String[] reason;
    final Element[] dropRoot;
    final List<Element> region = new ArrayList<>();
    int keptChars;

    Selection(int n) {
      kept = new boolean[n];
      reason = new String[n];
      dropRoot = new Element[n];
    }
  }

  private Selection select(Page page, PageMetadata meta, boolean stripUnlikely) {
    List<Block> blocks = page.blocks;
    Selection sel = new Selection(blocks.size());
    Element body = page.doc.body() == null ? page.doc : page.doc.body();
    List<Element> region = null;
    Element located = locateByArticleBody(page, meta);
    if (located != null) {
      region = List.of(located);
    }
    if (region == null) {
      region = scoreRegion(page, body, stripUnlikely);
      Element marked = page.doc.selectFirst("[itemprop=articleBody]");
      if (marked != null && page.range(marked) != null) {
        int regionChars = 0;
        for (Element e : region) {
          regionChars += page.chars(e);
        }
        if (page.chars(marked) >= Math.max(200, regionChars / 2)) {
          region = List.of(marked);
        }
      }
    }
    sel.region.addAll(region);
    Set<Element> regionSet = Collections.newSetFromMap(new IdentityHashMap<>());
    regionSet.addAll(region);
    for (Element r : region) {
      int[] range = page.range(r);
      if (range == null) {
        continue;
      }
      for (int i = range[0]; i < range[1]; i++) {
        sel.kept[i] = true;
      }
    }
    // Drop furniture inside the region.
    int regionGood = 0;
    for (Element r : region) {
      regionGood += page.goodChars(r);
    }
    Map<Element, Boolean> clusterCache = new IdentityHashMap<>();
    Map<Element, Boolean> relatedCache = new IdentityHashMap<>();
    Map<Element, Boolean> cardCache = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (!sel.kept[i]) {
        continue;
      }
      Block b = blocks.get(i);
      String reason = null;
      Element root = null;
      for (Element e = b.owner; e != null; e = e.parent()) {
        if (regionSet.contains(e)) {
          // A part of the region (a sibling that joined the container) announced as other
          // articles, with the article's prose in the other parts.
          if (region.size() > 1
              && e != b.owner
              && regionGood - page.goodChars(e) >= 200
              && startsWithRelatedHeading(page, e, relatedCache)) {
            reason = "related-article";
            root = e;
          }
          break;
        }
        String r = page.boilerReason(e);
        if (r == null && e.normalName().equals("header")) {
          r = "article-header";
        }
        if (r == null && stripUnlikely && page.selfUnlikely(e)) {
          r = DomCues.regionReason(e, page.boilerReason(e));
          if (r.equals("outside-article")) {
            r = "page-chrome";
          }
        }
        if (r == null && e != b.owner && isLinkCluster(page, e, clusterCache)) {
          r = "link-list";
        }
        boolean announced = false;
        if (r == null
            && e != b.owner
            && regionGood - page.goodChars(e) >= 200
            && (startsWithRelatedHeading(page, e, relatedCache)
                || isTeaserCards(page, e, cardCache))) {
          // Announced as other articles, or a grid of teaser cards, with prose of the article
          // elsewhere in the region: dropped even when the teasers outweigh the article.
          r = "related-article";
          announced = true;
        }
        if (r != null
            && !announced
            && regionGood > 0
            && !r.equals("comments")
            && page.goodChars(e) >= 0.5 * regionGood) {
          r = null; // holds most of the prose: the article itself, whatever its name says
        }
        if (r != null) {
          reason = r;
          root = e;
        }
      }
      if (reason == null && !b.isHeading() && isLinkBlock(b)) {
        reason = "link-list";
        root = null; // the block's own text, not its (possibly larger) owner
      }
      if (reason != null) {
        sel.kept[i] = false;
        sel.reason[i] = reason;
        sel.dropRoot[i] = root;
      }
    }
    // A first-level heading before the first paragraph is the headline, not body.
    for (int i = 0; i < blocks.size(); i++) {
      if (!sel.kept[i]) {
        continue;
      }
      Block b = blocks.get(i);
      if (!b.isHeading()) {
        break;
      }
      if (b.owner.normalName().equals("h1")) {
        sel.kept[i] = false;
        sel.reason[i] = "headline";
        sel.dropRoot[i] = b.owner;
      }
    }
    // Everything outside the region.
    Set<Element> regionAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element r : region) {
      for (Element a = r; a != null; a = a.parent()) {
        regionAncestors.add(a);
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (sel.kept[i] || sel.reason[i] != null) {
        continue;
      }
      Block b = blocks.get(i);
      Element root = null;
      for (Element e = b.owner; e != null; e = e.parent()) {
        if (regionAncestors.contains(e)) {
          break;
        }
        root = e;
      }
      String reason =
          root == null ? "outside-article" : DomCues.regionReason(root, page.boilerReason(root));
      if (reason.equals("outside-article")) {
        // A region without a name of its own (a layout wrapper): say what the block is when an
        // element between it and the region has a furniture name (a figure's caption beside the
        // body, a share bar under it), the outermost such element being the removal.
        for (Element e = b.owner; e != null && e != root; e = e.parent()) {
          String r = page.boilerReason(e);
          if (r != null) {
            reason = r;
            sel.dropRoot[i] = e;
          }
        }
      }
      sel.reason[i] = reason;
      if (sel.dropRoot[i] == null) {
        sel.dropRoot[i] = root;
      }
    }
    int kept = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (sel.kept[i]) {
        kept += blocks.get(i).chars;
      }
    }
    sel.keptChars = kept;
    return sel;
  }

  /**
   * A block that is a link rather than prose: a paragraph more than 80% link text, or any other
   * block more than half link text. (A sentence with one long link in it stays.)
   */
  private static boolean isLinkBlock(Block b) {
    double ld = b.linkDensity();
    return b.owner.normalName().equals("p") ? ld > 0.8 : ld > 0.5;
  }

  /**
   * An element whose first text is a short heading announcing other articles ("Berita Terkait",
   * "You may also like", a heading named {@code related-posts}): what follows the heading is the
   * list of other articles, even when their teasers are prose.
   */
  private boolean startsWithRelatedHeading(Page page, Element e, Map<Element, Boolean> cache) {
    Boolean cached = cache.get(e);
    if (cached != null) {
      return cached;
    }
    boolean result = false;
    int[] r = page.range(e);
    if (r != null && r[1] - r[0] >= 2) {
      for (int i = r[0]; i < r[1]; i++) {
        Block b = page.blocks.get(i);
        String t = b.normalized();
        if (t.isEmpty()) {
          continue;
        }
        if (b.isHeading() && t.length() <= 60 && t.split(" ").length <= 6) {
          String reason = cleaner.rules().match(t).orElse(null);
          if (reason == null) {
            for (Element h = b.owner; h != null && h != e; h = h.parent()) {
              if ((reason = page.boilerReason(h)) != null) {
                break;
              }
            }
          }
          result = "related-article".equals(reason) || "related-video".equals(reason);
        }
        break;
      }
    }
    cache.put(e, result);
    return result;
  }

  /**
   * A grid of teaser cards: at least three like children (same tag and class) that hold most of the
   * element's text, each short (under 400 characters) with a title of its own that is a link ("Most
   * popular", "More from this section" rails whose blurbs are prose, not links).
   */
  private static boolean isTeaserCards(Page page, Element e, Map<Element, Boolean> cache) {
    Boolean cached = cache.get(e);
    if (cached != null) {
      return cached;
    }
    boolean result = false;
    int chars = page.chars(e);
    if (chars > 0 && e.childrenSize() >= 3) {
      Map<String, int[]> groups = new HashMap<>();
      for (Element c : e.children()) {
        int cc = page.chars(c);
        int[] r = page.range(c);
        if (cc == 0 || cc > 400 || r == null || r[1] <= r[0]) {
          continue;
        }
        boolean linkedTitle = false;
        for (int i = r[0]; i < r[1] && !linkedTitle; i++) {
          Block b = page.blocks.get(i);
          linkedTitle = b.chars >= 10 && b.linkDensity() >= 0.9 && b.owner != c;
        }
        if (linkedTitle) {
          int[] g = groups.computeIfAbsent(c.normalName() + "." + c.className(), k -> new int[2]);
          g[0]++;
          g[1] += cc;
        }
      }
      for (int[] g : groups.values()) {
        if (g[0] >= 3 && g[1] >= 0.5 * chars) {
          result = true;
          break;
        }
      }
    }
    cache.put(e, result);
    return result;
  }

  /** A list, table or division whose text is mostly links: a menu or a list of other articles. */
  private static boolean isLinkCluster(Page page, Element e, Map<Element, Boolean> cache) {
    Boolean cached = cache.get(e);
    if (cached != null) {
      return cached;
    }
    boolean result = false;
    String tag = e.normalName();
    if (tag.equals("ul")
        || tag.equals("ol")
        || tag.equals("div")
        || tag.equals("table")
        || tag.equals("section")
        || tag.equals("dl")) {
      int chars = page.chars(e);
      result = chars > 0 && chars < 3000 && page.linkChars(e) > 0.5 * chars;
    }
    cache.put(e, result);
    return result;
  }

  /** Readability-style container choice. */
  private List<Element> scoreRegion(Page page, Element body, boolean stripUnlikely) {
    Map<Element, double[]> scores = new LinkedHashMap<>();
    Map<Element, double[]> identity = new IdentityHashMap<>();
    for (Block b : page.blocks) {
      if (stripUnlikely && page.unlikely(b.owner)) {
        continue;
      }
      int len = b.normalized().length();
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      double s = 1 + b.commas + Math.min(len / 100, 3);
      Element a = page.isParagraph(b) ? b.owner.parent() : b.owner;
      for (int level = 0; level < 5 && a != null; level++, a = a.parent()) {
        if (a.parent() == null || a instanceof Document || a.normalName().equals("html")) {
          break;
        }
        double[] cell = identity.get(a);
        if (cell == null) {
          cell = new double[] {initialScore(a)};
          identity.put(a, cell);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        cell[0] += s / divider;
      }
    }
    if (identity.isEmpty()) {
      return List.of(body);
    }
    Map<Element, Double> finalScore = new IdentityHashMap<>();
    List<Element> candidates = new ArrayList<>(identity.keySet());
    for (Element e : candidates) {
      int chars = page.chars(e);
      double ld = chars == 0 ? 0 : (double) page.linkChars(e) / chars;
      finalScore.put(e, identity.get(e)[0] * (1 - ld));
    }
    candidates.sort((x, y) -> Double.compare(finalScore.get(y), finalScore.get(x)));
    Element best = candidates.get(0);
    if (best == body) {
      return List.of(body);
    }
    double bestScore = finalScore.get(best);
    // An ancestor shared by several close candidates holds more of the article.
    List<Set<Element>> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(5, candidates.size()); i++) {
      if (finalScore.get(candidates.get(i)) / bestScore >= 0.75) {
        Set<Element> anc = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = candidates.get(i).parent(); a != null; a = a.parent()) {
          anc.add(a);
        }
        alternatives.add(anc);
      }
    }
    if (alternatives.size() >= 3) {
      for (Element p = best.parent(); p != null && p != body; p = p.parent()) {
        int containing = 0;
        for (Set<Element> anc : alternatives) {
          if (anc.contains(p)) {
            containing++;
          }
        }
        if (containing >= 3) {
          best = p;
          break;
        }
      }
    }
    // Climb while the parent scores more.
    double last = finalScore.getOrDefault(best, bestScore);
    double threshold = last / 3;
    for (Element p = best.parent(); p != null && p != body; p = p.parent()) {
      Double ps = finalScore.get(p);
      if (ps == null) {
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        best = p;
        break;
      }
      last = ps;
    }
    for (Element p = best.parent(); p != null && p != body && p.childrenSize() == 1; ) {
      best = p;
      p = best.parent();
    }
    if (best == body || best.parent() == null) {
      return List.of(best);
    }
    // Siblings that belong to the article.
    double topScore = finalScore.getOrDefault(best, bestScore);
    double siblingThreshold = Math.max(10, topScore * 0.2);
    List<Element> region = new ArrayList<>();
    int bestGood = page.goodChars(best);
    for (Element sib : best.parent().children()) {
      if (sib == best) {
        region.add(sib);
        continue;
      }
      if (page.range(sib) == null) {
        continue;
      }
      double bonus = 0;
      if (!best.className().isEmpty() && sib.className().equals(best.className())) {
        bonus = topScore * 0.2;
      }
      Double s = finalScore.get(sib);
      if (s != null && s + bonus >= siblingThreshold) {
        region.add(sib);
      } else if (isProse(page, sib, bestGood)) {
        region.add(sib);
      } else if (sib.normalName().equals("p")) {
        int chars = page.chars(sib);
        double ld = chars == 0 ? 1 : (double) page.linkChars(sib) / chars;
        String text = sib.text();
        if (text.length() > 80 && ld < 0.25) {
          region.add(sib);
        } else if (text.length() < 80
            && !text.isEmpty()
            && ld == 0
            && (text.contains(". ") || text.endsWith("."))) {
          region.add(sib);
        }
      }
    }
    // One level up: a sibling of the container's parent that is prose (an article split into
    // sections around a full-width figure).
    Element parent = best.parent();
    int regionGood = 0;
    for (Element e : region) {
      regionGood += page.goodChars(e);
    }
    if (parent != body && parent.parent() != null && regionGood > 0) {
      List<Element> extended = new ArrayList<>();
      for (Element sib : parent.parent().children()) {
        if (sib == parent) {
          extended.addAll(region);
          continue;
        }
        if (isProse(page, sib, regionGood)) {
          extended.add(sib);
        }
      }
      region = extended;
    }
    return region;
  }

  /**
   * Whether a sibling of the article container is more of the article: at least 300 characters and
   * a fifth of the container's prose paragraphs, few links, not page chrome.
   */
  private static boolean isProse(Page page, Element e, int containerGood) {
    int good = page.goodChars(e);
    int chars = page.chars(e);
    return good >= 300
        && good >= 0.2 * containerGood
        && chars > 0
        && page.linkChars(e) < 0.25 * chars
        && !page.unlikely(e);
  }

  private static double initialScore(Element e) {
    double s;
    switch (e.normalName()) {
      case "div":
        s = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        s = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        s = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        s = -5;
        break;
      default:
        s = 0;
    }
    return s + DomCues.classWeight(e);
  }

  /**
   * The container located by JSON-LD {@code articleBody}: the deepest element holding 90% of the
   * text of the blocks that agree with it, or null when it does not agree with the page.
   */
  private static Element locateByArticleBody(Page page, PageMetadata meta) {
    String body = meta.articleBody();
    if (body == null) {
      return null;
    }
    Set<String> shingles = WordShingles.set(body);
    if (shingles.size() < 20) {
      return null;
    }
    List<Block> blocks = page.blocks;
    long[] agreeing = new long[blocks.size() + 1];
    int agreeingBlocks = 0;
    long total = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<String> own = WordShingles.list(b.text.toString());
      int hits = 0;
      for (String s : own) {
        if (shingles.contains(s)) {
          hits++;
        }
      }
      long add = 0;
      if (own.size() >= 2 && hits * 2 >= own.size()) {
        add = b.chars;
        agreeingBlocks++;
      }
      agreeing[i + 1] = agreeing[i] + add;
      total += add;
    }
    int bodyChars = 0;
    for (int i = 0; i < body.length(); i++) {
      if (!Character.isWhitespace(body.charAt(i))) {
        bodyChars++;
      }
    }
    if (agreeingBlocks < 2 || total < 0.4 * bodyChars) {
      return null;
    }
    Element cur = page.doc.body() == null ? page.doc : page.doc.body();
    while (true) {
      Element next = null;
      for (Element c : cur.children()) {
        int[] r = page.range(c);
        if (r != null && agreeing[r[1]] - agreeing[r[0]] >= 0.9 * total) {
          next = c;
          break;
        }
      }
      if (next == null) {
        return cur;
      }
      cur = next;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Title

  private MappedText title(String html, Document doc, Page page, Selection sel, PageMetadata meta) {
    List<String> keys = new ArrayList<>();
    for (String s : new String[] {meta.headline(), meta.documentTitle()}) {
      if (s != null) {
        keys.add(key(s));
      }
    }
    Block bestH1 = null;
    for (Block b : page.blocks) {
      if (!b.owner.normalName().equals("h1")) {
        continue;
      }
      String k = key(b.normalized());
      if (k.length() < 8) {
        continue;
      }
      for (String t : keys) {
        if (t.equals(k)
            || (t.startsWith(k) && k.length() >= 20)
            || t.contains(k) && k.length() >= 30) {
          bestH1 = b;
          break;
        }
      }
      if (bestH1 != null) {
        break;
      }
    }
    MappedText out = new MappedText();
    if (bestH1 != null) {
      appendTrimmed(out, bestH1.text);
      return out;
    }
    String fromMeta = meta.headline() != null ? meta.headline() : meta.documentTitle();
    if (fromMeta != null) {
      String t = fromMeta.replaceAll("\\s+", " ").strip();
      if (t.length() > MAX_TITLE) {
        t = t.substring(0, MAX_TITLE);
      }
      Element at =
          doc.selectFirst(
              meta.headline() != null
                  ? "meta[property=og:title], meta[name=twitter:title]"
                  : "title");
      if (at == null) {
        at = doc.selectFirst("title");
      }
      int pos = at == null ? 0 : Math.max(0, at.sourceRange().startPos());
      int end = at == null ? 0 : sourceSpan(at, html.length())[1];
      int found = at == null ? -1 : html.indexOf(t, pos);
      if (found >= 0 && found + t.length() <= end) {
        for (int i = 0; i < t.length(); i++) {
          out.append(t.charAt(i), found + i); // the title as written in the source
        }
      } else {
        out.append(t, pos);
      }
      return out;
    }
    for (int i = 0; i < page.blocks.size(); i++) {
      Block b = page.blocks.get(i);
      if (b.isHeading() && (sel.kept[i] || "headline".equals(sel.reason[i]))) {
        appendTrimmed(out, b.text);
        return out;
      }
    }
    return out;
  }

  /**
   * Drops kept blocks that stand in the page source before the headline. Design decision: the story
   * starts at its headline, and the text must map into the page in order (title first), so text
   * above the headline (a stray site banner, a misplaced head element) is reported as removed
   * instead of being moved below the title.
   */
  private static void dropBeforeHeadline(Page page, Selection sel, MappedText title) {
    if (title.length() == 0) {
      return;
    }
    int titleAt = title.sourceAt(0);
    int titleEnd = title.sourceAt(title.length() - 1) + 1;
    for (int i = 0; i < page.blocks.size(); i++) {
      MappedText t = page.blocks.get(i).text;
      if (sel.kept[i] && t.length() > 0 && t.sourceAt(0) < titleEnd) {
        // a block starting inside the headline's own source is the headline again
        sel.kept[i] = false;
        sel.reason[i] = t.sourceAt(0) < titleAt ? "before-headline" : "headline";
        sel.keptChars -= t.length();
      }
    }
  }

  private static void appendTrimmed(MappedText out, MappedText text) {
    int s = 0;
    int e = text.length();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    boolean space = false;
    for (int i = s; i < e && out.length() < MAX_TITLE; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ', text.sourceAt(i - 1));
        space = false;
      }
      out.append(c, text.sourceAt(i));
    }
  }

  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Assembly

  private CleanedArticle assemble(String html, Page page, Selection sel, MappedText title) {
    MappedText raw = new MappedText();
    raw.append(title);
    // Blocks in the order they are written in the page: a browser's tree building moves text of
    // malformed markup (foster parenting, misnested tags) away from where it stands in the source.
    List<MappedText> kept = new ArrayList<>();
    for (int i = 0; i < page.blocks.size(); i++) {
      if (sel.kept[i]) {
        kept.add(page.blocks.get(i).text);
      }
    }
    kept.sort(Comparator.comparingInt(t -> t.length() > 0 ? t.sourceAt(0) : 0));
    for (MappedText t : kept) {
      int at = t.length() > 0 ? t.sourceAt(0) : 0;
      raw.append("\n\n", at);
      raw.append(t);
    }
    String intermediate = raw.toString();
    int[] rawMap = raw.map();
    CleanedArticle c = cleaner.clean(intermediate);
    int n = c.text().length();
    int[] map = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      map[i] = toSource(rawMap, c.offsets().toOriginal(i), html.length());
    }
    // The end maps just past the last character even when the cleaner dropped what followed it
    // (a separator maps to the start of the next block, which may be a dropped duplicate title).
    if (n > 0) {
      map[n] = Math.max(map[n], Math.min(html.length(), map[n - 1] + 1));
    }
    // Inside a block of malformed markup characters can still come out of source order; the map
    // stays monotonic (what OffsetMap requires), such a character pointing at its predecessor's
    // position instead.
    for (int i = 1; i <= n; i++) {
      map[i] = Math.max(map[i], map[i - 1]);
    }
    List<Removal> removed = new ArrayList<>();
    for (Removal r : c.removed()) {
      int s = toSource(rawMap, r.start(), html.length());
      int e = r.end() > r.start() ? toSource(rawMap, r.end() - 1, html.length()) + 1 : s;
      removed.add(new Removal(r.text(), r.reason(), s, Math.max(s, Math.min(e, html.length()))));
    }
    removed.addAll(domRemovals(html, page, sel));
    removed.sort(
        (a, b) ->
            a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
    List<CharSpan> paragraphs = c.paragraphs();
    return new CleanedArticle(c.title(), c.text(), paragraphs, removed, OffsetMap.of(map));
  }

  private static int toSource(int[] rawMap, int rawOffset, int sourceLength) {
    if (rawMap.length == 0) {
      return 0;
    }
    if (rawOffset < rawMap.length) {
      return rawMap[rawOffset];
    }
    return Math.min(sourceLength, rawMap[rawMap.length - 1] + 1);
  }

  private List<Removal> domRemovals(String html, Page page, Selection sel) {
    List<Removal> out = new ArrayList<>();
    Map<Element, StringBuilder> texts = new LinkedHashMap<>();
    Map<Element, String> reasons = new IdentityHashMap<>();
    Map<Element, Element> keys = new IdentityHashMap<>();
    for (int i = 0; i < page.blocks.size(); i++) {
      if (sel.kept[i] || sel.reason[i] == null) {
        continue;
      }
      Block b = page.blocks.get(i);
      String text = b.normalized();
      if (text.isEmpty()) {
        continue;
      }
      Element root = sel.dropRoot[i];
      if (root == null) {
        int s = b.text.sourceAt(0);
        int e = b.text.sourceAt(b.text.length() - 1) + 1;
        String reason = sel.reason[i];
        if (reason.equals("link-list")) {
          // A paragraph that is mostly a link: the text rules say what it is ("Baca juga: ...").
          reason = cleaner.rules().match(text).orElse(reason);
        }
        out.add(new Removal(text, reason, s, Math.max(s, e)));
        continue;
      }
      Element k = keys.computeIfAbsent(root, r -> r);
      StringBuilder sb = texts.get(k);
      if (sb == null) {
        sb = new StringBuilder();
        texts.put(k, sb);
        reasons.put(k, sel.reason[i]);
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text);
    }
    Set<Element> done = new HashSet<>();
    for (Map.Entry<Element, StringBuilder> e : texts.entrySet()) {
      Element root = e.getKey();
      if (!done.add(root)) {
        continue;
      }
      int[] span = sourceSpan(root, html.length());
      out.add(new Removal(e.getValue().toString(), reasons.get(root), span[0], span[1]));
    }
    return out;
  }

  /** The source range of an element from its start tag to its end tag (or last descendant). */
  static int[] sourceSpan(Element e, int sourceLength) {
    int start = firstPos(e);
    int end = lastPos(e);
    start = Math.max(0, Math.min(start, sourceLength));
    end = Math.max(start, Math.min(end, sourceLength));
    return new int[] {start, end};
  }

  private static int firstPos(Element e) {
    Node n = e;
    while (true) {
      Range r = n.sourceRange();
      if (r.isTracked() && !r.isImplicit()) {
        return r.startPos();
      }
      if (n.childNodeSize() == 0) {
        return r.isTracked() ? r.startPos() : 0;
      }
      n = n.childNode(0);
    }
  }

  private static int lastPos(Element e) {
    Node n = e;
    while (true) {
      if (n instanceof Element) {
        Range end = ((Element) n).endSourceRange();
        if (end.isTracked() && !end.isImplicit()) {
          return end.endPos();
        }
      }
      if (n.childNodeSize() == 0) {
        Range r = n.sourceRange();
        return r.isTracked() ? r.endPos() : 0;
      }
      n = n.childNode(n.childNodeSize() - 1);
    }
  }
}
