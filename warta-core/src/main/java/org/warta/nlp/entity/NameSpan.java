package org.warta.nlp.entity;

import java.util.Objects;
import org.warta.model.EntityType;
import org.warta.model.Spanned;

/** A name proposed by a {@link NameFinder}: character offsets, type and the model's confidence. */
public record NameSpan(int start, int end, EntityType type, double confidence) implements Spanned {
  public NameSpan {
    Objects.requireNonNull(type, "type");
    Spanned.check(start, end);
  }
}
