package org.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;

/**
 * One directory mixing genuine articles in every supported format with hostile and broken files:
 * each broken file or item is skipped with a clear reason, every genuine article is stored exactly
 * once, and the XML bomb and the external entity are never expanded. The articles are fictional,
 * written for this test.
 */
class HostileInputsTest {
  @TempDir static Path dir;
  static Path index;
  static IngestSummary summary;
  static List<InputRejectedException> skipped = new ArrayList<>();
  static ArticleAnalyzer analyzer;

  static String article(int i) {
    String[] places = {
      "Kabupaten Garut",
      "Kota Bogor",
      "Kabupaten Cianjur",
      "Kota Padang",
      "Kabupaten Sleman",
      "Kota Ambon",
      "Kabupaten Lebak",
      "Kota Palu",
      "Kabupaten Bantul"
    };
    String[] events = {
      "banjir bandang",
      "tanah longsor",
      "kebakaran pasar",
      "angin puting beliung",
      "gempa bumi",
      "banjir rob",
      "kebakaran hutan",
      "gelombang tinggi",
      "hujan es"
    };
    String place = places[i];
    String ev = events[i];
    return "Warga "
        + place
        + " Mengungsi Akibat "
        + capital(ev)
        + "\n\n"
        + "Sebanyak "
        + (120 + 37 * i)
        + " warga "
        + place
        + " mengungsi setelah "
        + ev
        + " melanda permukiman mereka pada Selasa malam, kata Kepala BPBD setempat kepada"
        + " wartawan.\n\n"
        + "Menurut petugas, "
        + (3 + i)
        + " rumah rusak berat dan "
        + (11 + 2 * i)
        + " rumah lainnya rusak ringan. Petugas gabungan masih membersihkan material di jalan"
        + " utama desa.\n\n"
        + "\"Kami mengirimkan bantuan logistik ke posko pengungsian sejak pagi,\" ujar"
        + " Kepala BPBD itu. Pemerintah daerah menetapkan status tanggap darurat selama tujuh"
        + " hari.\n";
  }

