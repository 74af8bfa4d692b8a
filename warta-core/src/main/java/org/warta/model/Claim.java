package org.warta.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement of fact or figure with who makes it and how sure they are.
 *
 * @param source null for the article's own voice
 * @param cue the words that set the modality or attribution ({@code meyakini}, {@code menurut}), or
 *     null for a plain assertion
 * @param quantities ids of the quantities the claim states
 * @param times ids of the times the claim states
 */
public record Claim(
    String id,
    String text,
    int start,
    int end,
    ClaimSource source,
    Modality modality,
    Mention cue,
    List<String> quantities,
    List<String> times)
    implements Spanned {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(modality, "modality");
    Spanned.check(start, end);
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
  }
}
