package org.warta.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.eval.Counts;
import org.warta.eval.ScoreTable;

class NerScorerTest {
  private static List<String> t(String s) {
    return List.of(s.split(" "));
  }

  /**
   * Hand-computed example.
   *
   * <pre>
   * sentence 1: Menteri Luar Negeri Retno Marsudi tiba di Jakarta
   *   gold  O O O B-PER I-PER O O B-LOC          → PER[3,5) LOC[7,8)
   *   pred  B-ORG I-ORG I-ORG B-PER I-PER O O B-LOC → ORG[0,3) PER[3,5) LOC[7,8)
   *   PER tp 1; LOC tp 1; ORG fp 1
   * sentence 2 (IOB1 gold, stray I- in prediction): Gubernur Jawa Barat Ridwan Kamil
   *   gold  O I-LOC I-LOC I-PER I-PER            → LOC[1,3) PER[3,5)
   *   pred  O B-LOC I-LOC O I-PER                → LOC[1,3) PER[4,5)
   *   LOC tp 1; PER fp 1 (wrong span) and fn 1
   * sentence 3: Bupati Bogor
   *   gold  O B-LOC   pred O B-ORG   → LOC fn 1, ORG fp 1
   * totals: PER 1/1/1, LOC 2/0/1, ORG 0/2/0 → micro tp 3 fp 3 fn 2
   * </pre>
   */
  @Test
  void countsExactSpansLikeConlleval() {
    ScoreTable table =
        new NerScorer("example")
            .add(t("O O O B-PER I-PER O O B-LOC"), t("B-ORG I-ORG I-ORG B-PER I-PER O O B-LOC"))
            .add(t("O I-LOC I-LOC I-PER I-PER"), t("O B-LOC I-LOC O I-PER"))
            .add(t("O B-LOC"), t("O B-ORG"))
            .table();
    assertThat(table.byClass())
        .containsEntry("PER", new Counts(1, 1, 1))
        .containsEntry("LOC", new Counts(2, 0, 1))
        .containsEntry("ORG", new Counts(0, 2, 0));
    assertThat(table.micro()).isEqualTo(new Counts(3, 3, 2));
    assertThat(table.microPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(table.microRecall()).isCloseTo(0.6, within(1e-9));
    assertThat(table.microF1()).isCloseTo(6.0 / 11, within(1e-9));
    // macro F1: PER 0.5, LOC 0.8, ORG 0 → 1.3 / 3
    assertThat(table.macroF1()).isCloseTo(1.3 / 3, within(1e-9));
  }
}
