package org.warta.ingest.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.TextDecoder;

/**
 * Turns the bytes of an HTML page into its source text, detecting the character set, and tells HTML
 * from other content.
 *
 * <p>Order of evidence, as browsers do it: a byte-order mark; the charset of a transport header
 * (HTTP {@code Content-Type}, when the caller has one, e.g. from a WARC record); a {@code <meta
 * charset>} or {@code <meta http-equiv="Content-Type">} declaration in the first 4 KB; finally the
 * content itself: valid UTF-8 is UTF-8, anything else Windows-1252.
 *
 * <p>Design decision: declarations are checked against the bytes, because mislabelled pages are
 * common. A page declared as a single-byte Latin charset whose bytes are valid UTF-8 with non-ASCII
 * sequences is UTF-8 (such sequences almost never arise by chance in a Latin text); a page declared
 * UTF-8 with more invalid than valid multi-byte sequences is Windows-1252. {@code ISO-8859-1} and
 * {@code US-ASCII} are read as Windows-1252, its superset, as the WHATWG encoding standard says.
 * Stray invalid bytes in a UTF-8 page become U+FFFD rather than rejecting the page: unlike a plain
 * text article, a web page is read the way a browser shows it.
 */
public final class HtmlDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int PRESCAN = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START =
      Pattern.compile(
          "\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlDecoder() {}

  /**
   * Whether {@code bytes} start like an HTML document ({@code <!DOCTYPE html}, {@code <html>},
   * {@code <head>}, after an optional byte-order mark, white space, comments or an XML
   * declaration).
   */
  public static boolean looksLikeHtml(byte[] bytes) {
    if (bytes.length == 0) {
      return false;
    }
    int n = Math.min(bytes.length, 2048);
    String head;
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      head = new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      head = new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
    } else {
      int start = hasUtf8Bom(bytes) ? 3 : 0;
      head = new String(bytes, start, n - start, StandardCharsets.ISO_8859_1);
    }
    return HTML_START.matcher(head).lookingAt();
  }

  /** Decodes a page read from a file (no transport header). */
  public static String decode(String name, byte[] bytes) throws InputRejectedException {
    return decode(name, bytes, null);
  }

  /**
   * Decodes a page.
   *
   * @param contentType the transport's {@code Content-Type} header value, or null
   */
  public static String decode(String name, byte[] bytes, String contentType)
      throws InputRejectedException {
    return decodeDetailed(name, bytes, contentType).text();
  }

  /**
   * Decodes a page and says from which encoding, for the record's {@code source.encoding}.
   *
   * @param contentType the transport's {@code Content-Type} header value, or null
   * @return the text, with the encoding's lower-case name when it is not UTF-8 (null for UTF-8)
   */
  public static TextDecoder.Decoded decodeDetailed(String name, byte[] bytes, String contentType)
      throws InputRejectedException {
    if (bytes.length == 0) {
      throw new InputRejectedException(name, "empty file");
    }
    TextDecoder.Decoded decoded;
    if (hasUtf8Bom(bytes)) {
      decoded = new TextDecoder.Decoded(decodeLenientUtf8(bytes, 3), null);
    } else if ((bytes[0] & 0xff) == 0xFE && bytes.length >= 2 && (bytes[1] & 0xff) == 0xFF) {
      decoded =
          new TextDecoder.Decoded(
              new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "utf-16be");
    } else if ((bytes[0] & 0xff) == 0xFF && bytes.length >= 2 && (bytes[1] & 0xff) == 0xFE) {
      decoded =
          new TextDecoder.Decoded(
              new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "utf-16le");
    } else {
      checkNotBinary(name, bytes);
      Charset declared = null;
      if (contentType != null) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        if (m.find()) {
          declared = charset(m.group(1));
        }
      }
      if (declared == null) {
        declared = declaredInMeta(bytes);
      }
      decoded = decodeWith(bytes, declared);
    }
    String text = decoded.text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputRejectedException(name, "no text (only white space)");
    }
    return new TextDecoder.Decoded(text, decoded.encoding());
  }

  /** The charset a {@code <meta>} element in the first bytes declares, or null. */
  static Charset declaredInMeta(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Charset c = charset(m.group(1));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static TextDecoder.Decoded decodeWith(byte[] bytes, Charset declared) {
    Utf8Stats stats = utf8Stats(bytes);
    if (declared == null) {
      return stats.invalid == 0 ? utf8(new String(bytes, StandardCharsets.UTF_8)) : win1252(bytes);
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      return stats.invalid > stats.multiByte ? win1252(bytes) : utf8(decodeLenientUtf8(bytes, 0));
    }
    if (isSingleByteLatin(declared) && stats.invalid == 0 && stats.multiByte > 0) {
      return utf8(new String(bytes, StandardCharsets.UTF_8));
    }
    if (declared.equals(StandardCharsets.ISO_8859_1)
        || declared.equals(StandardCharsets.US_ASCII)
        || declared.equals(WINDOWS_1252)) {
      return win1252(bytes);
    }
    try {
      String text =
          declared
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new TextDecoder.Decoded(text, declared.name().toLowerCase(Locale.ROOT));
    } catch (CharacterCodingException e) {
      return win1252(bytes);
    }
  }

  private static TextDecoder.Decoded utf8(String text) {
    return new TextDecoder.Decoded(text, null);
  }

  private static boolean isSingleByteLatin(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.startsWith("windows-125") || n.startsWith("iso-8859-") || n.equals("us-ascii");
  }

  private static Charset charset(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "utf8":
      case "utf-8":
      case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      case "latin1":
      case "latin-1":
      case "iso-8859-1":
      case "iso8859-1":
      case "ascii":
      case "us-ascii":
      case "cp1252":
      case "windows-1252":
        return WINDOWS_1252;
      default:
        break;
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /**
   * Windows-1252, named only when a byte above 0x7F was read through it (an ASCII page is also
   * UTF-8).
   */
  private static TextDecoder.Decoded win1252(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return new TextDecoder.Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
      }
    }
    return new TextDecoder.Decoded(new String(bytes, WINDOWS_1252), null);
  }

  private static String decodeLenientUtf8(byte[] bytes, int offset) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }
  }

  private record Utf8Stats(int multiByte, int invalid) {}

  /** Counts valid multi-byte UTF-8 sequences and invalid bytes in one linear pass. */
  private static Utf8Stats utf8Stats(byte[] b) {
    int multi = 0;
    int invalid = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        invalid++;
        i++;
        continue;
      }
      if (i + len > n) {
        invalid++;
        i++;
        continue;
      }
      int cp = c & (0xFF >> (len + 1));
      boolean ok = true;
      for (int k = 1; k < len; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        invalid++;
        i++;
        continue;
      }
      multi++;
      i += len;
    }
    return new Utf8Stats(multi, invalid);
  }

  private static void checkNotBinary(String name, byte[] bytes) throws InputRejectedException {
    int sample = Math.min(bytes.length, 8192);
    if (sample >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      throw new InputRejectedException(
          name, "gzip-compressed data (name the file .html.gz to have it decompressed)");
    }
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int c = bytes[i] & 0xff;
      if (c == 0) {
        throw new InputRejectedException(name, "binary file (contains NUL bytes), not HTML");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new InputRejectedException(
          name,
          "binary file (" + control + " control bytes in the first " + sample + "), not HTML");
    }
  }
}
