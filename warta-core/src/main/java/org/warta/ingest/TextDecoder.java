package org.warta.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.Locale;

/**
 * Turns the bytes of a text article into a string, refusing what is not text.
 *
 * <p>Design decision: invalid UTF-8 is an error by default rather than silently replaced, because
 * replacement characters would be indexed and quoted as if the source had written them, and because
 * a file in some other legacy encoding would be misread without a word. With {@link Encoding#AUTO}
 * a file that is not valid UTF-8 is read as Windows-1252, the legacy encoding of Indonesian news
 * archives (ISO-8859-1 text reads the same: Windows-1252 only adds printable characters where
 * ISO-8859-1 has unused control codes), and {@link Decoded#encoding()} says so, which the record
 * keeps as {@code source.encoding}.
 *
 * <p>A byte-order mark is honoured in {@link Encoding#UTF_8} and {@link Encoding#AUTO} mode: UTF-8
 * (the mark is dropped) and UTF-16 in either byte order, which would otherwise look binary. The
 * five bytes Windows-1252 leaves undefined decode to the C1 control characters, as browsers do, and
 * the cleaner drops them; nothing becomes U+FFFD.
 */
public final class TextDecoder {
  /** How to decode bytes. */
  public enum Encoding {
    /** Strict UTF-8 (a byte-order mark is dropped). */
    UTF_8,
    /** Windows-1252. */
    WINDOWS_1252,
    /** UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise. */
    AUTO;

    /** Parses {@code utf-8}, {@code windows-1252}, {@code cp1252}, {@code auto}. */
    public static Encoding parse(String s) {
      switch (s.toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "utf-8":
        case "utf8":
          return UTF_8;
        case "windows-1252":
        case "cp1252":
        case "latin-1":
        case "iso-8859-1":
          return WINDOWS_1252;
        case "auto":
          return AUTO;
        default:
          throw new IllegalArgumentException(
              "unknown encoding '" + s + "' (use utf-8, windows-1252 or auto)");
      }
    }
  }

  /**
   * Decoded text and what it was decoded from.
   *
   * @param encoding {@code windows-1252}, {@code utf-16le} or {@code utf-16be}; null for UTF-8
   */
  public record Decoded(String text, String encoding) {}

  private static final java.nio.charset.Charset WINDOWS_1252 =
      java.nio.charset.Charset.forName("windows-1252");

  private final Encoding encoding;
  private final long maxBytes;

  /**
   * @param maxBytes inputs larger than this are rejected, so that one huge file cannot stall a
   *     batch
   */
  public TextDecoder(Encoding encoding, long maxBytes) {
    this.encoding = encoding;
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Checks the size of an input before it is read. */
  public void checkSize(String name, long size) throws InputRejectedException {
    if (size > maxBytes) {
      throw new InputRejectedException(
          name,
          "too large ("
              + size
              + " bytes; the limit is "
              + maxBytes
              + " bytes, raise it with --max-bytes)");
    }
  }

  /** Decodes {@code bytes} read from {@code name}. */
  public String decode(String name, byte[] bytes) throws InputRejectedException {
    return decodeDetailed(name, bytes).text();
  }

  /** Decodes {@code bytes} read from {@code name}, saying which encoding was used. */
  public Decoded decodeDetailed(String name, byte[] bytes) throws InputRejectedException {
    checkSize(name, bytes.length);
    if (bytes.length == 0) {
      throw new InputRejectedException(name, "empty file");
    }
    String text;
    String used = null;
    int bom = encoding == Encoding.WINDOWS_1252 ? 0 : utf16Bom(bytes);
    if (bom != 0) {
      boolean le = bom < 0;
      used = le ? "utf-16le" : "utf-16be";
      try {
        text =
            (le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2))
                .toString();
      } catch (CharacterCodingException e) {
        throw new InputRejectedException(name, "invalid UTF-16 (after a byte-order mark)");
      }
      checkNotBinary(name, text);
    } else {
      int from = hasUtf8Bom(bytes) && encoding != Encoding.WINDOWS_1252 ? 3 : 0;
      checkNotBinary(name, bytes);
      switch (encoding) {
        case WINDOWS_1252:
          text = decodeWindows1252(bytes, from);
          used = "windows-1252";
          break;
        case AUTO:
          try {
            text = decodeUtf8(bytes, from);
          } catch (CharacterCodingException e) {
            text = decodeWindows1252(bytes, from);
            used = "windows-1252";
          }
          break;
        case UTF_8:
        default:
          try {
            text = decodeUtf8(bytes, from);
          } catch (MalformedInputException | UnmappableCharacterException e) {
            throw new InputRejectedException(
                name,
                "invalid UTF-8 near byte "
                    + firstInvalidUtf8Offset(bytes)
                    + " (use --encoding auto or --encoding windows-1252 for legacy files)");
          } catch (CharacterCodingException e) {
            throw new InputRejectedException(name, "invalid UTF-8");
          }
      }
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (isBlankOrInvisible(text)) {
      throw new InputRejectedException(name, "no text (only white space)");
    }
    return new Decoded(text, used);
  }

  /** -1 for a UTF-16LE byte-order mark, 1 for UTF-16BE, 0 for none. */
  private static int utf16Bom(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return -1;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return 1;
    }
    return 0;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** White space, byte-order marks, zero-width and control characters only. */
  private static boolean isBlankOrInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean invisible =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || c == '\uFEFF'
              || c == '\u200B'
              || c == '\u200C'
              || c == '\u200D'
              || c == '\u2060'
              || Character.getType(c) == Character.CONTROL;
      if (!invisible) {
        return false;
      }
    }
    return true;
  }

  /** A decoded UTF-16 text is binary if it holds NUL or many control characters. */
  private static void checkNotBinary(String name, String text) throws InputRejectedException {
    int sample = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputRejectedException(name, "binary file (contains NUL characters)");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new InputRejectedException(
          name, "binary file (" + control + " control characters in the first " + sample + ")");
    }
  }

  private static void checkNotBinary(String name, byte[] bytes) throws InputRejectedException {
    int sample = Math.min(bytes.length, 8192);
    if (sample >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      throw new InputRejectedException(name, "gzip-compressed data, not text");
    }
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new InputRejectedException(
            name,
            looksLikeUtf16(bytes, sample)
                ? "binary file, or UTF-16 text without a byte-order mark (contains NUL bytes)"
                : "binary file (contains NUL bytes)");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new InputRejectedException(
          name, "binary file (" + control + " control bytes in the first " + sample + ")");
    }
  }

  /** Whether NUL bytes sit in every other position, as in ASCII text written as UTF-16. */
  private static boolean looksLikeUtf16(byte[] bytes, int sample) {
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          evenNul++;
        } else {
          oddNul++;
        }
      }
    }
    int half = sample / 2;
    return half > 0 && Math.max(evenNul, oddNul) > half * 0.8 && Math.min(evenNul, oddNul) == 0;
  }

  private static String decodeUtf8(byte[] bytes, int from) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
    return chars.toString();
  }

  /**
   * Windows-1252 as browsers read it (WHATWG): the five undefined bytes 0x81, 0x8D, 0x8F, 0x90 and
   * 0x9D become the C1 controls of the same value instead of U+FFFD.
   */
  static String decodeWindows1252(byte[] bytes, int from) {
    char[] chars = new String(bytes, from, bytes.length - from, WINDOWS_1252).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\uFFFD') {
        chars[i] = (char) (bytes[from + i] & 0xff);
      }
    }
    return new String(chars);
  }

  private static int firstInvalidUtf8Offset(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }
}
