package org.warta.eval.timeml;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes a TimeML 1.2 document: the DCT, the title, and the text with inline {@code TIMEX3} tags,
 * everything XML-escaped. Reading the output with {@link TimeMlReader} gives back the same text and
 * spans. Overlapping spans cannot be written inline; a span that overlaps an earlier one is left
 * out.
 */
public final class TimeMlWriter {
  private TimeMlWriter() {}

  /** The document as a UTF-8 TimeML string. */
  public static String write(
      String docId, LocalDate dct, String title, String text, List<Timex> timexes) {
    StringBuilder b = new StringBuilder(text.length() + 64 * timexes.size() + 512);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
    b.append("<DOCID>").append(escape(docId)).append("</DOCID>\n\n");
    if (dct != null) {
      b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
          .append(dct)
          .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
          .append(dct)
          .append("</TIMEX3></DCT>\n\n");
    }
    if (title != null) {
      b.append("<TITLE>").append(escape(title)).append("</TITLE>\n\n");
    }
    b.append("<TEXT>");
    int pos = 0;
    for (Timex t : timexes) {
      if (t.start() < pos || t.end() > text.length()) {
        continue;
      }
      b.append(escape(text.substring(pos, t.start())));
      b.append("<TIMEX3");
      if (t.tid() != null) {
        b.append(" tid=\"").append(escape(t.tid())).append('"');
      }
      b.append(" type=\"").append(escape(t.type())).append('"');
      if (t.value() != null) {
        b.append(" value=\"").append(escape(t.value())).append('"');
      }
      b.append('>').append(escape(text.substring(t.start(), t.end()))).append("</TIMEX3>");
      pos = t.end();
    }
    b.append(escape(text.substring(pos)));
    b.append("</TEXT>\n\n</TimeML>\n");
    return b.toString();
  }

  /** Escapes {@code & < > "} for element content and double-quoted attributes. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
