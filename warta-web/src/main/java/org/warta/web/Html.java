package org.warta.web;

/**
 * HTML escaping and a small string builder for the server-rendered pages.
 *
 * <p>Design decision: plain Java instead of a template engine. The pages are few and mostly loops
 * over records; keeping them in Java gives compile-time checking, no extra build plugin, and one
 * rule that is easy to audit: every value goes through {@link #text} or {@link #attr}.
 */
final class Html {
  private final StringBuilder b = new StringBuilder(4096);

  /** Appends markup written by us (never user data). */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends text, escaped for element content. */
  Html text(Object value) {
    b.append(escape(value == null ? "" : String.valueOf(value)));
    return this;
  }

  /** Appends {@code name="value"} with the value escaped for an attribute (leading space). */
  Html attr(String name, Object value) {
    b.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
    return this;
  }

  /** Appends an element with escaped text content: {@code <tag>text</tag>}. */
  Html el(String tag, Object text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ", 2)[0] + ">");
  }

  @Override
  public String toString() {
    return b.toString();
  }

  /** Escapes {@code & < > " '}; safe in element content and quoted attributes. */
  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(r);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** A query-string component, percent-encoded as UTF-8. */
  static String url(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /**
   * Search snippets from the index mark matches with {@code <b>} around HTML-escaped text. Only
   * those two tags survive; any other angle bracket or quote is escaped, so a snippet can never
   * carry markup of its own.
   */
  static String snippet(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("<b>", i)) {
        out.append("<mark class=\"hit\">");
        i += 3;
      } else if (s.startsWith("</b>", i)) {
        out.append("</mark>");
        i += 4;
      } else {
        char c = s.charAt(i++);
        switch (c) {
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          default -> out.append(c);
        }
      }
    }
    // Balance the marks in case a passage was cut inside one.
    int open = count(out, "<mark class=\"hit\">") - count(out, "</mark>");
    for (; open > 0; open--) {
      out.append("</mark>");
    }
    return open < 0 ? escape(s.replace("<b>", "").replace("</b>", "")) : out.toString();
  }

  private static int count(CharSequence s, String needle) {
    int n = 0;
    for (int i = s.toString().indexOf(needle); i >= 0; i = s.toString().indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
