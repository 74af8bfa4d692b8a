package org.warta.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3 value.
 *
 * @param id article-local id such as {@code t1}
 * @param value ISO 8601 / TIMEX3 value ({@code 2025-08-29}, {@code 2025-W36}, {@code P3M}), or null
 *     when it cannot be resolved (a relative date in an article without a publication date)
 */
public record TimeExpression(
    String id, String text, int start, int end, TimeType type, String value) implements Spanned {
  public TimeExpression {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Spanned.check(start, end);
  }
}
