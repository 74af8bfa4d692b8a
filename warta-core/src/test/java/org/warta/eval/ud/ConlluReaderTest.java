package org.warta.eval.ud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConlluReaderTest {
  @Test
  void readsMultiwordTokensOnce() {
    String conllu =
        "# sent_id = 1\n# text = Ia tidaklah pergi.\n"
            + "1\tIa\t_\n2-3\ttidaklah\t_\n2\ttidak\t_\n3\tlah\t_\n4\tpergi\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\n";
    assertThat(ConlluReader.parse(conllu))
        .singleElement()
        .satisfies(s -> assertThat(s.tokens()).containsExactly("Ia", "tidaklah", "pergi", "."));
  }

  /** Found by fuzzing: a non-numeric token id escaped as a bare NumberFormatException. */
  @Test
  void aMalformedTokenIdIsRefusedWithItsLine() {
    assertThatThrownBy(() -> ConlluReader.parse("# text = Ia pergi.\n1\tIa\tia\nx\tpergi\tpergi\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(NumberFormatException.class)
        .hasMessage("line 3: token id 'x' is not a number");
    assertThatThrownBy(() -> ConlluReader.parse("1-z\tdi\t_\n"))
        .hasMessage("line 1: token id 'z' is not a number");
  }
}
