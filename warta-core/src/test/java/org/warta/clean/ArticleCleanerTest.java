package org.warta.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.CharSpan;
import org.warta.model.Removal;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = ArticleCleaner.standard();

  private static final String ARTICLE =
      String.join(
          "\n",
          "Banjir Rendam Ratusan Rumah di Bekasi",
          "Kamis 06 Mar 2025 09:12 WIB",
          "",
          "Banjir Rendam Ratusan Rumah di Bekasi",
          "Rep: Siti Aminah/ Red: Budi Santoso",
          "Petugas mengevakuasi warga dengan perahu karet di Bekasi, Kamis (6/3/2025).",
          "Foto: Dok. Warta/Andi",
          "",
          "BEKASI, WARTA.com -- Banjir setinggi 1,5 meter merendam\u00a0sekitar 600 rumah di Bekasi.",
          "",
          "MEMBACA  Harga Cabai Melonjak Jelang Ramadan | Berita",
          "",
          "Baca juga: Hujan Deras Diprediksi Hingga Akhir Pekan",
          "",
          "“Air mulai naik sejak pukul 02.00,” kata Camat Bekasi Timur Rudi Hartono.",
          "SCROLL TO CONTINUE WITH CONTENT",
          "Sebanyak 1.200 warga mengungsi ke masjid dan sekolah terdekat.",
          "Baca berita tanpa iklan, klik di sini",
          "Pemerintah kota menyiapkan dapur umum.",
          "Baca berita tanpa iklan, klik di sini");

  @Test
  void removesBoilerplateAndKeepsEveryGenuineSentence() {
    CleanedArticle c = cleaner.clean(ARTICLE);
    assertThat(c.title()).isEqualTo("Banjir Rendam Ratusan Rumah di Bekasi");
    assertThat(c.text())
        .isEqualTo(
            "Banjir Rendam Ratusan Rumah di Bekasi\n\n"
                + "Banjir setinggi 1,5 meter merendam sekitar 600 rumah di Bekasi.\n\n"
                + "“Air mulai naik sejak pukul 02.00,” kata Camat Bekasi Timur Rudi Hartono.\n\n"
                + "Sebanyak 1.200 warga mengungsi ke masjid dan sekolah terdekat.\n\n"
                + "Pemerintah kota menyiapkan dapur umum.");
    assertThat(c.removed())
        .extracting(Removal::reason)
        .containsExactly(
            "dateline",
            "duplicate-title",
            "byline",
            "photo-caption",
            "photo-credit",
            "dateline",
            "related-article",
            "related-article",
            "scroll-prompt",
            "site-chrome",
            "site-chrome");
  }

  @Test
  void removalOffsetsPointIntoTheOriginal() {
    CleanedArticle c = cleaner.clean(ARTICLE);
    for (Removal r : c.removed()) {
      assertThat(ARTICLE.substring(r.start(), r.end())).isEqualTo(r.text());
    }
    assertThat(c.removed())
        .anySatisfy(r -> assertThat(r.text()).startsWith("MEMBACA  Harga Cabai"));
    assertThat(c.removed()).anySatisfy(r -> assertThat(r.text()).isEqualTo("BEKASI, WARTA.com --"));
  }

  @Test
  void offsetMapLeadsBackToTheSameCharacters() {
    CleanedArticle c = cleaner.clean(ARTICLE);
    String text = c.text();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      char orig = ARTICLE.charAt(c.offsets().toOriginal(i));
      if (ch != ' ' && ch != '\n') {
        assertThat(orig).as("char %d", i).isEqualTo(ch);
      }
    }
    int quote = text.indexOf("Rudi Hartono");
    int o = c.offsets().toOriginal(quote);
    assertThat(ARTICLE.substring(o, o + 12)).isEqualTo("Rudi Hartono");
  }

  @Test
  void paragraphsAreTitleThenBody() {
    CleanedArticle c = cleaner.clean(ARTICLE);
    List<CharSpan> p = c.paragraphs();
    assertThat(p).hasSize(5);
    assertThat(p.get(0).of(c.text())).isEqualTo(c.title());
    assertThat(p.get(4).of(c.text())).isEqualTo("Pemerintah kota menyiapkan dapur umum.");
  }

  @Test
  void normalisesNonBreakingAndRepeatedSpaces() {
    CleanedArticle c = cleaner.clean("Judul\n\nSatu\u00a0\u00a0dua  \t tiga\u200b.\n");
    assertThat(c.text()).isEqualTo("Judul\n\nSatu dua tiga.");
  }

  @Test
  void joinsHardWrappedLines() {
    CleanedArticle c =
        cleaner.clean(
            "Judul\n\nKorban banjir terus bertambah\nhingga Senin pagi.\nWarga mengungsi.");
    assertThat(c.text())
        .isEqualTo("Judul\n\nKorban banjir terus bertambah hingga Senin pagi.\n\nWarga mengungsi.");
  }

  @Test
  void genuineSentencesThatLookLikeCuesAreKept() {
    String text =
        "Judul\n\nKomentar presiden itu memicu perdebatan di parlemen.\n"
            + "Foto-foto kerusakan beredar luas di media sosial sejak Senin.\n"
            + "Editor senior harian itu mengundurkan diri pekan lalu.";
    CleanedArticle c = cleaner.clean(text);
    assertThat(c.removed()).isEmpty();
    assertThat(c.paragraphs()).hasSize(4);
  }

  @Test
  void emptyAndBlankInputsGiveEmptyText() {
    assertThat(cleaner.clean("").text()).isEmpty();
    assertThat(cleaner.clean(" \n\n\t").text()).isEmpty();
  }

  @Test
  void veryLongFirstLineIsBodyNotTitle() {
    String para = "Kalimat panjang tentang banjir. ".repeat(20).strip();
    CleanedArticle c = cleaner.clean(para);
    assertThat(c.title()).isEmpty();
    assertThat(c.text()).isEqualTo(para);
  }

  @Test
  void datelinePrefixesOfCommonShapesAreRemoved() {
    for (String prefix :
        List.of(
            "Suara.com - ",
            "JAKARTA, KOMPAS.com - ",
            "REPUBLIKA.CO.ID, JAKARTA -- ",
            "PETALING JAYA : ",
            "JAKARTA (ANTARA) - ",
            "BANDUNG — ")) {
      CleanedArticle c = cleaner.clean("Judul\n\n" + prefix + "Harga beras naik lagi.");
      assertThat(c.text()).as(prefix).isEqualTo("Judul\n\nHarga beras naik lagi.");
      assertThat(c.removed()).extracting(Removal::reason).containsExactly("dateline");
    }
    CleanedArticle keep = cleaner.clean("Judul\n\nBNPB: empat orang meninggal.");
    assertThat(keep.removed()).isEmpty();
  }

  @Test
  void normalisesToNfcAndMapsEachComposedCharToItsSequence() {
    // "Kafe\u0301" is "Kafé" typed with a combining accent; \u212B is the Angstrom sign.
    String original =
        "Kafe\u0301 Baru di Depok\n\nPemilik kafe\u0301 itu, Ame\u0301lie, membayar 5 \u212B.";
    CleanedArticle c = cleaner.clean(original);
    assertThat(c.title()).isEqualTo("Kaf\u00e9 Baru di Depok");
    assertThat(c.text()).endsWith("Pemilik kaf\u00e9 itu, Am\u00e9lie, membayar 5 \u00c5.");
    OffsetMap map = c.offsets();
    int e = c.text().indexOf("Am\u00e9lie") + 2;
    // the composed char maps to the start of "e\u0301"; the next char maps past the accent
    assertThat(original.substring(map.toOriginal(e), map.toOriginal(e + 1))).isEqualTo("e\u0301");
    int word = c.text().indexOf("Am\u00e9lie");
    assertThat(original.substring(map.toOriginal(word), map.toOriginal(word + 6)))
        .isEqualTo("Ame\u0301lie");
    int angstrom = c.text().indexOf('\u00c5');
    assertThat(original.charAt(map.toOriginal(angstrom))).isEqualTo('\u212B');
    // a text ending in a composed sequence: the end maps past the accent
    String endsComposed = "Judul\n\nIa minum di kafe\u0301";
    CleanedArticle end = cleaner.clean(endsComposed);
    assertThat(end.text()).endsWith("kaf\u00e9");
    assertThat(end.offsets().toOriginal(end.text().length())).isEqualTo(endsComposed.length());
  }

  /**
   * A whole article typed with combining accents (NFD), boilerplate included: the cleaned text is
   * the NFC form of what the same article in NFC cleans to, the same lines are removed, and every
   * removal's offsets still point into the NFD original and slice exactly its text.
   */
  @Test
  void decomposedArticleIsCleanedLikeTheComposedOneWithRemovalsIntoTheOriginal() {
    String composed =
        ARTICLE
            .replace("Rudi", "R\u00e9di")
            .replace("Harga Cabai", "H\u00e1rga Cab\u00e1i")
            .replace("Siti Aminah", "S\u00eeti Am\u00ednah")
            .replace("Hujan Deras", "H\u00fajan D\u00e9ras")
            .replace("masjid", "m\u00e0sjid");
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed).hasSizeGreaterThan(composed.length());
    CleanedArticle nfc = cleaner.clean(composed);
    CleanedArticle nfd = cleaner.clean(decomposed);
    assertThat(nfd.text()).isEqualTo(nfc.text()).contains("R\u00e9di", "m\u00e0sjid");
    assertThat(nfd.removed())
        .extracting(Removal::reason)
        .containsExactlyElementsOf(nfc.removed().stream().map(Removal::reason).toList());
    for (Removal r : nfd.removed()) {
      assertThat(decomposed.substring(r.start(), r.end())).isEqualTo(r.text());
    }
    assertThat(nfd.removed())
        .anySatisfy(r -> assertThat(r.text()).isEqualTo("BEKASI, WARTA.com --"))
        .anySatisfy(
            r -> assertThat(r.text()).isEqualTo("Rep: Si\u0302ti Ami\u0301nah/ Red: Budi Santoso"));
    // every kept char maps back to the original char (or the start of its decomposed sequence)
    OffsetMap map = nfd.offsets();
    for (int i = 0; i < nfd.text().length(); i++) {
      int o = map.toOriginal(i);
      String back =
          java.text.Normalizer.normalize(
              decomposed.substring(o, map.toOriginal(i + 1)), java.text.Normalizer.Form.NFC);
      if (!Character.isWhitespace(nfd.text().charAt(i))) {
        assertThat(back).as("char " + i).startsWith(String.valueOf(nfd.text().charAt(i)));
      }
    }
  }

  @Test
  void leavesTextThatIsAlreadyNfcAndLoneMarksAlone() {
    String original = "Judul\n\nKata \u0301aneh dan caf\u00e9 q\u0301.";
    CleanedArticle c = cleaner.clean(original);
    assertThat(c.text()).isEqualTo(original);
    for (int i = 7; i <= c.text().length(); i++) { // after the title and its blank line
      assertThat(c.offsets().toOriginal(i)).isEqualTo(i);
    }
  }

  /** Found by the cleaning property test: these rules used to take genuine sentences. */
  @Test
  void sentencesThatStartLikeSiteChromeStayAndTheChromeStillGoes() {
    List<String> news =
        List.of(
            "Hak cipta atas lagu daerah itu kini dipegang oleh ahli waris penciptanya.",
            "Copyright lagu kebangsaan itu sempat dipersoalkan di forum internasional.",
            "Ikuti aturan lalu lintas, pesan polisi kepada pengemudi ojek yang memakai aplikasi daring.",
            "Langganan listrik prabayar kini bisa dibeli melalui aplikasi perbankan.",
            "Berita terkait penangkapan itu menyebar cepat di grup percakapan warga.");
    for (String s : news) {
      CleanedArticle c = cleaner.clean("Judul\n\n" + s);
      assertThat(c.removed()).as(s).isEmpty();
    }
    List<String> chrome =
        List.of(
            "Copyright © 2025 Warta Media. All rights reserved.",
            "Hak Cipta Dilindungi Undang-Undang",
            "Download aplikasi kami sekarang juga",
            "Unduh aplikasi Warta.id untuk membaca lebih nyaman",
            "Ikuti channel WhatsApp kami",
            "Berita Terkait: Ribuan Warga Mengungsi",
            "Berita Terkait");
    for (String s : chrome) {
      CleanedArticle c = cleaner.clean("Judul\n\nIsi berita.\n\n" + s);
      assertThat(c.removed()).as(s).extracting(Removal::text).containsExactly(s);
    }
  }
}
