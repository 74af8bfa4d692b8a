package org.warta.model;

import java.util.Objects;

/**
 * Direct speech.
 *
 * @param text the quoted words without the quote marks
 * @param speaker the entity id of the speaker, or null when the speaker is not an entity
 * @param speakerText the speaker as written near the quote ({@code Kim}, {@code kata dia}), or null
 *     when no speaker was found
 */
public record Quote(String id, String text, int start, int end, String speaker, String speakerText)
    implements Spanned {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Spanned.check(start, end);
  }
}
