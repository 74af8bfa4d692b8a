package org.warta.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.html.HtmlDecoder;

/**
 * Fuzzes the decoding of raw bytes: {@link TextDecoder} in each of its encodings and {@link
 * HtmlDecoder}. Any input either decodes to non-blank text or is rejected with a one-line reason.
 */
class TextDecoderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void decode(byte[] bytes) {
    for (TextDecoder.Encoding e : TextDecoder.Encoding.values()) {
      TextDecoder decoder = new TextDecoder(e, 1 << 20);
      TextDecoder.Decoded text =
          FuzzSupport.timed(
              "decoding as " + e,
              () -> {
                try {
                  return decoder.decodeDetailed("fuzz", bytes);
                } catch (InputRejectedException r) {
                  checkReason(r);
                  return null;
                }
              });
      if (text != null) {
        checkText(text.text());
        if ("windows-1252".equals(text.encoding()) && text.text().indexOf('\uFFFD') >= 0) {
          throw new AssertionError("Windows-1252 decoding produced U+FFFD");
        }
      }
    }
    String page =
        FuzzSupport.timed(
            "HTML decoding",
            () -> {
              HtmlDecoder.looksLikeHtml(bytes);
              try {
                return HtmlDecoder.decode("fuzz", bytes, "text/html; charset=" + charsetOf(bytes));
              } catch (InputRejectedException r) {
                checkReason(r);
                return null;
              }
            });
    if (page != null) {
      checkText(page);
    }
  }

  /** A charset name taken from the input, to exercise header parsing with odd values. */
  private static String charsetOf(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(bytes.length, 12); i++) {
      b.append((char) (bytes[i] & 0x7f));
    }
    return b.toString();
  }

  private static void checkText(String text) {
    if (text.isBlank()) {
      throw new AssertionError("decoded to blank text");
    }
  }

  private static void checkReason(InputRejectedException r) {
    if (r.reason() == null || r.reason().isBlank() || r.reason().indexOf('\n') >= 0) {
      throw new AssertionError("bad rejection reason: " + r.reason());
    }
  }
}
