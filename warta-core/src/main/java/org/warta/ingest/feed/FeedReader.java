package org.warta.ingest.feed;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.xml.SafeXml;

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds into one plain-text article per item: the item's
 * title, then its full text. The text is the richest field present: {@code content:encoded} or Atom
 * {@code content}, else {@code description} or Atom {@code summary}; HTML in it is reduced to
 * paragraphs by {@link FragmentText}. The item's link becomes the URL, {@code pubDate}/{@code
 * published}/{@code updated}/{@code dc:date} the publication date (ISO), the feed's title the
 * outlet.
 *
 * <p>Parsing goes through {@link SafeXml}: a feed with a DTD (where XML bombs and external entities
 * live) is skipped whole with {@link SafeXml#DTD_REASON}; a feed that breaks off mid-way keeps the
 * items read before the break and reports one error. An item without text is reported and skipped.
 */
public final class FeedReader {
  private static final int MAX_ITEMS = 100_000;

  /**
   * Whether the start of a file looks like a feed ({@code <rss}, {@code <feed}, {@code <rdf:RDF}).
   */
  public static boolean looksLikeFeed(byte[] head) {
    String s =
        new String(
            head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
    return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:RDF");
  }

  /** Reads the feed {@code bytes} named {@code name}, passing each item to {@code sink}. */
  public void read(String name, byte[] bytes, ArticleSink sink) {
    Item item = null;
    String feedTitle = null;
    int depth = 0;
    int xhtmlDepth = 0;
    int items = 0;
    int itemNo = 0;
    StringBuilder text = new StringBuilder();
    int badByte = SafeXml.invalidUtf8At(bytes);
    try {
      XMLStreamReader x = SafeXml.open(badByte < 0 ? bytes : Arrays.copyOf(bytes, badByte));
      try {
        while (x.hasNext()) {
          int ev = x.next();
          switch (ev) {
            case XMLStreamConstants.DTD:
              sink.rejected(new InputRejectedException(name, SafeXml.DTD_REASON));
              return;
            case XMLStreamConstants.ENTITY_REFERENCE:
              // Only the five predefined entities are replaced by the parser; anything else would
              // need a DTD, which was refused above.
              sink.rejected(
                  new InputRejectedException(
                      name, "undeclared XML entity &" + x.getLocalName() + "; (not expanded)"));
              return;
            case XMLStreamConstants.START_ELEMENT:
              depth++;
              String local = x.getLocalName();
              if (xhtmlDepth > 0) {
                if (FragmentText.isBlock(local)) {
                  text.append('\n'); // a block inside Atom xhtml content
                }
                break;
              }
              if (item != null
                  && local.equals("content")
                  && "xhtml".equals(x.getAttributeValue(null, "type"))) {
                xhtmlDepth = depth;
              }
              if (item == null && (local.equals("item") || local.equals("entry"))) {
                item = new Item();
                itemNo++;
              } else if (item != null && local.equals("link")) {
                String href = x.getAttributeValue(null, "href");
                String rel = x.getAttributeValue(null, "rel");
                if (href != null && (rel == null || rel.equals("alternate"))) {
                  item.link = href.strip();
                }
              }
              text.setLength(0);
              break;
            case XMLStreamConstants.CHARACTERS:
            case XMLStreamConstants.CDATA:
            case XMLStreamConstants.SPACE:
              if (text.length() < 20_000_000) {
                text.append(x.getText());
              }
              break;
            case XMLStreamConstants.END_ELEMENT:
              depth--;
              String end = x.getLocalName();
              if (xhtmlDepth > 0 && depth >= xhtmlDepth) {
                if (FragmentText.isBlock(end)) {
                  text.append('\n');
                }
                break;
              }
              if (xhtmlDepth > 0) {
                xhtmlDepth = 0;
                item.field(end, FragmentText.paragraphsOf(text.toString()));
                text.setLength(0);
                break;
              }
              if (item == null) {
                if (end.equals("title") && feedTitle == null) {
                  feedTitle = clean(text);
                }
              } else if (end.equals("item") || end.equals("entry")) {
                emit(name, itemNo, item, feedTitle, sink);
                item = null;
                if (++items >= MAX_ITEMS) {
                  sink.rejected(
                      new InputRejectedException(
                          name, "more than " + MAX_ITEMS + " items; rest skipped"));
                  return;
                }
              } else {
                item.field(end, text.toString());
              }
              text.setLength(0);
              break;
            default:
              break;
          }
        }
      } finally {
        x.close();
      }
      if (badByte >= 0) {
        throw new XMLStreamException("invalid UTF-8 near byte " + badByte);
      }
    } catch (XMLStreamException | RuntimeException e) {
      String why =
          badByte >= 0
              ? "invalid UTF-8 near byte " + badByte
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      why = why.replaceAll("\\s+", " ").strip();
      sink.rejected(
          new InputRejectedException(
              name,
              (items == 0 ? "not a readable feed: " : "feed breaks off after " + items + " items: ")
                  + (why.length() > 200 ? why.substring(0, 200) + "…" : why)));
      return;
    }
    if (itemNo == 0) {
      sink.rejected(new InputRejectedException(name, "a feed without items"));
    }
  }

  private static void emit(String name, int no, Item item, String outlet, ArticleSink sink) {
    String itemName = name + "#" + no;
    String body = item.content != null ? item.content : item.summary;
    String bodyText = body == null ? "" : FragmentText.of(body);
    String title = item.title == null ? "" : FragmentText.of(item.title).replace('\n', ' ').strip();
    if (bodyText.isBlank()) {
      sink.rejected(new InputRejectedException(itemName, "feed item without text"));
      return;
    }
    if (title.isEmpty()) {
      int nl = bodyText.indexOf('\n');
      title = nl < 0 ? bodyText : bodyText.substring(0, nl);
      bodyText = nl < 0 ? "" : bodyText.substring(nl).strip();
      if (bodyText.isEmpty()) {
        sink.rejected(new InputRejectedException(itemName, "feed item without text"));
        return;
      }
    }
    String content = title + "\n\n" + bodyText + "\n";
    ArticleMetadata meta = new ArticleMetadata(item.link, outlet, isoDate(item.date()), null);
    sink.article(new RawArticle(itemName, content, meta), ArticleMetadata.NONE);
  }

  private static String clean(CharSequence s) {
    String v = s.toString().strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * An RFC 822 ({@code Sat, 03 Aug 2019 16:40:00 +0700}) or ISO date as an ISO date-time, or null
   * when it cannot be read.
   */
  static String isoDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return OffsetDateTime.parse(v).toString();
    } catch (DateTimeParseException e) {
      // not ISO
    }
    try {
      ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return z.toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return v.substring(0, 10);
    }
    return null;
  }

  /** The fields of one item as they are read. */
  private static final class Item {
    String title;
    String link;
    String content;
    String summary;
    String published;
    String updated;

    void field(String local, String value) {
      String v = value.strip();
      if (v.isEmpty()) {
        return;
      }
      switch (local.toLowerCase(Locale.ROOT)) {
        case "title":
          if (title == null) {
            title = v;
          }
          break;
        case "link":
          if (link == null) {
            link = v;
          }
          break;
        case "encoded":
        case "content":
          if (content == null || v.length() > content.length()) {
            content = v;
          }
          break;
        case "description":
        case "summary":
          if (summary == null) {
            summary = v;
          }
          break;
        case "pubdate":
        case "published":
        case "date":
          if (published == null) {
            published = v;
          }
          break;
        case "updated":
          if (updated == null) {
            updated = v;
          }
          break;
        default:
          break;
      }
    }

    String date() {
      return published != null ? published : updated;
    }
  }
}
