package org.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.analysis.SharedAnalyzer;

class EntityEvaluatorTest {
  // A boilerplate line before the body shifts cleaned offsets against the original ones.
  private static final String ARTICLE =
      "Bantuan Tiba di Garut\n\n"
          + "Baca juga: Banjir Rendam Ratusan Rumah\n\n"
          + "Kepala BNPB Suharyanto tiba di Garut pada Selasa (12/3) untuk meninjau pengungsi.\n";

  private static String row(String text, String type, String canonical, int occurrence) {
    int at = -1;
    for (int k = 0; k < occurrence; k++) {
      at = ARTICLE.indexOf(text, at + 1);
    }
    return at + "\t" + (at + text.length()) + "\t" + type + "\t" + text + "\t" + canonical + "\n";
  }

  private EntityEvaluator.Report run(Path dir, String rows, String extraHeader) throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(articles.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
    Files.writeString(
        gold.resolve("a.tsv"),
        "# file a.txt\n" + extraHeader + "start\tend\ttype\ttext\tcanonical\n" + rows,
        StandardCharsets.UTF_8);
    return new EntityEvaluator(SharedAnalyzer.get())
        .evaluate(EntityEvaluator.readAll(gold), List.of(articles));
  }

  @Test
  void countsExactSpanAndTypeMatchesByHand(@TempDir Path dir) throws Exception {
    // Gold: Garut (title) LOCATION, BNPB ORGANIZATION, Suharyanto PERSON, and the second Garut
    // deliberately typed ORGANIZATION. The analyzer finds all four spans with the right types, so:
    // TP 3 (LOCATION 1, ORGANIZATION 1, PERSON 1), FP 1 (LOCATION, the second Garut),
    // FN 1 (ORGANIZATION, the second Garut).
    String rows =
        row("Garut", "LOCATION", "Garut", 1)
            + row("BNPB", "ORGANIZATION", "BNPB", 1)
            + row("Suharyanto", "PERSON", "Suharyanto", 1)
            + row("Garut", "ORGANIZATION", "Garut", 2);
    EntityEvaluator.Report r = run(dir, rows, "");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.table().micro()).isEqualTo(new Counts(3, 1, 1));
    assertThat(r.table().byClass().get("LOCATION")).isEqualTo(new Counts(1, 1, 0));
    assertThat(r.table().byClass().get("ORGANIZATION")).isEqualTo(new Counts(1, 0, 1));
    assertThat(r.table().byClass().get("PERSON")).isEqualTo(new Counts(1, 0, 0));
    assertThat(r.table().microF1()).isEqualTo(0.75);
    // all four gold spans are found and each predicted entity has the gold name
    assertThat(r.canonicalMatched()).isEqualTo(4);
    assertThat(r.canonicalCorrect()).isEqualTo(4);
  }

  @Test
  void predictionsInIgnoredRegionsAreNotCountedAndNamesAreCompared(@TempDir Path dir)
      throws Exception {
    int s = ARTICLE.indexOf("Kepala BNPB");
    String rows =
        row("Garut", "LOCATION", "Kabupaten Garut", 1) + row("Garut", "LOCATION", "Garut", 2);
    EntityEvaluator.Report r = run(dir, rows, "# ignore " + s + " " + (s + 22) + " test\n");
    assertThat(r.table().micro()).isEqualTo(new Counts(2, 0, 0));
    assertThat(r.canonicalMatched()).isEqualTo(2);
    assertThat(r.canonicalCorrect()).isEqualTo(1); // "Kabupaten Garut" is not the name written
    assertThat(EntityEvaluator.format(r, 3, true)).contains("| a.txt | 2 | 0 | 0 |");
  }

  @Test
  void aWrongChecksumIsReported(@TempDir Path dir) throws Exception {
    EntityEvaluator.Report r =
        run(dir, row("Garut", "LOCATION", "Garut", 1), "# sha256 " + "0".repeat(64) + "\n");
    assertThat(r.warnings()).singleElement().asString().contains("SHA-256");
  }
}
