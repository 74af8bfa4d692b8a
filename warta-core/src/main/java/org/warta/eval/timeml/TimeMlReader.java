package org.warta.eval.timeml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TimeML 1.2 files the forgiving way the dev-gold guideline prescribes, without an XML
 * parser: real-world TimeML files are often not well-formed (windows-1252 bytes, a bare {@code &}),
 * and a strict parser would reject them.
 *
 * <p>The text T is derived exactly as in {@code docs/timex-annotation-guidelines.md} §1: decode as
 * UTF-8 when the bytes are valid UTF-8, else windows-1252; turn CRLF and lone CR into LF; take what
 * lies between the first {@code <TEXT>} and the next {@code </TEXT>}; decode the five XML entities
 * and numeric character references, leaving anything else (a bare {@code &}) as it is. In-text tags
 * are removed from T; {@code TIMEX3} tags become {@link Timex} spans, other tags ({@code EVENT},
 * {@code SIGNAL}) are dropped.
 *
 * <p>Design decision: no DTDs, external entities or XML parser at all, so there is nothing to
 * harden; tags are recognised by a small regular expression and an unmatched {@code <} is text.
 */
public final class TimeMlReader {
  private static final Pattern TAG =
      Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9_:.-]*)((?:\\s[^<>]*?)?)(/?)>");
  private static final Pattern ATTR =
      Pattern.compile("([A-Za-z_:][A-Za-z0-9_:.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:(amp|lt|gt|quot|apos)|#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TimeMlReader() {}

  /** Reads a file; the doc id falls back to the file name without its extension. */
  public static TimeMlDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return parse(decode(Files.readAllBytes(file)), dot > 0 ? name.substring(0, dot) : name);
  }

  /** UTF-8 if the bytes are valid UTF-8, otherwise windows-1252. */
  public static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * Parses the decoded content of a TimeML file.
   *
   * @throws IllegalArgumentException if there is no {@code <TEXT>…</TEXT>}
   */
  public static TimeMlDocument parse(String content, String fallbackId) {
    String s = content.replace("\r\n", "\n").replace('\r', '\n');
    int open = s.indexOf("<TEXT>");
    int close = open < 0 ? -1 : s.indexOf("</TEXT>", open + 6);
    if (close < 0) {
      throw new IllegalArgumentException("no <TEXT>…</TEXT> element");
    }
    String raw = s.substring(open + 6, close);
    String head = s.substring(0, open);

    String docId = element(head, "DOCID");
    String title = element(head, "TITLE");
    LocalDate dct = null;
    String dctElement = element(head, "DCT");
    if (dctElement != null) {
      Matcher t = TAG.matcher(dctElement);
      if (t.find()) {
        dct = isoDate(attributes(t.group(3)).get("value"));
      }
    }

    StringBuilder text = new StringBuilder(raw.length());
    List<Timex> timexes = new ArrayList<>();
    Deque<Object[]> openTimexes = new ArrayDeque<>();
    Matcher m = TAG.matcher(raw);
    int pos = 0;
    while (m.find()) {
      text.append(decodeEntities(raw.substring(pos, m.start())));
      pos = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        Map<String, String> attrs = attributes(m.group(3));
        if (m.group(4).isEmpty()) {
          openTimexes.push(new Object[] {text.length(), attrs});
        }
      } else if (!openTimexes.isEmpty()) {
        Object[] o = openTimexes.pop();
        int start = (Integer) o[0];
        @SuppressWarnings("unchecked")
        Map<String, String> attrs = (Map<String, String>) o[1];
        timexes.add(
            new Timex(
                attrs.get("tid"),
                start,
                text.length(),
                attrs.getOrDefault("type", "DATE"),
                attrs.get("value"),
                text.substring(start)));
      }
    }
    text.append(decodeEntities(raw.substring(pos)));
    timexes.sort(java.util.Comparator.comparingInt(Timex::start));
    return new TimeMlDocument(
        docId == null || docId.isBlank() ? fallbackId : decodeEntities(docId.strip()),
        dct,
        title == null ? null : decodeEntities(title.strip()),
        text.toString(),
        timexes);
  }

  /** The content of the first {@code <NAME>…</NAME>} in {@code s}, or null. */
  private static String element(String s, String name) {
    int a = s.indexOf("<" + name + ">");
    if (a < 0) {
      return null;
    }
    int b = s.indexOf("</" + name + ">", a);
    return b < 0 ? null : s.substring(a + name.length() + 2, b);
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTR.matcher(s == null ? "" : s);
    while (a.find()) {
      out.put(a.group(1), decodeEntities(a.group(2) != null ? a.group(2) : a.group(3)));
    }
    return out;
  }

  /** {@code 2013-12-4} or {@code 2013-12-04T10:00} as a date; null if it is not one. */
  static LocalDate isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher d = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})").matcher(value.strip());
    if (!d.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Decodes the five XML entities and numeric references; leaves anything else alone. */
  public static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    int pos = 0;
    while (m.find()) {
      b.append(s, pos, m.start());
      String replacement;
      if (m.group(1) != null) {
        replacement =
            switch (m.group(1)) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              default -> "'";
            };
      } else {
        int cp =
            m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
        replacement =
            Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
      }
      b.append(replacement);
      pos = m.end();
    }
    return b.append(s, pos, s.length()).toString();
  }
}
