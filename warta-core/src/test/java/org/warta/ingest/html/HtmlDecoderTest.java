package org.warta.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.warta.ingest.InputRejectedException;

class HtmlDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void windows1252PageWithMetaCharsetDecodesRight() throws Exception {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Kafe</title></head><body><p>Kafe"
            + " \u201cTjikini\u201d di Cikini \u2013 tempat para seniman minum caf\u00e9 au"
            + " lait.</p></body></html>";
    byte[] bytes = page.getBytes(CP1252);
    assertThat(bytes).contains((byte) 0x93, (byte) 0xE9);
    assertThat(HtmlDecoder.decode("kafe.html", bytes)).isEqualTo(page);
    String text = HtmlArticleExtractor.standard().extract(page, "kafe").cleaned().text();
    assertThat(text).contains("\u201cTjikini\u201d").contains("caf\u00e9");
  }

  @Test
  void httpEquivIso88591IsReadAsWindows1252() throws Exception {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
            + "</head><body><p>\u201cSelamat datang,\u201d kata Jos\u00e9.</p></body></html>";
    assertThat(HtmlDecoder.decode("p.html", page.getBytes(CP1252))).isEqualTo(page);
  }

  @Test
  void utf8WithBomIsDecodedWithoutTheMark() throws Exception {
    String page =
        "<!DOCTYPE html><html><body><p>Rp 1,5 triliun \u2014 kata Menkeu</p></body></html>";
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(HtmlDecoder.looksLikeHtml(bytes)).isTrue();
    assertThat(HtmlDecoder.decode("bom.html", bytes)).isEqualTo(page);
  }

  @Test
  void undeclaredCharsetIsUtf8WhenValidElseWindows1252() throws Exception {
    String page = "<html><body><p>Caf\u00e9 \u201cBaru\u201d</p></body></html>";
    assertThat(HtmlDecoder.decode("u.html", page.getBytes(StandardCharsets.UTF_8))).isEqualTo(page);
    assertThat(HtmlDecoder.decode("w.html", page.getBytes(CP1252))).isEqualTo(page);
  }

  @Test
  void mislabelledUtf8PageIsReadAsUtf8() throws Exception {
    String page =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 \u201cBaru\u201d"
            + "</p></body></html>";
    assertThat(HtmlDecoder.decode("m.html", page.getBytes(StandardCharsets.UTF_8))).isEqualTo(page);
  }

  @Test
  void binaryEmptyAndGzipDataAreRejectedWithAReason() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    assertThatThrownBy(() -> HtmlDecoder.decode("foto.html", png))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("binary file");
    assertThatThrownBy(() -> HtmlDecoder.decode("kosong.html", new byte[0]))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> HtmlDecoder.decode("p.html", new byte[] {0x1f, (byte) 0x8b, 8, 0}))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("gzip");
  }

  @Test
  void htmlIsRecognisedByItsStart() {
    assertThat(HtmlDecoder.looksLikeHtml(bytes("<!DOCTYPE html>\n<html><body></body></html>")))
        .isTrue();
    assertThat(HtmlDecoder.looksLikeHtml(bytes("  \n<!-- cache -->\n<HTML lang=id>"))).isTrue();
    assertThat(HtmlDecoder.looksLikeHtml(bytes("<?xml version=\"1.0\"?>\n<html>"))).isTrue();
    assertThat(HtmlDecoder.looksLikeHtml(bytes("Banjir Rendam Bekasi\n\n<b>bukan</b> HTML")))
        .isFalse();
    assertThat(HtmlDecoder.looksLikeHtml(bytes("<htmlx>"))).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
