package org.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesHtmlTest {
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Gempa Guncang Lebak</title></head><body><article>"
          + "<p>Gempa bermagnitudo 4,9 mengguncang Lebak, Banten, pada Senin pagi.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  private final ArticleFiles files =
      new ArticleFiles(new TextDecoder(TextDecoder.Encoding.UTF_8, 10_000_000));

  private RawArticle read(Path p) throws InputRejectedException {
    return files.read(new ArticleInput(p.toString(), p, ArticleMetadata.NONE), null);
  }

  @Test
  void htmlFilesAreReadAsHtml() throws Exception {
    Path html = Files.writeString(dir.resolve("gempa.html"), PAGE);
    RawArticle raw = read(html);
    assertThat(raw.contentType()).isEqualTo(ContentType.HTML);
    assertThat(raw.content()).isEqualTo(PAGE);
  }

  @Test
  void gzippedHtmlIsDecompressed() throws Exception {
    Path gz = dir.resolve("gempa.html.gz");
    Files.write(gz, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    RawArticle raw = read(gz);
    assertThat(raw.contentType()).isEqualTo(ContentType.HTML);
    assertThat(raw.content()).isEqualTo(PAGE);
  }

  @Test
  void truncatedGzipIsAClearRejection() throws Exception {
    byte[] full = gzip((PAGE + PAGE + PAGE).getBytes(StandardCharsets.UTF_8));
    Path gz = dir.resolve("potong.htm.gz");
    Files.write(gz, Arrays.copyOf(full, full.length / 2));
    assertThatThrownBy(() -> read(gz))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("truncated gzip data");
    Path bad = dir.resolve("bukan.html.gz");
    Files.writeString(bad, PAGE);
    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("not valid gzip data");
  }

  @Test
  void htmlIsDetectedByContentWhateverTheName() throws Exception {
    Path txt = Files.writeString(dir.resolve("halaman.txt"), "\n  " + PAGE);
    assertThat(read(txt).contentType()).isEqualTo(ContentType.HTML);
    Path bare = Files.writeString(dir.resolve("halaman"), PAGE);
    assertThat(read(bare).contentType()).isEqualTo(ContentType.HTML);
    Path plain = Files.writeString(dir.resolve("berita.txt"), "Judul\n\nIsi berita <b>tebal</b>.");
    assertThat(read(plain).contentType()).isEqualTo(ContentType.TEXT);
    RawArticle stdin =
        files.read(
            new ArticleInput("-", null, ArticleMetadata.NONE),
            new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
    assertThat(stdin.contentType()).isEqualTo(ContentType.HTML);
  }

  @Test
  void binaryFileNamedHtmlIsRejected() throws Exception {
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 37);
    }
    Path bin = dir.resolve("foto.html");
    Files.write(bin, junk);
    assertThatThrownBy(() -> read(bin))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("binary file");
  }

  @Test
  void directoriesIncludeHtmlPages() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.htm"), PAGE);
    Files.write(dir.resolve("c.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(dir.resolve("d.txt"), "Judul\n\nIsi.");
    Files.writeString(dir.resolve("e.json"), "{}");
    List<InputRejectedException> rejected = new ArrayList<>();
    List<ArticleInput> inputs = files.expand(List.of(dir.toString()), rejected::add);
    assertThat(inputs)
        .extracting(i -> i.path().getFileName().toString())
        .containsExactly("a.html", "b.htm", "c.html.gz", "d.txt");
    assertThat(rejected).isEmpty();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
