package org.warta.model;

import java.util.Objects;

/**
 * A number written in the article, with its hedge and what it counts.
 *
 * @param id article-local id such as {@code n1}
 * @param text the covered text, including the hedge ({@code setidaknya 1.000})
 * @param value the number ({@code 1,28 juta} is 1280000)
 * @param low lower bound where the text gives one, else null
 * @param high upper bound where the text gives one, else null
 * @param object the counted thing as written ({@code pasukan}, {@code orang}), or null
 * @param category coarse class ({@code killed}, {@code injured}, {@code money}…), or null
 */
public record Quantity(
    String id,
    String text,
    int start,
    int end,
    double value,
    Double low,
    Double high,
    Approx approx,
    String object,
    String category)
    implements Spanned {
  public Quantity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(approx, "approx");
    Spanned.check(start, end);
  }
}
