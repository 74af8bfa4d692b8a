package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalNerCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WartaCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scoresAFileAndWritesConllevalColumns() throws IOException {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(
        gold,
        String.join(
            "\n",
            "Presiden PROPN O",
            "Joko PROPN B-PER",
            "Widodo PROPN I-PER",
            "tiba VERB O",
            "di ADP O",
            "Jakarta PROPN B-LOC",
            ". PUNCT O",
            "",
            "Menteri\tO",
            "Retno\tB-PERSON",
            "Marsudi\tI-PERSON",
            "berbicara\tO",
            ".\tO",
            ""),
        StandardCharsets.UTF_8);
    Path pred = dir.resolve("pred.txt");
    Run r = run("eval", "ner", gold.toString(), "--predictions", pred.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("| PER |", "| LOC |", "**micro**", "**macro**", "2 sentences");
    List<String> lines = Files.readAllLines(pred, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(14);
    assertThat(lines.get(1)).startsWith("Joko B-PER ");
    assertThat(lines.get(7)).isEmpty();
    assertThat(lines.get(9)).startsWith("Retno B-PER ");
    assertThat(lines).filteredOn(l -> !l.isEmpty()).allMatch(l -> l.split(" ").length == 3);
  }

  @Test
  void badTagIsAUsageErrorWithTheLine() throws IOException {
    Path gold = dir.resolve("bad.txt");
    Files.writeString(gold, "Jakarta S-LOC\n", StandardCharsets.UTF_8);
    Run r = run("eval", "ner", gold.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad.txt:1").doesNotContain("Exception");
  }

  @Test
  void trainWithoutSharedDataIsAUsageError() {
    Run r =
        run("train", "ner", "--shared", dir.resolve("missing").toString(), "--out", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("shared data");
  }
}
