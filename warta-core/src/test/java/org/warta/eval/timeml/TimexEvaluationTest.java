package org.warta.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.eval.Counts;

/** The evaluator's counts on a hand-made example where every case occurs once. */
class TimexEvaluationTest {
  private static final String TEXT =
      "Pada Rabu (3/12/2014) pagi, harga naik tiga hari setelah Juni-Juli 2014 dan tahun lalu.";

  private static Timex span(String phrase, String type, String value) {
    int s = TEXT.indexOf(phrase);
    return new Timex(null, s, s + phrase.length(), type, value, phrase);
  }

  @Test
  void strictRelaxedTypeAndValueCounts() {
    List<Timex> gold =
        List.of(
            span("Rabu (3/12/2014) pagi", "TIME", "2014-12-03TMO"), // predicted shorter, DATE
            span("tiga hari", "DURATION", "P3D"), // exact and right
            span("Juni", "DATE", "2014-06"), // one long prediction covers Juni and Juli 2014
            span("Juli 2014", "DATE", "2014-07"),
            span("tahun lalu", "DATE", "2013")); // missed
    List<Timex> pred =
        List.of(
            span("Rabu (3/12/2014)", "DATE", "2014-12-03"),
            span("tiga hari", "DURATION", "P3D"),
            span("Juni-Juli 2014", "DATE", "2014-06"),
            span("harga", "DATE", "PRESENT_REF")); // false positive
    TimexEvaluation e = new TimexEvaluation();
    TimexEvaluation.Doc d = e.add("doc", TEXT, gold, pred);

    assertThat(e.strict()).isEqualTo(new Counts(1, 3, 4));
    assertThat(e.relaxed()).isEqualTo(new Counts(3, 1, 2));
    assertThat(e.type()).isEqualTo(new Counts(2, 2, 3));
    assertThat(e.value()).isEqualTo(new Counts(2, 2, 3));
    assertThat(e.relaxed().f1())
        .isCloseTo(2.0 * 3 / (4 + 5), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(e.typeAccuracy()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.falsePositives()).extracting(Timex::text).containsExactly("harga");
    assertThat(d.falseNegatives())
        .extracting(Timex::text)
        .containsExactly("Juli 2014", "tahun lalu");
    assertThat(e.relaxedByType().byClass().get("DATE")).isEqualTo(new Counts(1, 1, 2));

    String report = e.report(5, true);
    assertThat(report)
        .contains("| relaxed recognition | 3 | 1 | 2 |")
        .contains("| value | 2 | 2 | 3 |")
        .contains("FP    DATE PRESENT_REF 'harga'")
        .contains("FN    DATE 2013 'tahun lalu'")
        .contains(
            "VALUE gold TIME 2014-12-03TMO 'Rabu (3/12/2014) pagi' / predicted DATE 2014-12-03");
  }

  @Test
  void emptyInputScoresZeroNotNaN() {
    TimexEvaluation e = new TimexEvaluation();
    e.add("empty", "", List.of(), List.of());
    assertThat(e.value().f1()).isZero();
    assertThat(e.typeAccuracy()).isZero();
  }
}
