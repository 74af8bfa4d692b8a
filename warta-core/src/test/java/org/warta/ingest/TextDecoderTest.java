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
}
