package org.warta.model;

import java.util.Objects;

/**
 * Boilerplate the cleaner took out. Unlike every other span, {@code start}/{@code end} point into
 * the <em>original</em> input, so a reader can see exactly what was dropped and where.
 *
 * @param reason a short machine-readable cause such as {@code related-article} or {@code byline}
 */
public record Removal(String text, String reason, int start, int end) implements Spanned {
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    Spanned.check(start, end);
  }
}
