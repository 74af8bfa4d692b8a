package org.warta.web;

/**
 * The page chrome shared by every UI page: skip link, header with navigation, main landmark,
 * footer. Only same-origin resources are referenced (see {@link Assets}).
 */
final class Layout {
  private Layout() {}

  /** Which navigation item is current. */
  enum Nav {
    SEARCH("/", "Search"),
    FIGURES("/figures", "Figures"),
    ANALYZE("/analyze", "Analyze an article"),
    API("/api/docs", "API"),
    NONE("", "");

    final String href;
    final String label;

    Nav(String href, String label) {
      this.href = href;
      this.label = label;
    }
  }

  static String page(String title, Nav current, String body) {
    Html h = new Html();
    h.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>")
        .text(title)
        .raw(" · Warta</title>")
        .raw("<link rel=\"stylesheet\" href=\"" + Assets.APP_CSS + "\">")
        .raw("<link rel=\"stylesheet\" href=\"" + Assets.UPLOT_CSS + "\">")
        .raw("<script src=\"" + Assets.HTMX_JS + "\" defer></script>")
        .raw("<script src=\"" + Assets.UPLOT_JS + "\" defer></script>")
        .raw("<script src=\"" + Assets.APP_JS + "\" defer></script>")
        .raw("</head><body>")
        .raw("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .raw("<header class=\"site\"><a class=\"brand\" href=\"/\">Warta</a>")
        .raw("<nav aria-label=\"Main\"><ul>");
    for (Nav n : Nav.values()) {
      if (n == Nav.NONE) {
        continue;
      }
      h.raw("<li><a href=\"" + n.href + "\"" + (n == current ? " aria-current=\"page\"" : "") + ">")
          .text(n.label)
          .raw("</a></li>");
    }
    h.raw("</ul></nav></header>")
        .raw("<main id=\"main\" tabindex=\"-1\">")
        .raw(body)
        .raw("</main><footer class=\"site\"><p>Warta — who did what, to whom, when, where,")
        .raw(" how many, and who says so. Every highlighted fact points to the characters it")
        .raw(" came from.</p></footer>")
        .raw("</body></html>\n");
    return h.toString();
  }

  /** An error page body for the UI (the API answers with problem+json instead). */
  static String error(int status, String title, String detail) {
    Html h = new Html();
    h.raw("<h1>").text(title).raw("</h1>");
    h.raw("<p class=\"problem\" role=\"alert\">").text(detail).raw("</p>");
    h.raw("<p><a href=\"/\">Back to search</a></p>");
    return page(status + " " + title, Nav.NONE, h.toString());
  }
}
