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
 * replacement characters would be indexed and quoted as if the source had written them. With {@link
 * Encoding#AUTO} a file that is not valid UTF-8 is read as Windows-1252, the legacy encoding of
 * Indonesian news archives.
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
    checkSize(name, bytes.length);
    if (bytes.length == 0) {
      throw new InputRejectedException(name, "empty file");
    }
    checkNotBinary(name, bytes);
    String text;
    switch (encoding) {
      case WINDOWS_1252:
        text = decodeWindows1252(bytes);
        break;
      case AUTO:
        try {
          text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
          text = decodeWindows1252(bytes);
        }
        break;
      case UTF_8:
      default:
        try {
          text = decodeUtf8(bytes);
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
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputRejectedException(name, "no text (only white space)");
    }
    return text;
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
        throw new InputRejectedException(name, "binary file (contains NUL bytes)");
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

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  private static String decodeWindows1252(byte[] bytes) {
    return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
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
