package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeHtmlCommandTest {
  @TempDir Path dir;

  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
          + "<title>Banjir Rendam Ratusan Rumah di Bekasi | Kabar Contoh</title>"
          + "<meta property=\"og:site_name\" content=\"Kabar Contoh\">"
          + "<meta property=\"article:published_time\" content=\"2025-03-08T10:00:00+07:00\">"
          + "</head><body><nav><a href=\"/\">Beranda</a> <a href=\"/metro\">Metro</a></nav>"
          + "<article><h1>Banjir Rendam Ratusan Rumah di Bekasi</h1>"
          + "<p class=\"byline\">Penulis: Siti Aminah</p>"
          + "<p>Banjir setinggi 1,5 meter merendam sekitar 600 rumah di Bekasi pada Jumat lalu.</p>"
          + "<p>Baca juga: <a href=\"/x\">Hujan Deras Diprediksi Hingga Akhir Pekan</a></p>"
          + "<p>Sebanyak 1.200 warga mengungsi ke masjid terdekat, kata petugas.</p></article>"
          + "<footer>Hak cipta Kabar Contoh</footer></body></html>";

  @Test
  void htmlPagesGiveTheSameRecordFormat() throws Exception {
    Path html = Files.writeString(dir.resolve("banjir.html"), PAGE);
    Path gz = dir.resolve("banjir2.html.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("analyze", html.toString(), gz.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.lines()).hasSize(2);
    JsonNode n = new ObjectMapper().readTree(r.lines().get(0));
    assertThat(n.get("title").asText()).isEqualTo("Banjir Rendam Ratusan Rumah di Bekasi");
    assertThat(n.get("published").asText()).isEqualTo("2025-03-08T10:00:00+07:00");
    assertThat(n.get("source").get("outlet").asText()).isEqualTo("Kabar Contoh");
    assertThat(n.get("text").asText())
        .isEqualTo(
            "Banjir Rendam Ratusan Rumah di Bekasi\n\n"
                + "Banjir setinggi 1,5 meter merendam sekitar 600 rumah di Bekasi pada Jumat"
                + " lalu.\n\n"
                + "Sebanyak 1.200 warga mengungsi ke masjid terdekat, kata petugas.");
    for (JsonNode removal : n.get("removed")) {
      int start = removal.get("start").asInt();
      int end = removal.get("end").asInt();
      assertThat(start).isLessThanOrEqualTo(end);
      assertThat(end).isLessThanOrEqualTo(PAGE.length()); // ASCII page: code points = chars
    }
    assertThat(r.lines().get(1)).contains("\"title\":\"Banjir Rendam Ratusan Rumah di Bekasi\"");
  }

  @Test
  void truncatedGzipAndBinaryPagesAreSkippedWithAReason() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write((PAGE + PAGE).getBytes(StandardCharsets.UTF_8));
    }
    byte[] gz = bytes.toByteArray();
    Path cut = dir.resolve("cut.html.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
    Path bin = dir.resolve("gambar.html");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Path ok = Files.writeString(dir.resolve("ok.html"), PAGE);
    AnalyzeCommandTest.Result r =
        AnalyzeCommandTest.run("analyze", cut.toString(), bin.toString(), ok.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertThat(r.lines()).hasSize(1);
    assertThat(r.err())
        .contains("skipped " + cut + ": truncated gzip data")
        .contains("skipped " + bin + ": binary file")
        .doesNotContain("Exception");
  }
}
