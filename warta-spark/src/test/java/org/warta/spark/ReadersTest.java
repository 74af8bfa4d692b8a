package org.warta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.ingest.ContentType;
import org.warta.ingest.TextDecoder;

/** The executor-side readers of WARC and JSON Lines, on inputs written here. */
class ReadersTest {
  private static final TextDecoder DECODER =
      new TextDecoder(TextDecoder.Encoding.UTF_8, 10_000_000);

  private static final String ARTICLE =
      "Warga Sayung Mengungsi\n\nSedikitnya 85 warga Sayung, Demak, mengungsi ke balai desa"
          + " setelah banjir merendam permukiman mereka pada Senin malam.\n";

  @Test
  void warcResourcesBecomeArticlesWithCaptureDateAsFallback() throws IOException {
    byte[] warc = warc(2, WarcCompression.GZIP);
    List<SourceItem> items =
        read(new WarcItems("x.warc.gz", new ByteArrayInputStream(warc), DECODER));
    assertThat(items).hasSize(2);
    SourceItem first = items.get(0);
    assertThat(first.rejection()).isNull();
    assertThat(first.number()).isZero();
    assertThat(first.raw().name()).isEqualTo("x.warc.gz#1 https://example.org/berita/0");
    assertThat(first.raw().content()).isEqualTo(ARTICLE);
    assertThat(first.raw().contentType()).isEqualTo(ContentType.TEXT);
    assertThat(first.raw().metadata().url()).isEqualTo("https://example.org/berita/0");
    assertThat(first.raw().metadata().published()).isNull();
    assertThat(first.fallback().published()).isEqualTo("2024-03-05");
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheBreak() throws IOException {
    byte[] warc = warc(3, WarcCompression.NONE);
    byte[] cut = Arrays.copyOf(warc, warc.length - 40);
    List<SourceItem> items =
        read(new WarcItems("cut.warc", new ByteArrayInputStream(cut), DECODER));
    assertThat(items).hasSize(3);
    assertThat(items.subList(0, 2)).allMatch(i -> i.rejection() == null);
    assertThat(items.get(2).rejection().input()).isEqualTo("cut.warc");
    assertThat(items.get(2).rejection().reason())
        .matches(
            "truncated WARC: ends inside record 3 \\(byte \\d+\\); the 2 records before it were"
                + " read");
  }

  @Test
  void textThatIsNotWarcIsOneReject() {
    byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
    List<SourceItem> items = read(new WarcItems("a.warc", new ByteArrayInputStream(text), DECODER));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).rejection().reason()).startsWith("not a WARC file");
  }

  @Test
  void jsonLinesInEveryShapeAndBadLinesRejectedByNumber() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"title\": \"Warga Sayung Mengungsi\", \"text\": \"Sedikitnya 85 warga mengungsi.\","
                + " \"url\": \"https://example.org/a\", \"published\": \"2024-03-05\"}",
            "",
            "{\"html\": \"<html><body><p>Isi berita.</p></body></html>\"}",
            "{\"id\": \"0123\", \"source\": {\"path\": null, \"url\": \"https://example.org/r\","
                + " \"outlet\": \"Kabar\"}, \"text\": \"Judul\\n\\nIsi.\", \"entities\": []}",
            "{\"id\": \"1491004800-banjir\", \"paragraphs\": [[[\"Banjir\", \"melanda\", \".\"]]]}",
            "bukan json",
            "{\"text\": \"  \"}",
            "{\"judul\": \"tanpa teks\"}");
    List<SourceItem> items =
        read(
            new JsonLinesItems(
                "x.jsonl",
                "x.jsonl",
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                1_000_000));
    assertThat(items).hasSize(7);
    assertThat(items.get(0).raw().content())
        .isEqualTo("Warga Sayung Mengungsi\n\nSedikitnya 85 warga mengungsi.");
    assertThat(items.get(0).raw().name()).isEqualTo("x.jsonl:1");
    assertThat(items.get(0).raw().metadata().published()).isEqualTo("2024-03-05");
    assertThat(items.get(1).raw().contentType()).isEqualTo(ContentType.HTML);
    assertThat(items.get(1).number()).isEqualTo(2); // line 3: the blank line keeps its number
    assertThat(items.get(2).raw().metadata().outlet()).isEqualTo("Kabar");
    assertThat(items.get(2).raw().metadata().url()).isEqualTo("https://example.org/r");
    assertThat(items.get(3).raw().name()).isEqualTo("indosum/1491004800-banjir");
    assertThat(items.get(4).rejection().input()).isEqualTo("x.jsonl:6");
    assertThat(items.get(4).rejection().reason()).startsWith("not JSON");
    assertThat(items.get(5).rejection().reason()).isEqualTo("empty text");
    assertThat(items.get(6).rejection().reason()).isEqualTo("no text, html or paragraphs field");
  }

  @Test
  void invalidUtf8EndsAJsonLinesFileWithOneReject() throws IOException {
    byte[] bytes =
        "{\"text\": \"Isi.\"}\n{\"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    List<SourceItem> items =
        read(new JsonLinesItems("x.jsonl", "x.jsonl", new ByteArrayInputStream(bytes), 1000));
    assertThat(items.get(items.size() - 1).rejection().reason()).startsWith("invalid UTF-8");
  }

  private static byte[] warc(int records, WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      for (int i = 0; i < records; i++) {
        w.write(
            new WarcResource.Builder(URI.create("https://example.org/berita/" + i))
                .date(Instant.parse("2024-03-05T03:00:00Z"))
                .body(
                    MediaType.parse("text/plain; charset=utf-8"),
                    ARTICLE.getBytes(StandardCharsets.UTF_8))
                .build());
      }
    }
    return out.toByteArray();
  }

  private static List<SourceItem> read(ItemReader reader) {
    List<SourceItem> items = new ArrayList<>();
    reader.forEachRemaining(items::add);
    reader.close();
    return items;
  }
}
