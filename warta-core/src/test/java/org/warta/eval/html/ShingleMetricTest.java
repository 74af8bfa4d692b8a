package org.warta.eval.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void oneDifferentWordOfFive() {
    // truth shingles: (a b c d) (b c d e); predicted: (a b c d) (b c d x) -> TP 1, FP 1, FN 1.
    ShingleMetric.PageScore s = ShingleMetric.score("p", "a b c d e", "a, b; c d x");
    assertThat(s.tp()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.fp()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.fn()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void shinglesAreMatchedAsMultisets() {
    // 8 words -> 5 shingles, (x y z w) twice; predicted (x y z w) once: TP 1, FN 4.
    ShingleMetric.PageScore s = ShingleMetric.score("p", "x y z w x y z w", "x y z w");
    assertThat(s.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(s.fn()).isCloseTo(0.8, within(1e-12));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void pagesWithoutPredictedShinglesAreSkippedForPrecisionOnly() {
    ShingleMetric.PageScore a = ShingleMetric.score("a", "a b c d e", "a b c d x");
    ShingleMetric.PageScore empty = ShingleMetric.score("b", "one two three", "");
    assertThat(empty.tp() + empty.fp()).isZero();
    ShingleMetric.Summary sum = ShingleMetric.summarize(List.of(a, empty));
    assertThat(sum.precision()).isCloseTo(0.5, within(1e-12)); // page b skipped
    assertThat(sum.recall()).isCloseTo(0.25, within(1e-12)); // (0.5 + 0) / 2
    assertThat(sum.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
  }

  @Test
  void wordsAreUnicodeWordRunsWithCaseKept() {
    assertThat(ShingleMetric.words("Ибрагим_2 ½ café-bar, Rp1.500 “BNPB”"))
        .containsExactly("Ибрагим_2", "½", "café", "bar", "Rp1", "500", "BNPB");
    ShingleMetric.PageScore s = ShingleMetric.score("p", "Banjir besar", "banjir besar");
    assertThat(s.tp()).isZero(); // one short shingle each, different case
  }
}
