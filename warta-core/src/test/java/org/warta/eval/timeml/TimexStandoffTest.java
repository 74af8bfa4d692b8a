package org.warta.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexStandoffTest {
  private static final String TEXT = "\nPada Rabu, harga naik \ud83d\ude00 tiga hari.\n";

  private static Path gold(Path dir, String sha, int length) throws Exception {
    // code-point offsets: the emoji is one code point but two UTF-16 chars
    String tsv =
        "# file\tdoc.tml\n# dct\t2014-12-03\n# text_sha256\t"
            + sha
            + "\n# text_length\t"
            + length
            + "\nstart\tend\ttype\tvalue\ttext\n6\t10\tDATE\t2014-12-03\tRabu\n"
            + "25\t34\tDURATION\tP3D\ttiga hari\n";
    Path f = dir.resolve("doc.tsv");
    Files.writeString(f, tsv);
    return f;
  }

  @Test
  void alignsCodePointOffsetsToUtf16(@TempDir Path dir) throws Exception {
    int cps = TEXT.codePointCount(0, TEXT.length());
    TimexStandoff s = TimexStandoff.read(gold(dir, TimexStandoff.sha256(TEXT), cps));
    assertThat(s.file()).isEqualTo("doc.tml");
    assertThat(s.align(TEXT))
        .extracting(t -> TEXT.substring(t.start(), t.end()) + "=" + t.value())
        .containsExactly("Rabu=2014-12-03", "tiga hari=P3D");
  }

  @Test
  void refusesAnotherText(@TempDir Path dir) throws Exception {
    int cps = TEXT.codePointCount(0, TEXT.length());
    TimexStandoff s = TimexStandoff.read(gold(dir, TimexStandoff.sha256(TEXT), cps));
    assertThatThrownBy(() -> s.align(TEXT.replace("naik", "turun")))
        .isInstanceOf(TimexStandoff.MismatchException.class)
        .hasMessageContaining("doc.tml")
        .hasMessageContaining("not the annotated one");
  }

  @Test
  void refusesAHeaderlessFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.tsv");
    Files.writeString(f, "start\tend\ttype\tvalue\ttext\n1\t2\tDATE\t2014\tx\n");
    assertThatThrownBy(() -> TimexStandoff.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text_sha256");
  }
}
