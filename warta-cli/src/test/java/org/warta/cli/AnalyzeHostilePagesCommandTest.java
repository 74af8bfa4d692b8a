package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that are not what an extractor hopes for, through {@code warta analyze}: non-UTF-8 with and
 * without a declaration, malformed and truncated markup, a 20 MB page. Each gives a record or a
 * clear skip, never a crash. The pages are generated here (nothing big is committed).
 */
class AnalyzeHostilePagesCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  /** A small news page; {@code head} goes into {@code <head>}. */
  private static String page(String head) {
    return "<html><head>"
        + head
        + "<title>Harga Cabai Rawit di Pasar Kramat Jati Tembus Rp 90.000 – Warta Pasar</title>"
        + "</head><body><div class=\"menu\"><a href=\"/\">Beranda</a> <a href=\"/ekonomi\">Ekonomi</a>"
        + "</div><div class=\"isi-berita\"><h1>Harga Cabai Rawit di Pasar Kramat Jati Tembus"
        + " Rp 90.000</h1>"
        + "<p>Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, naik menjadi"
        + " Rp 90.000 per kilogram pada Selasa pagi – tertinggi sejak awal tahun.</p>"
        + "<p>“Pasokan dari Jawa Tengah berkurang karena hujan,” kata Darmin, pedagang di pasar"
        + " itu. Menurut dia, harga biasanya kembali turun dua pekan setelah panen.</p>"
        + "<p class=\"baca-juga\">Baca juga: <a href=\"/x\">Harga Bawang Merah Ikut Naik</a></p>"
        + "<p>Dinas Ketahanan Pangan DKI Jakarta berencana menggelar pasar murah di 44"
        + " kecamatan mulai pekan depan untuk menahan kenaikan harga.</p></div>"
        + "<div class=\"footer\">© 2025 Warta Pasar</div></body></html>";
  }

  private static final String FIRST =
      "Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, naik menjadi"
          + " Rp 90.000 per kilogram pada Selasa pagi – tertinggi sejak awal tahun.";

  private static JsonNode only(AnalyzeCommandTest.Result r) throws Exception {
    assertThat(r.lines()).as(r.err()).hasSize(1);
    return MAPPER.readTree(r.lines().get(0));
  }

  @Test
  void windows1252PagesDeclaredOrNotDecodeTheSame() throws Exception {
    Path declared = dir.resolve("deklarasi.html");
    Files.write(
        declared,
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
            .getBytes(CP1252));
    Path undeclared = dir.resolve("tanpa-deklarasi.htm");
    Files.write(undeclared, page("").getBytes(CP1252));
    // Declared ISO-8859-1 but written in Windows-1252 (its quotation marks): read as Windows-1252.
    Path latin1 = dir.resolve("latin1.html");
    Files.write(latin1, page("<meta charset=\"iso-8859-1\">").getBytes(CP1252));
    for (Path p : new Path[] {declared, undeclared, latin1}) {
      JsonNode n = only(AnalyzeCommandTest.run("analyze", p.toString()));
      assertThat(n.get("title").asText())
          .isEqualTo("Harga Cabai Rawit di Pasar Kramat Jati Tembus Rp 90.000");
      assertThat(n.get("text").asText())
          .contains(FIRST)
          .contains("“Pasokan dari Jawa Tengah berkurang karena hujan,” kata Darmin")
          .doesNotContain("Baca juga")
          .doesNotContain("\uFFFD");
      assertThat(n.get("source").get("encoding").asText()).isEqualTo("windows-1252");
    }
  }

  @Test
  void malformedAndTruncatedPagesGiveARecord() throws Exception {
    String html = page("<meta charset=\"utf-8\">");
    String malformed =
        html.replace("</p>", "")
            .replace("<div class=\"isi-berita\">", "<div class=\"isi-berita\"><span><b>")
            .replace("Rp 90.000 per", "Rp 90.000 &amp per &#xZZ;")
            .concat("</div></div></span><p>teks liar setelah akhir");
    Path m = dir.resolve("rusak.html");
    Files.writeString(m, malformed, StandardCharsets.UTF_8);
    JsonNode n = only(AnalyzeCommandTest.run("analyze", m.toString()));
    assertThat(n.get("text").asText())
        .contains("Harga cabai rawit merah di Pasar Induk Kramat Jati")
        .contains("Dinas Ketahanan Pangan DKI Jakarta berencana");

    // Cut inside the third paragraph's markup: what came before is the article.
    int cut = html.indexOf("<p class=\"baca-juga\">") + 12;
    Path t = dir.resolve("terpotong.html");
    Files.writeString(t, html.substring(0, cut), StandardCharsets.UTF_8);
    JsonNode tn = only(AnalyzeCommandTest.run("analyze", t.toString()));
    assertThat(tn.get("text").asText()).contains(FIRST).contains("kata Darmin");
  }

  @Test
  void aTwentyMegabytePageIsARecordOrAClearSkip() throws Exception {
    StringBuilder b = new StringBuilder(21_000_000);
    b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Laporan Tahunan</title>");
    b.append("</head><body><nav><a href=\"/\">Beranda</a></nav><div class=\"content\">");
    String paragraph =
        "<p>Laporan itu mencatat sebanyak 1.200 warga mengungsi ke balai desa, kata petugas,"
            + " dan bantuan logistik terus berdatangan dari kabupaten tetangga.</p>\n";
    while (b.length() < 20_000_000) {
      b.append(paragraph);
    }
    b.append("</div></body></html>");
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    Path big = dir.resolve("besar.html");
    Files.write(big, bytes);
    Path gz = dir.resolve("besar.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(bytes);
    }

    // Over the default limit: skipped, saying which limit and how to raise it.
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("analyze", big.toString(), gz.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertThat(r.lines()).isEmpty();
    assertThat(r.err())
        .contains("skipped " + big + ":")
        .contains("skipped " + gz + ": too large when decompressed");

    // Within a raised limit: a record, or a skip naming the stage that ran over its time budget.
    AnalyzeCommandTest.Result raised =
        AnalyzeCommandTest.run("analyze", "--max-bytes", "25000000", gz.toString());
    assertThat(raised.err()).doesNotContain("internal error");
    if (raised.lines().isEmpty()) {
      assertThat(raised.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
      assertThat(raised.err()).contains("skipped " + gz + ":").containsIgnoringCase("budget");
    } else {
      JsonNode n = MAPPER.readTree(raised.lines().get(0));
      assertThat(n.get("title").asText()).isEqualTo("Laporan Tahunan");
      assertThat(n.get("text").asText().length()).isGreaterThan(10_000_000);
    }
  }

  @Test
  void binaryAndEmptyPagesAreSkippedWithAReason() throws Exception {
    Path empty = Files.write(dir.resolve("kosong.html"), new byte[0]);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Path bin = Files.write(dir.resolve("foto.htm"), png.toByteArray());
    AnalyzeCommandTest.Result r =
        AnalyzeCommandTest.run("analyze", empty.toString(), bin.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertThat(r.lines()).isEmpty();
    assertThat(r.err())
        .contains("skipped " + empty + ": empty file")
        .contains("skipped " + bin + ": ");
    assertThat(r.err()).contains("2 skipped");
  }

  @Test
  void skipReasonsAreSummarisedByKind() {
    assertThat(AnalyzeCommand.kind("invalid UTF-8 near byte 40"))
        .isEqualTo("invalid UTF-8 near byte N");
    assertThat(AnalyzeCommand.kind("HTTP status 301, not an article")).isEqualTo("HTTP status N");
    assertThat(AnalyzeCommand.kind("not an article (image/jpeg)")).isEqualTo("not an article");
    java.util.Map<String, Integer> reasons = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 8; i++) {
      reasons.put("alasan " + (char) ('a' + i), i);
    }
    assertThat(AnalyzeCommand.why(reasons))
        .isEqualTo(
            " (8 alasan i, 7 alasan h, 6 alasan g, 5 alasan f, 4 alasan e, 3 alasan d, 3 other)");
  }
}
