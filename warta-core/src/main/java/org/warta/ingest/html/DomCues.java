package org.warta.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Site-independent cues of what an element is, read from its tag, class, id and ARIA role. Every
 * pattern is matched against the lower-cased {@code class} and {@code id} values together.
 */
final class DomCues {
  private DomCues() {}

  /** Elements whose content is never text of the page. */
  static final Set<String> SKIP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "source",
          "track",
          "map",
          "area",
          "button",
          "input",
          "select",
          "option",
          "optgroup",
          "textarea",
          "head",
          "link",
          "meta",
          "img",
          "picture",
          "dialog");

  /** Elements that start and end a block of text. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "legend",
          "ul",
          "frameset",
          "frame",
          "listing",
          "xmp",
          "plaintext");

  /** Block elements that are themselves a paragraph (scored on their parent, not themselves). */
  static final Set<String> PARAGRAPH_TAGS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dt",
          "dd",
          "pre",
          "td",
          "th",
          "caption",
          "address",
          "summary",
          "legend",
          "figcaption");

  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /**
   * Page chrome so unlikely to hold the article that it is not scored at all (unless also {@link
   * #MAYBE}): menus, comment threads, sidebars, footers, related-article rails, share bars.
   */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|\\bads?\\b|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer"
              + "|gdpr|cookie|consent|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
              + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
              + "|modal|newsletter|subscribe|outbrain|taboola|share|recommend|trending|most-?popular");

  /** Names that rescue an {@link #UNLIKELY} element: it may be (or hold) the article. */
  private static final Pattern MAYBE =
      Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post-?text");

  /** Class/id names of the article body: +25 to an element's score. */
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail"
              + "|isi|berita|artikel");

  /** Class/id names of page chrome: -25 to an element's score. */
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|\\bads?\\b|hidden|\\bhid\\b|banner|combx|comment|com-|contact|footer|gdpr|masthead"
              + "|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
              + "|sponsor|shopping|tags|widget|byline|author|caption|credit|newsletter|subscribe"
              + "|cookie|breadcrumb|nav|menu|recommend|trending|popular|baca-?juga|read-?more"
              + "|also-?read|signup|sign-up|social|toolbar");

  /**
   * Inside the article container, an element whose class or id matches is dropped whole, with the
   * reason of the rule that matched. Long, distinctive words match anywhere in a name; short ones
   * ({@code ad}, {@code tags}, {@code meta}, {@code nav}) only as a whole class name, alone or with
   * one structural prefix or suffix ({@code post-tags}, {@code entry-meta}, {@code ad-slot}), so
   * that {@code tag-elections} or {@code wrapper_meta_field} do not match.
   */
  private record BoilerRule(String reason, Pattern anywhere, Pattern token) {}

  private static Pattern shortWords(String words) {
    return Pattern.compile(
        "(?:[a-z0-9]+[-_]{1,2})?(?:"
            + words
            + ")(?:[-_]{1,2}(?:list|links|bar|box|wrap|wrapper|container|area|section|block|top"
            + "|bottom|holder|inner|outer|label|unit|slot|item|items|cloud|widget|menu|nav|\\d+))?");
  }

  private static final BoilerRule[] BOILER = {
    new BoilerRule("comments", Pattern.compile("comment|disqus|replies|discussion"), null),
    new BoilerRule(
        "share-bar", Pattern.compile("share|sharing|social|sociable|addthis|shariff"), null),
    new BoilerRule(
        "related-article",
        Pattern.compile(
            "related|recommend|baca-?juga|bacajuga|read-?more|readmore|also-?read|more-?stories"
                + "|more-?news|berita-?terkait|artikel-?terkait|trending|most-?popular|most-?read"
                + "|outbrain|taboola|next-?article|prev-?article|further-?reading"),
        null),
    new BoilerRule(
        "advertisement",
        Pattern.compile("advert|adslot|adsense|sponsor|promo|iklan|-ad-|dfp-"),
        shortWords("ad|ads|adv|dfp|banner")),
    new BoilerRule("cookie-banner", Pattern.compile("cookie|consent|gdpr"), null),
    new BoilerRule(
        "newsletter", Pattern.compile("newsletter|subscribe|subscription|signup|sign-up"), null),
    new BoilerRule(
        "photo-caption", Pattern.compile("caption|credit|photo-?desc|image-?desc|img-?desc"), null),
    new BoilerRule(
        "byline",
        Pattern.compile("byline|author|penulis|reporter|contributor|dateline|timestamp"),
        null),
    new BoilerRule(
        "tags",
        Pattern.compile("tag-?list|tagcloud|tag-?cloud"),
        shortWords("tags?|keywords|topics")),
    new BoilerRule(
        "navigation",
        Pattern.compile("breadcrumb|pagination|pager|toolbar|skip-?link"),
        shortWords("nav|navigation|menu")),
    new BoilerRule(
        "hidden",
        Pattern.compile("sr-only|visually-?hidden|screen-?reader|print-only"),
        shortWords("hidden|hide")),
    new BoilerRule("sidebar", Pattern.compile("sidebar"), shortWords("rail|aside")),
    new BoilerRule(
        "page-footer", Pattern.compile("footer"), shortWords("meta|post-meta|entry-meta")),
  };

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /** Lower-cased class and id of {@code e}, space separated. */
  static String names(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }

  static boolean isUnlikely(String names) {
    return !names.isEmpty()
        && UNLIKELY.matcher(names).find()
        && !MAYBE.matcher(names).find()
        && !EMBED.matcher(names).find();
  }

  /** The class weight of readability-style scoring: +25 positive, -25 negative, per attribute. */
  static int classWeight(Element e) {
    int w = 0;
    for (String v : new String[] {e.className(), e.id()}) {
      if (v.isEmpty()) {
        continue;
      }
      String s = v.toLowerCase(Locale.ROOT);
      if (NEGATIVE.matcher(s).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(s).find()) {
        w += 25;
      }
    }
    return w;
  }

  /** The reason an element inside the article is boilerplate, or null. */
  static String boilerReason(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "nav":
        return "navigation";
      case "aside":
        return "sidebar";
      case "footer":
        return "page-footer";
      case "figure":
      case "figcaption":
        return "photo-caption";
      case "form":
        return "form";
      default:
        break;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty()) {
      switch (role) {
        case "navigation":
        case "menu":
        case "menubar":
          return "navigation";
        case "complementary":
          return "sidebar";
        case "contentinfo":
          return "page-footer";
        case "alert":
        case "alertdialog":
        case "dialog":
          return "dialog";
        default:
          break;
      }
    }
    String names = names(e);
    if (names.isEmpty() || MAYBE_BODY.matcher(names).find()) {
      return null;
    }
    String[] tokens = names.split("\\s+");
    boolean embed = EMBED.matcher(names).find();
    for (BoilerRule rule : BOILER) {
      if (embed && rule.reason().equals("share-bar")) {
        continue; // an embedded post (a tweet) quoted by the article, not a share button
      }
      if (rule.anywhere().matcher(names).find()) {
        return rule.reason();
      }
      if (rule.token() != null) {
        for (String t : tokens) {
          if (rule.token().matcher(t).matches()) {
            return rule.reason();
          }
        }
      }
    }
    return null;
  }

  private static final Pattern EMBED = Pattern.compile("embed|tweet|instagram-media");

  /** Names of the article body itself: such an element is never dropped as boilerplate. */
  private static final Pattern MAYBE_BODY =
      Pattern.compile(
          "article-?body|articlebody|story-?body|entry-?content|post-?content|post-?body"
              + "|article-?content|article-?text|story-?content|content-?body|body-?text"
              + "|main-?content|detail-?text|read__content|bodycontent|hentry|h-entry|type-post");

  /** Whether {@code e} is not rendered (hidden attribute, inline style, aria-hidden). */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      Matcher m = HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT));
      return m.find();
    }
    return false;
  }

  /** The reason for dropping a page region outside the article, from its tag and names. */
  static String regionReason(Element e, String boilerReason) {
    String r = boilerReason;
    if (r != null) {
      return r;
    }
    String tag = e.normalName();
    if (tag.equals("header")) {
      return "page-header";
    }
    String names = names(e);
    if (names.contains("header") || names.contains("masthead")) {
      return "page-header";
    }
    return "outside-article";
  }
}
