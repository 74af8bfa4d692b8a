package org.warta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
  @TempDir Path dir;

  private final ArticleFiles files =
      new ArticleFiles(new TextDecoder(TextDecoder.Encoding.UTF_8, 100_000));

  /** Found by the hostile-directory test: a link back up made every article come out 40 times. */
  @Test
  void aSymbolicLinkLoopIsReportedAndEveryArticleIsReadOnce() throws Exception {
    Files.writeString(
        dir.resolve("a.txt"), "Judul\n\nIsi berita yang biasa.", StandardCharsets.UTF_8);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(sub.resolve("b.txt"), "Judul\n\nIsi lain.", StandardCharsets.UTF_8);
    Files.createSymbolicLink(sub.resolve("up"), dir);
    List<InputRejectedException> rejected = new ArrayList<>();
    List<ArticleInput> inputs = files.expand(List.of(dir.toString()), rejected::add);
    assertThat(inputs)
        .extracting(i -> dir.relativize(i.path()).toString())
        .containsExactly("a.txt", "sub/b.txt");
    assertThat(rejected)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.input()).endsWith("up");
              assertThat(e.reason()).contains("symbolic link loop");
            });
  }
}
