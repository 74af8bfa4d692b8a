package org.warta.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment (a feed item's content) as paragraphs separated by blank lines:
 * block elements and {@code <br>} break lines, scripts and styles are dropped, white space inside a
 * paragraph is collapsed. Plain text without tags comes back with its own line breaks as paragraph
 * breaks.
 */
final class FragmentText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "section",
          "article",
          "tr",
          "table",
          "figure",
          "figcaption",
          "pre",
          "hr",
          "header",
          "footer");
  private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "svg");

  private FragmentText() {}

  static String of(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return paragraphs(html.replace("\r", ""));
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t && !inDropped(t)) {
              b.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              b.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              b.append('\n');
            }
          }
        },
        body);
    return paragraphs(b.toString());
  }

  private static boolean inDropped(Node n) {
    for (Node p = n.parent(); p != null; p = p.parent()) {
      if (p instanceof Element e && DROP.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Lines with text, white space collapsed, joined by blank lines. */
  private static String paragraphs(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n")) {
      String l = line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f]+", " ").strip();
      if (!l.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(l);
      }
    }
    return out.toString();
  }
}
