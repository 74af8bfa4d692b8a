package org.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.analysis.SharedAnalyzer;

class QuantityEvaluatorTest {
  // Written for this test. The byline line is boilerplate the cleaner removes.
  private static final String ARTICLE =
      "Banjir Rendam Permukiman di Bekasi\n\n"
          + "Rep: Andi Wijaya/ Red: Sari Utami\n\n"
          + "Banjir merendam sekitar 300 rumah di Bekasi. Sebanyak 45 warga mengungsi ke masjid"
          + " terdekat, sementara dua orang dilaporkan hilang.\n";

  private static String row(String text, String span, int occurrence, String rest) {
    int at = -1;
    for (int k = 0; k <= occurrence; k++) {
      at = text.indexOf(span, at + 1);
    }
    return at + "\t" + (at + span.length()) + "\t" + span + "\t" + rest;
  }

  @Test
  void scoresDetectionValueObjectAndCategory(@TempDir Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Path gold = Files.createDirectories(dir.resolve("gold"));
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Files.write(articles.resolve("a.txt"), bytes);
    Files.writeString(
        articles.resolve("INDEX.tsv"), "file\tlanguage\tpublished\na.txt\tid\t2024-01-02\n");
    String tsv =
        String.join(
            "\n",
            "# file a.txt",
            "# sha256 " + QuantityEvaluator.sha256(bytes),
            "start\tend\ttext\tvalue\tlow\thigh\tapprox\tobject\tcategory",
            // right in every respect
            row(ARTICLE, "sekitar 300", 0, "300\t-\t-\tabout\trumah\taffected"),
            // right span and value, wrong category on purpose
            row(ARTICLE, "Sebanyak 45", 0, "45\t-\t-\texact\twarga\tkilled"),
            // right span, wrong value on purpose
            row(ARTICLE, "dua", 0, "3\t-\t-\texact\torang\tmissing"),
            // a gold span inside the byline: removed by the cleaner, so a miss
            row(ARTICLE, "Andi", 0, "1\t-\t-\texact\t-\t-"),
            "");
    Files.writeString(gold.resolve("a.tsv"), tsv);
    QuantityEvaluator.Report report =
        new QuantityEvaluator(SharedAnalyzer.get()).evaluate(gold, articles, List.of());
    assertThat(report.detection()).isEqualTo(new Counts(3, 0, 1));
    assertThat(report.valueApprox()).isEqualTo(new Counts(2, 1, 2));
    assertThat(report.object()).isEqualTo(new Counts(3, 0, 1));
    assertThat(report.category()).isEqualTo(new Counts(2, 1, 2));
    assertThat(report.articles().get(0).goldInRemoved()).isEqualTo(1);
    String text = report.toText(3);
    assertThat(text).contains("(a) detection (span overlap) | 3 | 0 | 1 |");
    assertThat(text).contains("miss: [").contains("\"Andi\"");
  }

  @Test
  void refusesAnArticleThatChanged(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        gold.resolve("a.tsv"),
        "# file a.txt\n# sha256 00\nstart\tend\ttext\tvalue\tlow\thigh\tapprox\tobject\tcategory\n");
    QuantityEvaluator evaluator = new QuantityEvaluator(SharedAnalyzer.get());
    assertThatThrownBy(() -> evaluator.evaluate(gold, dir, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sha256");
  }

  @Test
  void objectsMatchIgnoringCaseOrAsWordPrefix() {
    assertThat(QuantityEvaluator.sameObject("Orang", "orang")).isTrue();
    assertThat(QuantityEvaluator.sameObject("anggota parlemen", "anggota")).isTrue();
    assertThat(QuantityEvaluator.sameObject("kantor", "kantor desa")).isTrue();
    assertThat(QuantityEvaluator.sameObject(null, null)).isTrue();
    assertThat(QuantityEvaluator.sameObject("warga", "wargaku")).isFalse();
    assertThat(QuantityEvaluator.sameObject("warga", null)).isFalse();
  }

  @Test
  void committedGoldIsWellFormed() throws IOException {
    Path dir = Path.of("../gold/quantities");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "no gold/quantities");
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
        QuantityEvaluator.GoldFile g = QuantityEvaluator.readGold(p);
        assertThat(g.rows()).as(p.toString()).isNotEmpty();
        assertThat(g.sha256()).hasSize(64);
        for (QuantityEvaluator.GoldQuantity q : g.rows()) {
          assertThat(q.end() - q.start()).as(p + " " + q).isEqualTo(q.text().length());
          assertThat(q.approx())
              .isIn(
                  "exact",
                  "about",
                  "at_least",
                  "at_most",
                  "more_than",
                  "less_than",
                  "close_to",
                  "range",
                  "vague");
        }
      }
    }
  }
}
