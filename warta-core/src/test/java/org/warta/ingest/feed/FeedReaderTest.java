package org.warta.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;

class FeedReaderTest {
  static final class Collect implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<InputRejectedException> rejected = new ArrayList<>();

    @Override
    public void article(RawArticle article, ArticleMetadata fallback) {
      articles.add(article);
    }

    @Override
    public void record(ArticleRecord record) {
      throw new AssertionError();
    }

    @Override
    public void rejected(InputRejectedException e) {
      rejected.add(e);
    }
  }

  private static Collect read(String xml) {
    Collect c = new Collect();
    new FeedReader().read("feed.xml", xml.getBytes(StandardCharsets.UTF_8), c);
    return c;
  }

  @Test
  void rssItemsPreferFullContentOverDescription() {
    Collect c =
        read(
            "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content="
                + "\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Kabar Kota</title>"
                + "<item><title>Jembatan Putus, Warga Terisolasi</title>"
                + "<link>https://kabar.example/1</link>"
                + "<pubDate>Tue, 04 Mar 2025 07:30:00 +0700</pubDate>"
                + "<description>Ringkasan.</description><content:encoded><![CDATA[<p>Jembatan"
                + " penghubung dua desa putus diterjang banjir.</p><p>Sekitar 300 warga"
                + " terisolasi.</p><script>track()</script>]]></content:encoded></item>"
                + "<item><title>Tanpa Isi</title></item></channel></rss>");
    assertThat(c.articles).hasSize(1);
    RawArticle a = c.articles.get(0);
    assertThat(a.content())
        .isEqualTo(
            "Jembatan Putus, Warga Terisolasi\n\nJembatan penghubung dua desa putus diterjang"
                + " banjir.\n\nSekitar 300 warga terisolasi.\n");
    assertThat(a.metadata().url()).isEqualTo("https://kabar.example/1");
    assertThat(a.metadata().outlet()).isEqualTo("Kabar Kota");
    assertThat(a.metadata().published()).isEqualTo("2025-03-04T07:30+07:00");
    assertThat(c.rejected)
        .extracting(InputRejectedException::reason)
        .containsExactly("feed item without text");
  }

  @Test
  void atomEntriesWithAlternateLinks() {
    Collect c =
        read(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Warta Pesisir</title><entry>"
                + "<title>Nelayan Kembali Melaut</title><link rel=\"self\" href=\"https://x.example/self\"/>"
                + "<link rel=\"alternate\" href=\"https://x.example/nelayan\"/>"
                + "<updated>2025-03-05T06:00:00Z</updated>"
                + "<summary>Nelayan di pesisir utara kembali melaut setelah cuaca membaik.</summary>"
                + "</entry></feed>");
    assertThat(c.articles).hasSize(1);
    assertThat(c.articles.get(0).metadata().url()).isEqualTo("https://x.example/nelayan");
    assertThat(c.articles.get(0).metadata().published()).isEqualTo("2025-03-05T06:00Z");
    assertThat(c.articles.get(0).content())
        .startsWith("Nelayan Kembali Melaut\n\nNelayan di pesisir");
  }

  @Test
  void atomXhtmlContentKeepsItsParagraphs() {
    Collect c =
        read(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title><entry><title>Sawah"
                + " Terendam</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<p>Ratusan hektare sawah terendam banjir.</p><p>Petani terancam <b>gagal"
                + " panen</b>.</p></div></content></entry></feed>");
    assertThat(c.articles).hasSize(1);
    assertThat(c.articles.get(0).content())
        .isEqualTo(
            "Sawah Terendam\n\nRatusan hektare sawah terendam banjir.\n\nPetani terancam gagal"
                + " panen.\n");
  }

  @Test
  void xmlBombIsRefusedWithoutExpansion() {
    Collect c =
        read(
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<rss><channel><item><title>t</title><description>&lol2;</description></item>"
                + "</channel></rss>");
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected)
        .singleElement()
        .extracting(InputRejectedException::reason)
        .asString()
        .contains("DTD");
  }

  @Test
  void externalEntityIsRefused() {
    Collect c =
        read(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss><channel><item><title>t</title><description>&x;</description></item>"
                + "</channel></rss>");
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected.get(0).reason()).contains("external entities");
  }

  @Test
  void brokenFeedKeepsItemsBeforeTheBreak() {
    Collect c =
        read(
            "<rss><channel><title>K</title><item><title>Pasar Terbakar</title><description>"
                + "Api melahap 40 kios di pasar induk.</description></item><item><title>Putus");
    assertThat(c.articles).hasSize(1);
    assertThat(c.rejected.get(0).reason()).startsWith("feed breaks off after 1 items");
  }

  @Test
  void notAFeed() {
    Collect c = read("bukan xml sama sekali");
    assertThat(c.articles).isEmpty();
    assertThat(c.rejected.get(0).reason()).startsWith("not a readable feed");
  }

  /**
   * Invalid UTF-8 in a feed: the items before the bad byte are kept, the break is reported with its
   * byte offset, and nothing is printed on the process's stderr (the JDK parser would print a
   * "[Fatal Error]" line of its own).
   */
  @Test
  void invalidUtf8KeepsTheItemsBeforeItAndPrintsNothing() {
    byte[] good =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>K</title><item>"
                + "<title>Jembatan Putus</title><description>Jembatan gantung di Desa Sukamaju"
                + " putus diterjang banjir.</description></item><item><title>Rusak ")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 20);
    bytes[good.length] = (byte) 0xC3;
    bytes[good.length + 1] = '(';
    for (int i = good.length + 2; i < bytes.length; i++) {
      bytes[i] = 'a';
    }
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    Collect c = new Collect();
    try {
      System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      new FeedReader().read("feed.xml", bytes, c);
    } finally {
      System.setErr(stderr);
    }
    assertThat(c.articles).extracting(RawArticle::name).containsExactly("feed.xml#1");
    assertThat(c.rejected)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.reason())
                    .isEqualTo(
                        "feed breaks off after 1 items: invalid UTF-8 near byte " + good.length));
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    Collect latin = new Collect();
    new FeedReader()
        .read(
            "latin.xml",
            ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\u00e9"
                    + "</title><description>Kaf\u00e9 baru dibuka di Medan.</description></item>"
                    + "</channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1),
            latin);
    assertThat(latin.rejected).isEmpty();
    assertThat(latin.articles.get(0).content()).startsWith("Caf\u00e9\n\nKaf\u00e9 baru");
  }
}
