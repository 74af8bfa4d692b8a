package org.warta.model;

import java.util.List;
import java.util.Objects;

/**
 * One referent of the article with all the places it is mentioned.
 *
 * @param id article-local id such as {@code e1}
 * @param name canonical name: the fullest form written in the article ({@code Kim Jong Un}, not
 *     {@code Kim})
 * @param mentions every mention, in text order
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
  }
}
