package org.warta.robust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sentence and boilerplate lists of this package's property tests (resources we wrote). */
final class TestTexts {
  /** Genuine news sentences, many with starts that look like boilerplate. */
  static final List<String> GENUINE = load("genuine-sentences-id.txt");

  /** Boilerplate units; a unit may be two lines (a caption and its photo credit). */
  static final List<String> BOILERPLATE = load("boilerplate-lines-id.txt");

  /** Headlines for the title line. */
  static final List<String> TITLES =
      List.of(
          "Banjir Rendam Ratusan Rumah di Bekasi",
          "Gempa Magnitudo 5,6 Guncang Cianjur, 12 Orang Meninggal",
          "Kim Jong Un Bertemu Putin di Vladivostok",
          "Harga Beras Naik 15 Persen dalam Sebulan",
          "Ribuan Buruh Mogok Kerja di Cikarang",
          "KPK Tahan Mantan Kepala Dinas PUPR",
          "Tim SAR Temukan Korban Terakhir Kapal Tenggelam",
          "Pemerintah Tunda Kenaikan Harga BBM",
          "Mahasiswa Makassar Tolak Kenaikan UKT",
          "Erupsi Semeru, Warga Diminta Menjauh dari Lereng");

  private TestTexts() {}

  private static List<String> load(String name) {
    try (InputStream in = TestTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.replace("\\n", "\n"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
