package org.warta.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line-level rule: a trimmed line is boilerplate for {@code reason} when {@code pattern} matches
 * the whole line, or, for a {@code contains} rule, anywhere in it.
 */
public record BoilerplateRule(String reason, Pattern pattern, boolean contains) {
  public BoilerplateRule {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pattern, "pattern");
  }

  public boolean matches(CharSequence line) {
    return contains ? pattern.matcher(line).find() : pattern.matcher(line).matches();
  }
}
