package org.warta.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line-level rule: a whole trimmed line matching {@code pattern} is boilerplate for {@code
 * reason}.
 */
public record BoilerplateRule(String reason, Pattern pattern) {
  public BoilerplateRule {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pattern, "pattern");
  }

  public boolean matches(CharSequence line) {
    return pattern.matcher(line).matches();
  }
}
