package org.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static FigureSlot.Figure fig(double v, String approx, String article, String published) {
    return new FigureSlot.Figure(
        v,
        null,
        null,
        approx,
        String.valueOf(v),
        null,
        null,
        "Kabar",
        published,
        article,
        null,
        false);
  }

  private static List<FigureSlot.Disagreement> compare(FigureSlot.Figure... figures) {
    List<FigureSlot.Figure> values = new ArrayList<>(List.of(figures));
    Figures.markHeadlines(values);
    return Figures.disagreements(values);
  }

  @Test
  void aboutFourAndSixConflict() {
    assertThat(compare(fig(4, "about", "a", "2025-03-01"), fig(6, "exact", "b", "2025-03-01")))
        .singleElement()
        .extracting(FigureSlot.Disagreement::kind)
        .isEqualTo("disagreement");
  }

  @Test
  void atLeastFourAndSixDoNotConflict() {
    assertThat(compare(fig(4, "at_least", "a", "2025-03-01"), fig(6, "exact", "b", "2025-03-01")))
        .isEmpty();
    assertThat(compare(fig(4, "vague", "a", "2025-03-01"), fig(600, "exact", "b", "2025-03-01")))
        .isEmpty();
    assertThat(
            compare(fig(600, "close_to", "a", "2025-03-01"), fig(580, "exact", "b", "2025-03-01")))
        .isEmpty();
  }

  @Test
  void aLaterFigureIsAnUpdate() {
    assertThat(
            compare(
                fig(4, "exact", "a", "2019-08-03T16:40+07:00"),
                fig(5, "exact", "b", "2019-08-03T20:26+07:00")))
        .singleElement()
        .extracting(FigureSlot.Disagreement::kind)
        .isEqualTo("update");
    assertThat(compare(fig(5, "exact", "a", "2019-08-03"), fig(6, "exact", "b", "2019-08-05")))
        .singleElement()
        .extracting(FigureSlot.Disagreement::kind)
        .isEqualTo("update");
    // the same day, one without a time: cannot tell which came first
    assertThat(
            compare(
                fig(4, "exact", "a", "2019-08-03T16:40+07:00"), fig(5, "exact", "b", "2019-08-03")))
        .singleElement()
        .extracting(FigureSlot.Disagreement::kind)
        .isEqualTo("disagreement");
  }

  @Test
  void onlyEachArticlesLargestFigureIsCompared() {
    // article a gives the total 5 and the breakdown 2; b gives 5: no conflict
    assertThat(
            compare(
                fig(5, "exact", "a", "2025-03-01"),
                fig(2, "exact", "a", "2025-03-01"),
                fig(5, "exact", "b", "2025-03-01")))
        .isEmpty();
  }

  @Test
  void figuresOfOneArticleNeverConflict() {
    assertThat(compare(fig(4, "exact", "a", "2025-03-01"), fig(9, "exact", "a", "2025-03-01")))
        .isEmpty();
  }
}
