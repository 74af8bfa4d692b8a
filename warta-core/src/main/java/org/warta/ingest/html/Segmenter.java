package org.warta.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a parsed page into {@link Block}s in document order and records, for every element, the
 * range of blocks inside it. Script, style, form controls and hidden elements contribute no text.
 *
 * <p>Every character of a block maps to its offset in the page source: text nodes carry their
 * source range (jsoup position tracking), and an entity such as {@code &amp;} maps all the
 * characters it decodes to to the entity's first character. When a text node's decoded text cannot
 * be aligned with its source (the parser rewrote it), its characters map to the node's start.
 */
final class Segmenter {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)");

  final List<Block> blocks = new ArrayList<>();
  private final Map<Element, int[]> ranges = new IdentityHashMap<>();
  private final String source;

  private Segmenter(String source) {
    this.source = source;
  }

  static Segmenter segment(Element root, String source) {
    Segmenter s = new Segmenter(source);
    s.run(root);
    return s;
  }

  /** {@code [first, end)} block indices inside {@code e}, or null when {@code e} was skipped. */
  int[] range(Element e) {
    return ranges.get(e);
  }

  private void run(Element root) {
    Deque<Element> owners = new ArrayDeque<>();
    int[] linkDepth = {0};
    Block[] current = {null};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
              TextNode t = (TextNode) node;
              if (owners.isEmpty()) {
                return FilterResult.CONTINUE;
              }
              if (current[0] == null) {
                current[0] = new Block(blocks.size(), owners.peek());
              }
              appendText(current[0], t, linkDepth[0] > 0);
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (tag.equals("br")) {
              if (current[0] != null) {
                current[0].text.append('\n', e.sourceRange().startPos());
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            if (DomCues.SKIP_TAGS.contains(tag) || DomCues.isHidden(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (isBlock(tag)) {
              flush(current);
              owners.push(e);
            }
            if (tag.equals("a")) {
              linkDepth[0]++;
            }
            ranges.put(e, new int[] {blocks.size(), -1});
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element)) {
              return FilterResult.CONTINUE;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (isBlock(tag)) {
              flush(current);
              if (!owners.isEmpty() && owners.peek() == e) {
                owners.pop();
              }
            }
            if (tag.equals("a")) {
              linkDepth[0]--;
            }
            int[] r = ranges.get(e);
            if (r != null) {
              r[1] = blocks.size();
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(current);
  }

  static boolean isBlock(String tag) {
    return DomCues.BLOCK_TAGS.contains(tag) || tag.indexOf('-') > 0;
  }

  private void flush(Block[] current) {
    Block b = current[0];
    current[0] = null;
    if (b != null && b.chars > 0) {
      blocks.add(b);
    }
  }

  private void appendText(Block b, TextNode t, boolean inLink) {
    String decoded = t.getWholeText();
    if (decoded.isEmpty()) {
      return;
    }
    Range r = t.sourceRange();
    int start = r.isTracked() ? r.startPos() : -1;
    int end = r.isTracked() ? r.endPos() : -1;
    int before = b.text.length();
    boolean aligned = false;
    if (start >= 0 && end >= start && end <= source.length()) {
      aligned = appendAligned(b, decoded, start, end);
      if (!aligned) {
        b.text.truncate(before);
      }
    }
    if (!aligned) {
      int at = Math.max(0, start);
      for (int i = 0; i < decoded.length(); i++) {
        appendChar(b, decoded.charAt(i), at);
      }
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.chars++;
        if (inLink) {
          b.linkChars++;
        }
        if (c == ',' || c == '，' || c == '،') {
          b.commas++;
        }
      }
    }
  }

  /** Appends {@code decoded} mapping each character into {@code source[start, end)}. */
  private boolean appendAligned(Block b, String decoded, int start, int end) {
    int d = 0;
    int i = start;
    Matcher m = ENTITY.matcher(source);
    while (i < end) {
      char c = source.charAt(i);
      if (c == '&') {
        m.region(i, end);
        if (m.lookingAt()) {
          String value = Parser.unescapeEntities(m.group(), false);
          if (!value.equals(m.group())) {
            if (!decoded.startsWith(value, d)) {
              return false;
            }
            for (int k = 0; k < value.length(); k++) {
              appendChar(b, value.charAt(k), i);
            }
            d += value.length();
            i = m.end();
            continue;
          }
        }
      }
      if (c == '\r') {
        // CR LF and lone CR are normalised to LF by the parser.
        if (d < decoded.length() && decoded.charAt(d) == '\n') {
          appendChar(b, '\n', i);
          d++;
          i += (i + 1 < end && source.charAt(i + 1) == '\n') ? 2 : 1;
          continue;
        }
      }
      if (d >= decoded.length() || decoded.charAt(d) != c) {
        return false;
      }
      appendChar(b, c, i);
      d++;
      i++;
    }
    return d == decoded.length();
  }

  private static void appendChar(Block b, char c, int at) {
    if (Character.isWhitespace(c) || c == '\u00A0') {
      b.text.append(' ', at);
    } else {
      b.text.append(c, at);
    }
  }
}
