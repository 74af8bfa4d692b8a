package org.warta.index;

import java.util.List;

/**
 * The figures that several articles give for one thing counted: a slot of the figures timeline.
 *
 * @param story the story group the figures are about
 * @param storyTitle the title of the story's first article
 * @param category what is counted ({@code killed}, {@code injured}, {@code deployed}…)
 * @param object the counted object for non-human categories ({@code rumah}), else null
 * @param place where, when the figure's event names one place; null for story-wide figures
 * @param conflict whether two articles give figures that disagree beyond their hedges
 * @param conflictKind {@code update} (the disagreeing figures were published at different times: a
 *     later count), {@code disagreement} (published the same day), or both; null without conflict
 * @param values the figures, oldest first
 * @param disagreements the pairs of figures (indices into values) that disagree
 */
public record FigureSlot(
    String story,
    String storyTitle,
    String category,
    String object,
    String place,
    boolean conflict,
    String conflictKind,
    List<Figure> values,
    List<Disagreement> disagreements) {

  /**
   * One figure as an article gives it.
   *
   * @param approx the hedge ({@code exact}, {@code about}, {@code at_least}…)
   * @param source who says so (the claim's source as written), or null for the article's own voice
   * @param modality the claim's modality, or null
   * @param time the TIMEX3 value of the event time, or null
   * @param headline whether this is the article's figure for the slot (its largest), the one
   *     compared with other articles; smaller figures of the same article are breakdowns or earlier
   *     counts it reports, listed but not compared
   */
  public record Figure(
      double value,
      Double low,
      Double high,
      String approx,
      String text,
      String source,
      String modality,
      String outlet,
      String published,
      String article,
      String time,
      boolean headline) {
    Figure asHeadline() {
      return new Figure(
          value, low, high, approx, text, source, modality, outlet, published, article, time, true);
    }
  }

  /** Two figures that cannot both be right: an update or a same-day disagreement. */
  public record Disagreement(int first, int second, String kind) {}
}
