package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTimexCommandTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WartaCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private static final String DOC =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n"
          + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2014-12-3\">x</TIMEX3></DCT>\n"
          + "<TEXT>\nHarga naik pada <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2014-12-03\">Rabu"
          + " (3/12/2014)</TIMEX3> &amp; turun <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2014\">"
          + "tahun ini</TIMEX3>, kata pejabat <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2014-W49\">"
          + "pekan ini</TIMEX3> selama tiga bulan.\n</TEXT>\n</TimeML>\n";

  @Test
  void scoresInTextGoldAndWritesTimeMl() throws Exception {
    Path in = Files.createDirectories(dir.resolve("set"));
    Files.writeString(in.resolve("d1.tml"), DOC, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Result r = run("eval", "timex", in.toString(), "--errors", "--write-timeml", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Gold: in-text TIMEX3 tags")
        .contains("1 documents, 3 gold, 4 predicted")
        .contains("| relaxed recognition | 3 | 1 | 0 |")
        .contains("| value | 3 | 1 | 0 |")
        .contains("FP    DURATION P3M 'tiga bulan'");
    String written = Files.readString(out.resolve("d1.tml"), StandardCharsets.UTF_8);
    assertThat(written)
        .contains("&amp; turun")
        .contains("<TIMEX3 tid=\"t4\" type=\"DURATION\" value=\"P3M\">tiga bulan</TIMEX3>");
  }

  @Test
  void standOffGoldWithAWrongChecksumFailsClearly() throws Exception {
    Path in = Files.createDirectories(dir.resolve("set"));
    Files.writeString(
        in.resolve("d1.tml"),
        DOC.replaceAll("<TIMEX3 tid=\"t[123]\"[^>]*>|</TIMEX3>(?!</DCT>)", ""),
        StandardCharsets.UTF_8);
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        gold.resolve("d1.tsv"),
        "# file\td1.tml\n# dct\t2014-12-03\n# text_sha256\tdeadbeef\n# text_length\t5\n"
            + "start\tend\ttype\tvalue\ttext\n");
    Result r = run("eval", "timex", in.toString(), "--gold", gold.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("gold does not fit the text").contains("d1.tml");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void noGoldAtAllIsAUsageError() throws Exception {
    Path in = Files.createDirectories(dir.resolve("nogold-set"));
    Files.writeString(
        in.resolve("a.tml"),
        "<TimeML><TEXT>\nKemarin hujan.\n</TEXT></TimeML>",
        StandardCharsets.UTF_8);
    Result r = run("eval", "timex", in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no gold");
  }
}