  private static String capital(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(b.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return b.toString();
  }

  static String html(String article) {
    String[] parts = article.split("\n\n");
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(parts[0])
            .append(
                " - Kabar Daerah</title></head><body><nav><a href=\"/\">Beranda</a>"
                    + " <a href=\"/daerah\">Daerah</a></nav><article><h1>")
            .append(parts[0])
            .append("</h1>");
    for (int i = 1; i < parts.length; i++) {
      b.append("<p>").append(parts[i].strip().replace("\"", "&quot;")).append("</p>");
    }
    return b.append("</article><footer>Hak cipta Kabar Daerah</footer></body></html>").toString();
  }

  @BeforeAll
  static void ingest() throws Exception {
    analyzer = ArticleAnalyzer.standard();
    Path in = Files.createDirectories(dir.resolve("in"));
    // Plain text, one of them twice under another name.
    Files.writeString(in.resolve("a0.txt"), article(0));
    Files.writeString(in.resolve("a1.txt"), article(1));
    Files.writeString(in.resolve("a1-salinan.txt"), article(1));
    // A WARC.gz of three pages, cut inside the third record.
    Path warc = in.resolve("crawl.warc.gz");
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 2; i <= 4; i++) {
        byte[] body = html(article(i)).getBytes(StandardCharsets.UTF_8);
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), body)
                .build();
        w.write(
            new WarcResponse.Builder(URI.create("https://kabar.example/berita/" + i))
                .date(Instant.parse("2025-03-0" + i + "T08:00:00Z"))
                .body(http)
                .build());
      }
    }
    byte[] all = Files.readAllBytes(warc);
    Files.write(warc, Arrays.copyOf(all, all.length - 200));
    // A good RSS feed with two items, an Atom feed with one entry.
    Files.writeString(in.resolve("feed.rss"), rss(5, 6));
    Files.writeString(
        in.resolve("atom.xml"),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Kabar Daerah</title><entry><title>"
            + article(7).split("\n")[0]
            + "</title>"
            + "<link rel=\"alternate\" href=\"https://kabar.example/atom/7\"/>"
            + "<published>2025-03-07T09:00:00+07:00</published><content type=\"html\">"
            + esc(html(article(7)))
            + "</content></entry></feed>");
    // Hostile feeds.
    Files.writeString(
        in.resolve("bomb.rss"),
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
            + "<rss version=\"2.0\"><channel><title>Bom</title><item><title>Bom</title>"
            + "<description>&e;&e;&e;&e;&e;&e;&e;&e;</description></item></channel></rss>");
    Files.writeString(
        in.resolve("xxe.rss"),
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>X</title><item><title>Rahasia</title>"
            + "<description>&x;</description></item></channel></rss>");
    // Malformed HTML without an article, binary files.
    Files.writeString(
        in.resolve("rusak.html"),
        "<html><head><title></title><body><div><table><tr><td><b><i></div></span></td></html>");
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    random[10] = 0;
    Files.write(in.resolve("gambar.txt"), random);
    Files.write(in.resolve("arsip.bin"), random);
    // JSON Lines: a record analysed before (of an article found nowhere else) and a broken line.
    RawArticle raw =
        new RawArticle(
            "a8.txt", article(8), new ArticleMetadata(null, "Kabar", "2025-03-08", null));
    String line = new RecordJsonWriter().toJson(analyzer.analyze(raw), raw.content());
    Files.writeString(in.resolve("records.jsonl"), line + "\n{\"id\": 12, \"text\": \n");

    index = dir.resolve("index");
    summary =
        new Ingester(analyzer)
            .run(List.of(in.toString()), index, Ingester.Options.defaults(), skipped::add);
  }

  private static String rss(int... items) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Kabar Daerah</title><link>https://kabar.example/</link>");
    for (int i : items) {
      String[] parts = article(i).split("\n\n", 2);
      b.append("<item><title>")
          .append(parts[0])
          .append("</title><link>https://kabar.example/rss/")
          .append(i)
          .append("</link><pubDate>Wed, 0")
          .append(i)
          .append(" Mar 2025 10:15:00 +0700</pubDate><description>Ringkasan singkat.</description>")
          .append("<content:encoded><![CDATA[")
          .append(html(article(i)))
          .append("]]></content:encoded></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String reasonFor(String nameEnd) {
    return skipped.stream()
        .filter(e -> e.input().endsWith(nameEnd))
        .map(InputRejectedException::reason)
        .findFirst()
        .orElse("(not skipped)");
  }

  @Test
  void everyGenuineArticleIsStoredOnce() throws Exception {
    // a0, a1 (+ its copy), two WARC pages before the break, two RSS items, one Atom entry, one
    // JSONL record.
    assertThat(summary.ingested()).isEqualTo(8);
    assertThat(summary.duplicates()).isEqualTo(1);
    try (OpenIndex idx = OpenIndex.open(index)) {
      Set<String> titles = new HashSet<>();
      for (int doc : idx.records().allDocs()) {
        titles.add(idx.records().record(doc).title());
      }
      for (int i : new int[] {0, 1, 2, 3, 5, 6, 7, 8}) {
        assertThat(titles).contains(article(i).split("\n")[0]);
      }
      assertThat(titles).doesNotContain(article(4).split("\n")[0]);
    }
  }

  @Test
  void feedAndWarcMetadataAreKept() throws Exception {
    try (OpenIndex idx = OpenIndex.open(index)) {
      SearchResult r = new ArticleSearcher(idx).search(SearchRequest.of("\"Kota Ambon\""));
      assertThat(r.hits()).hasSize(1);
      assertThat(r.hits().get(0).url()).isEqualTo("https://kabar.example/rss/5");
      assertThat(r.hits().get(0).outlet()).isEqualTo("Kabar Daerah");
      assertThat(r.hits().get(0).published()).isEqualTo("2025-03-05T10:15+07:00");
      SearchResult w = new ArticleSearcher(idx).search(SearchRequest.of("\"Kabupaten Cianjur\""));
      assertThat(w.hits().get(0).url()).isEqualTo("https://kabar.example/berita/2");
      assertThat(w.hits().get(0).published()).isEqualTo("2025-03-02");
    }
  }

  @Test
  void eachBrokenInputIsSkippedWithAClearReason() {
    assertThat(reasonFor("crawl.warc.gz")).contains("truncated").contains("2 records before it");
    assertThat(reasonFor("bomb.rss")).contains("DTD");
    assertThat(reasonFor("xxe.rss")).contains("DTD");
    assertThat(reasonFor("gambar.txt")).contains("binary");
    assertThat(reasonFor("arsip.bin")).contains("unsupported file type");
    assertThat(reasonFor("rusak.html")).isNotEqualTo("(not skipped)");
    assertThat(reasonFor("records.jsonl:2")).contains("not JSON");
    assertThat(summary.skipped()).isEqualTo(skipped.size()).isEqualTo(7);
  }

  @Test
  void nothingFromTheHostileFeedsIsIndexed() throws IOException {
    try (OpenIndex idx = OpenIndex.open(index)) {
      assertThat(new ArticleSearcher(idx).search(SearchRequest.of("root")).total()).isZero();
      assertThat(new ArticleSearcher(idx).search(SearchRequest.of("aaaaaaaaaa")).total()).isZero();
      assertThat(new ArticleSearcher(idx).search(SearchRequest.of("Rahasia")).total()).isZero();
    }
  }

  @Test
  void stemmedSearchFindsDerivedForms() throws IOException {
    try (OpenIndex idx = OpenIndex.open(index)) {
      // every article writes "mengirimkan"; "kirim" must find them through the stemmed field
      assertThat(new ArticleSearcher(idx).search(SearchRequest.of("kirim")).total()).isEqualTo(8);
      assertThat(new ArticleSearcher(idx).search(SearchRequest.of("Cianjur")).total()).isEqualTo(1);
    }
  }
}
