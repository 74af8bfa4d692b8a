package org.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder strict = new TextDecoder(TextDecoder.Encoding.UTF_8, 1_000);
  private final TextDecoder auto = new TextDecoder(TextDecoder.Encoding.AUTO, 1_000);

  @Test
  void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
    byte[] bytes = "\uFEFFJudul “kutipan”".getBytes(StandardCharsets.UTF_8);
    assertThat(strict.decode("a.txt", bytes)).isEqualTo("Judul “kutipan”");
  }

  @Test
  void rejectsEmptyAndBlankFiles() {
    assertThatThrownBy(() -> strict.decode("a.txt", new byte[0]))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage("a.txt: empty file");
    assertThatThrownBy(() -> strict.decode("b.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("only white space");
  }

  @Test
  void rejectsBinary() {
    byte[] bytes = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12};
    assertThatThrownBy(() -> strict.decode("x.txt", bytes))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("binary file");
    byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x01, 0x41};
    assertThatThrownBy(() -> strict.decode("y.txt", gzip)).hasMessageContaining("gzip");
  }

  @Test
  void rejectsInvalidUtf8WithTheByteOffsetAndAHint() {
    byte[] bytes = "Harga naik \u201c10 persen\u201d".getBytes(Charset.forName("windows-1252"));
    assertThatThrownBy(() -> strict.decode("k.txt", bytes))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("invalid UTF-8 near byte 11")
        .hasMessageContaining("--encoding auto");
  }

  @Test
  void autoFallsBackToWindows1252() throws Exception {
    byte[] bytes = "Harga naik \u201c10 persen\u201d".getBytes(Charset.forName("windows-1252"));
    assertThat(auto.decode("k.txt", bytes)).isEqualTo("Harga naik \u201c10 persen\u201d");
  }

  @Test
  void rejectsInputsOverTheSizeLimit() {
    byte[] bytes = "a".repeat(1_001).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> strict.decode("big.txt", bytes))
        .hasMessageContaining("too large (1001 bytes; the limit is 1000 bytes");
  }

  @Test
  void parsesEncodingNames() {
    assertThat(TextDecoder.Encoding.parse("UTF8")).isEqualTo(TextDecoder.Encoding.UTF_8);
    assertThat(TextDecoder.Encoding.parse("cp1252")).isEqualTo(TextDecoder.Encoding.WINDOWS_1252);
    assertThatThrownBy(() -> TextDecoder.Encoding.parse("ebcdic"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void autoSaysWhichEncodingItUsed() throws Exception {
    assertThat(auto.decodeDetailed("a.txt", "Rp 1,5 juta".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new TextDecoder.Decoded("Rp 1,5 juta", null));
    byte[] latin1 = "Caf\u00e9 di Medan".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(auto.decodeDetailed("b.txt", latin1))
        .isEqualTo(new TextDecoder.Decoded("Caf\u00e9 di Medan", "windows-1252"));
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedBeforeTheFallback() throws Exception {
    byte[] body = "Harga \u201cnaik\u201d".getBytes(Charset.forName("windows-1252"));
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(auto.decode("c.txt", bytes)).isEqualTo("Harga \u201cnaik\u201d");
  }

  @Test
  void readsUtf16WithAByteOrderMark() throws Exception {
    String text = "Gempa di Cianjur, 15.000 warga mengungsi.";
    byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    TextDecoder big = new TextDecoder(TextDecoder.Encoding.UTF_8, 10_000);
    assertThat(big.decodeDetailed("le.txt", le))
        .isEqualTo(new TextDecoder.Decoded(text, "utf-16le"));
    assertThat(big.decodeDetailed("be.txt", be))
        .isEqualTo(new TextDecoder.Decoded(text, "utf-16be"));
    byte[] noBom = text.getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> big.decode("nobom.txt", noBom))
        .hasMessageContaining("UTF-16 text without a byte-order mark");
  }

  @Test
  void undefinedWindows1252BytesBecomeControlsNotReplacementChars() throws Exception {
    byte[] bytes = {'K', 'o', 't', 'a', (byte) 0x81, ' ', (byte) 0x93, 'A', (byte) 0x94};
    String text = auto.decode("d.txt", bytes);
    assertThat(text).isEqualTo("Kota\u0081 \u201cA\u201d").doesNotContain("\uFFFD");
  }

  @Test
  void cesuEncodedSurrogatesAreInvalidUtf8() throws Exception {
    // U+D83D encoded on its own (CESU-8 / "WTF-8"): not UTF-8.
    byte[] bytes = {'A', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0xBD, 'c'};
    assertThatThrownBy(() -> strict.decode("e.txt", bytes)).hasMessageContaining("invalid UTF-8");
    assertThat(auto.decodeDetailed("e.txt", bytes).encoding()).isEqualTo("windows-1252");
  }

  @Test
  void byteOrderMarksAndInvisiblesAloneAreNoText() {
    byte[] boms = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE};
    assertThatThrownBy(() -> strict.decode("f.txt", boms)).hasMessageContaining("no text");
    byte[] zw = "\u200B\u200B \n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> strict.decode("g.txt", zw)).hasMessageContaining("no text");
  }
}
