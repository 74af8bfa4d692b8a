package org.warta.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.analysis.RecordValidator;
import org.warta.analysis.SharedAnalyzer;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;
import org.warta.model.Removal;

class HtmlArticleExtractorTest {
  private static final HtmlArticleExtractor EXTRACTOR = HtmlArticleExtractor.standard();

  static String resource(String name) throws IOException {
    try (InputStream in =
        HtmlArticleExtractorTest.class.getResourceAsStream("/golden/html/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kabar-banjir-bekasi",
        "detak-gempa-banten",
        "suara-kebun-raya",
        "lensa-harga-beras",
        "sorot-listrik-padam"
      })
  void goldenPagesAreExtractedCleanly(String name) throws IOException {
    String html = resource(name + ".html");
    String expected = resource(name + ".expected.txt").stripTrailing();
    CleanedArticle c = EXTRACTOR.extract(html, name).cleaned();
    assertThat(c.text()).isEqualTo(expected);
    assertRemovalsPointIntoSource(html, c.removed());
    assertOffsetsPointIntoSource(html, c);
  }

  @Test
  void kompasStyleChromeIsDroppedWithReasons() throws IOException {
    String html = resource("kabar-banjir-bekasi.html");
    HtmlExtraction x = EXTRACTOR.extract(html, "kabar");
    CleanedArticle c = x.cleaned();
    assertThat(c.title())
        .isEqualTo("Banjir Rendam 1.200 Rumah di Bekasi, Warga Mengungsi ke Masjid");
    assertThat(c.text())
        .doesNotContain("Baca juga")
        .doesNotContain("Penulis")
        .doesNotContain("perahu karet di Bekasi Timur, Kamis") // the photo caption
        .doesNotContain("ANDI PRATAMA")
        .doesNotContain("Bagikan")
        .doesNotContain("Berita Terkait")
        .doesNotContain("Semoga cepat surut")
        .doesNotContain("Terpopuler")
        .doesNotContain("ADVERTISEMENT")
        .doesNotContain("Hak cipta")
        .doesNotContain("BEKASI, KABARNUSANTARA.com")
        .contains("\n\nDapur umum didirikan\n\n") // sub-headings stay in the body
        .contains("Menurut Rudi, sebanyak 3.400 warga mengungsi");
    assertThat(c.removed())
        .extracting(Removal::reason)
        .contains(
            "navigation",
            "dateline",
            "related-article",
            "share-bar",
            "tags",
            "comments",
            "sidebar");
    assertThat(c.removed())
        .anySatisfy(
            r -> {
              assertThat(r.reason()).isEqualTo("related-article");
              assertThat(r.text())
                  .isEqualTo("Baca juga: Tiga Pintu Air di Jakarta Berstatus Siaga 2");
            });
  }

  @Test
  void metadataComesFromThePage() throws IOException {
    ArticleMetadata kabar = EXTRACTOR.extract(resource("kabar-banjir-bekasi.html"), "k").metadata();
    assertThat(kabar.outlet()).isEqualTo("Kabar Nusantara");
    assertThat(kabar.published()).isEqualTo("2025-03-06T09:12:00+07:00");
    assertThat(kabar.url())
        .isEqualTo(
            "https://www.kabarnusantara.example/read/2025/03/06/091200/banjir-rendam-bekasi");

    HtmlExtraction detak = EXTRACTOR.extract(resource("detak-gempa-banten.html"), "d");
    assertThat(detak.metadata().outlet()).isEqualTo("Detak News"); // JSON-LD publisher.name
    assertThat(detak.metadata().published()).isEqualTo("2025-01-18T21:40:00+07:00");
    assertThat(detak.cleaned().title())
        .isEqualTo("Gempa M 5,2 Guncang Banten, Puluhan Rumah Rusak"); // not "| Detak News"

    ArticleMetadata suara = EXTRACTOR.extract(resource("suara-kebun-raya.html"), "s").metadata();
    assertThat(suara.published()).isEqualTo("2025-02-14T10:30:00+07:00"); // <time datetime>
    assertThat(suara.outlet()).isEqualTo("Suara Pekan");
  }

  @Test
  void titleSuffixesNamingTheSiteAreStripped() {
    assertThat(
            PageMetadataReader.stripSite(
                "Harga Cabai Naik | Kabar Nusantara", "Kabar Nusantara", null))
        .isEqualTo("Harga Cabai Naik");
    assertThat(
            PageMetadataReader.stripSite(
                "Harga Cabai Naik - Ekonomi - Suara Pekan", null, "ekonomi.suarapekan.example"))
        .isEqualTo("Harga Cabai Naik"); // the section named in the host goes too
    assertThat(PageMetadataReader.stripSite("Gempa - Banten Berduka", "Detak News", null))
        .isEqualTo("Gempa - Banten Berduka");
  }

  @Test
  void publishedDatesAreNormalisedToIso() {
    assertThat(PageMetadataReader.isoDate("2025-01-18 21:40:00")).isEqualTo("2025-01-18T21:40:00");
    assertThat(PageMetadataReader.isoDate("2019/08/03")).isEqualTo("2019-08-03");
    assertThat(PageMetadataReader.isoDate("2019-08-03T16:40:00.000Z"))
        .isEqualTo("2019-08-03T16:40:00.000Z");
    assertThat(PageMetadataReader.isoDate("kemarin sore")).isNull();
  }

  @Test
  void jsonLdArticleBodyLocatesTheBodyAmongLookalikeBlocks() {
    String para =
        "Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.500 per kilogram pada"
            + " pekan ini, tertinggi sejak awal tahun, kata pedagang setempat.";
    String para2 =
        "Pemerintah berencana menggelar operasi pasar di 30 titik untuk menahan kenaikan harga"
            + " hingga panen raya tiba pada April mendatang.";
    String teaser =
        "Harga gula pasir di Surabaya turun tipis menjadi Rp 17.000 per kilogram setelah pasokan"
            + " dari pabrik kembali normal, menurut dinas perdagangan.";
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Harga Beras Naik\",\"articleBody\":\""
            + para
            + " "
            + para2
            + "\"}</script></head><body>"
            + "<div class=\"content\"><p>"
            + teaser
            + "</p><p>"
            + teaser.replace("gula", "minyak")
            + "</p><p>"
            + teaser.replace("Surabaya", "Medan")
            + "</p></div>"
            + "<div><div><p>"
            + para
            + "</p><p>"
            + para2
            + "</p></div></div></body></html>";
    CleanedArticle c = EXTRACTOR.extract(html, "ld").cleaned();
    assertThat(c.text()).contains(para).contains(para2).doesNotContain("gula pasir");
  }

  private static final String BODY =
      "<h1>Pemkot Surabaya Tambah 40 Bus Listrik untuk Rute Suroboyo Bus</h1>"
          + "<p>Pemerintah Kota Surabaya menambah 40 bus listrik untuk melayani rute Suroboyo Bus"
          + " mulai bulan depan, kata Kepala Dinas Perhubungan, Tundjung Iswandaru, Senin.</p>"
          + "<p>Menurut dia, penambahan armada itu akan memangkas waktu tunggu penumpang dari 20"
          + " menit menjadi sekitar 10 menit di jam sibuk pagi dan sore.</p>"
          + "<p>Bus listrik tersebut dibeli dengan anggaran Rp 180 miliar dari APBD 2025 dan akan"
          + " diisi daya di dua depo baru di Purabaya dan Tambak Osowilangun.</p>";

  @Test
  void aSectionAnnouncedAsRelatedArticlesIsDroppedEvenWhenItsTeasersAreProse() {
    StringBuilder html =
        new StringBuilder("<html><body><div id=\"utama\"><article class=\"post\">")
            .append(BODY)
            .append("</article><section><h3 class=\"judul-seksi\">Berita Terkait</h3>");
    for (int i = 1; i <= 6; i++) {
      html.append("<article class=\"post\"><h4><a href=\"/b/")
          .append(i)
          .append("\">Jalur Sepeda Baru Dibuka di Jalan Raya Darmo Tahap ")
          .append(i)
          .append("</a></h4><p>Dinas Perhubungan membuka jalur sepeda sepanjang tiga kilometer")
          .append(" di Jalan Raya Darmo, dilengkapi pembatas beton dan rambu baru tahap ")
          .append(i)
          .append(". Pesepeda diminta memakai helm, dan petugas akan berjaga setiap pagi, sore,")
          .append(" dan malam selama sebulan pertama uji coba jalur itu.</p></article>");
    }
    html.append("</section></div></body></html>");
    CleanedArticle c = EXTRACTOR.extract(html.toString(), "terkait").cleaned();
    assertThat(c.text()).contains("dua depo baru di Purabaya").doesNotContain("Jalur Sepeda");
    assertThat(c.removed())
        .anySatisfy(
            r -> {
              assertThat(r.reason()).isEqualTo("related-article");
              assertThat(r.text()).contains("Dinas Perhubungan membuka jalur sepeda");
            });
  }

  @Test
  void aGridOfTeaserCardsIsDroppedButAListInTheBodyStays() {
    StringBuilder html =
        new StringBuilder("<html><body><div class=\"konten\">")
            .append(BODY)
            .append("<p>Rute yang dilayani:</p><ul>")
            .append("<li>Purabaya - Rajawali lewat <a href=\"/r1\">Jalan Darmo</a>;</li>")
            .append(
                "<li>Tambak Osowilangun - Kenjeran lewat <a href=\"/r2\">Jalan Tunjungan</a>;</li>")
            .append("<li>Unesa - ITS lewat <a href=\"/r3\">Jalan Ahmad Yani</a>.</li></ul>")
            .append("<div class=\"deret\">");
    for (int i = 1; i <= 4; i++) {
      html.append("<div class=\"kartu\"><div class=\"kartu-judul\"><a href=\"/k/")
          .append(i)
          .append("\">Tarif Suroboyo Bus Bisa Dibayar dengan Botol Plastik ")
          .append(i)
          .append("</a></div><div class=\"kartu-isi\">Penumpang cukup menukar lima botol plastik")
          .append(" bekas untuk satu kali perjalanan ke mana pun.</div></div>");
    }
    html.append("</div></div></body></html>");
    CleanedArticle c = EXTRACTOR.extract(html.toString(), "kartu").cleaned();
    assertThat(c.text())
        .contains("Tambak Osowilangun - Kenjeran lewat Jalan Tunjungan;")
        .doesNotContain("botol plastik");
    assertThat(c.removed())
        .anySatisfy(
            r -> {
              assertThat(r.reason()).isEqualTo("related-article");
              assertThat(r.text()).contains("Penumpang cukup menukar");
            });
  }

  @Test
  void divWithLineBreaksKeepsParagraphsAndDropsInlineTeasers() {
    String html =
        "<html><body><div class=\"isi-berita\">"
            + "Hujan deras mengguyur Kota Malang sejak Senin sore hingga malam hari.<br><br>"
            + "Baca juga: Sungai Brantas Meluap, Warga Diminta Waspada<br><br>"
            + "Sebanyak 45 rumah di tiga kelurahan terendam air setinggi 50 sentimeter, kata petugas"
            + " BPBD setempat.<br>"
            + "</div></body></html>";
    CleanedArticle c = EXTRACTOR.extract(html, "br").cleaned();
    assertThat(c.text())
        .endsWith(
            "Hujan deras mengguyur Kota Malang sejak Senin sore hingga malam hari.\n\n"
                + "Sebanyak 45 rumah di tiga kelurahan terendam air setinggi 50 sentimeter, kata"
                + " petugas BPBD setempat.");
    assertRemovalsPointIntoSource(html, c.removed());
  }

  @Test
  void malformedMarkupStillYieldsTheText() {
    String html =
        "<html><body><div id=content><p>Polisi menangkap dua tersangka <b>pencurian <i>motor"
            + "</div></span><p>Keduanya ditahan di Polsek Cakung &amp sejak Selasa &#xZZ; malam."
            + "<table><tr><td>Barang bukti: <p>dua sepeda motor</table></body></html></html>"
            + "<p>teks setelah akhir";
    CleanedArticle c = EXTRACTOR.extract(html, "malformed").cleaned();
    assertThat(c.text()).contains("Polisi menangkap dua tersangka pencurian motor");
    assertThat(c.text()).contains("Keduanya ditahan di Polsek Cakung & sejak Selasa");
    assertOffsetsPointIntoSource(html, c);
    assertRemovalsPointIntoSource(html, c.removed());
  }

  @Test
  void truncatedPagesAndEdgeCasesNeverThrow() throws IOException {
    String html = resource("kabar-banjir-bekasi.html");
    for (int cut : new int[] {0, 1, 20, 600, 1700, 2400, 2700, html.length() / 2}) {
      String part = html.substring(0, Math.min(cut, html.length()));
      CleanedArticle c = EXTRACTOR.extract(part, "cut").cleaned();
      assertOffsetsPointIntoSource(part, c);
      assertRemovalsPointIntoSource(part, c.removed());
    }
    CleanedArticle cut = EXTRACTOR.extract(html.substring(0, 2700), "cut").cleaned();
    assertThat(cut.title())
        .isEqualTo("Banjir Rendam 1.200 Rumah di Bekasi, Warga Mengungsi ke Masjid");
    assertThat(cut.text()).contains("Air mulai naik sejak pukul 02.00 WIB");
    for (String odd :
        List.of(
            "",
            "   ",
            "<html></html>",
            "<script>var a = '<p>bukan teks</p>';</script>",
            "hanya teks biasa tanpa tag",
            "<p>" + "x".repeat(100_000) + "</p>",
            "<div>".repeat(5_000) + "teks dalam" + "</div>".repeat(5_000))) {
      CleanedArticle c = EXTRACTOR.extract(odd, "odd").cleaned();
      assertThat(c.text()).doesNotContain("bukan teks");
      assertOffsetsPointIntoSource(odd, c);
    }
  }

  @Test
  void enormousPageOf20MegabytesIsExtracted() {
    StringBuilder b = new StringBuilder(21_000_000);
    b.append("<!DOCTYPE html><html><head><title>Laporan Panjang - Kabar</title>");
    b.append("<meta property=\"og:site_name\" content=\"Kabar\"></head><body>");
    b.append("<nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav><div class=\"content\">");
    int i = 0;
    String sentence =
        " laporan ini mencatat bahwa sebanyak 1.200 warga mengungsi, kata petugas, dan bantuan"
            + " logistik terus berdatangan ke posko pengungsian di balai desa.";
    while (b.length() < 20_000_000) {
      b.append("<p>Paragraf ke-").append(i++).append(sentence.repeat(5)).append("</p>\n");
    }
    b.append("</div><footer>Hak cipta</footer></body></html>");
    String html = b.toString();
    CleanedArticle c = EXTRACTOR.extract(html, "enormous").cleaned();
    assertThat(c.title()).isEqualTo("Laporan Panjang");
    assertThat(c.text()).contains("Paragraf ke-0 laporan").contains("Paragraf ke-" + (i - 1) + " ");
    assertThat(c.text()).doesNotContain("Beranda");
  }

  @Test
  void analyzerTurnsAnHtmlPageIntoAValidRecord() throws IOException {
    String html = resource("kabar-banjir-bekasi.html");
    RawArticle raw = new RawArticle("kabar.html", html, ArticleMetadata.NONE, ContentType.HTML);
    ArticleRecord r = SharedAnalyzer.get().analyze(raw);
    assertThat(r.title())
        .isEqualTo("Banjir Rendam 1.200 Rumah di Bekasi, Warga Mengungsi ke Masjid");
    assertThat(r.published()).isEqualTo("2025-03-06T09:12:00+07:00");
    assertThat(r.source().outlet()).isEqualTo("Kabar Nusantara");
    assertThat(r.text()).isEqualTo(resource("kabar-banjir-bekasi.expected.txt").stripTrailing());
    assertThat(RecordValidator.problems(r)).isEmpty();
    assertRemovalsPointIntoSource(html, r.removed());

    // Metadata given by the caller (INDEX.tsv, --published) wins over the page's.
    RawArticle dated = raw.withMetadata(new ArticleMetadata(null, "Arsip", "2025-03-07", null));
    ArticleRecord r2 = SharedAnalyzer.get().analyze(dated);
    assertThat(r2.published()).isEqualTo("2025-03-07");
    assertThat(r2.source().outlet()).isEqualTo("Arsip");
    assertThat(r2.source().url()).startsWith("https://www.kabarnusantara.example/");
  }

  @Test
  void randomTagSoupNeverThrows() {
    String[] pieces = {
      "<p>",
      "</p>",
      "<div class=\"content\">",
      "</div>",
      "<a href=x>",
      "</a>",
      "<br>",
      "&amp;",
      "&#x1F600;",
      "&nbsp",
      "<h1>",
      "</h1>",
      "<nav>",
      "<script>",
      "</script>",
      "<!--",
      "-->",
      "<table><tr><td>",
      "</table>",
      "Baca juga: ",
      "Polisi menangkap dua tersangka, kata warga. ",
      "\r\n",
      "<li>",
      "<ul class=related>",
      "</ul>",
      "<figure><figcaption>",
      "<title>",
      "\u00a0",
      "<meta property=og:title content=\"Judul\">",
      "<script type=application/ld+json>{\"@type",
      "<time datetime=2025-01-01>",
      "\uFEFF",
      "<",
      ">",
      "&",
      "\""
    };
    java.util.Random random = new java.util.Random(42);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(200);
      for (int i = 0; i < len; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String html = b.toString();
      CleanedArticle c = EXTRACTOR.extract(html, "random").cleaned();
      assertOffsetsPointIntoSource(html, c);
      for (Removal r : c.removed()) {
        assertThat(r.start()).isBetween(0, html.length());
        assertThat(r.end()).isBetween(r.start(), html.length());
      }
    }
  }

  /** Every removal's range holds its visible text (markup and entities aside). */
  static void assertRemovalsPointIntoSource(String html, List<Removal> removed) {
    for (Removal r : removed) {
      assertThat(r.start()).isBetween(0, html.length());
      assertThat(r.end()).isBetween(r.start(), html.length());
      String visible = Jsoup.parseBodyFragment(html.substring(r.start(), r.end())).text();
      assertThat(squeeze(visible)).as("removal %s", r).contains(squeeze(r.text()));
    }
  }

  /** Every character of the cleaned text maps to itself (or to the entity it came from). */
  static void assertOffsetsPointIntoSource(String html, CleanedArticle c) {
    String text = c.text();
    assertThat(c.offsets().length()).isEqualTo(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      int at = c.offsets().toOriginal(i);
      assertThat(at).isBetween(0, Math.max(0, html.length() - 1));
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        continue;
      }
      char src = html.charAt(at);
      if (i < c.title().length() && src == '<') {
        continue; // a title from <title>/<meta> written with entities maps to its element
      }
      assertThat(src == ch || src == '&')
          .as("text[%d]=%s maps to source[%d]=%s", i, ch, at, src)
          .isTrue();
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00A0]+", "");
  }
}
