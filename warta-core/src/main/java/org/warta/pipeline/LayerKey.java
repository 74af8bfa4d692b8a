package org.warta.pipeline;

import java.util.Objects;

/**
 * A typed key for one annotation layer. Identity-based: two keys are equal only if they are the
 * same constant, so a misspelt string can never address a layer (see {@link Layers}).
 *
 * @param <T> the layer's value type
 */
public final class LayerKey<T> {
  private final String name;
  private final Class<?> rawType;

  private LayerKey(String name, Class<?> rawType) {
    this.name = Objects.requireNonNull(name);
    this.rawType = Objects.requireNonNull(rawType);
  }

  /** A new key; declare keys once, as constants. */
  public static <T> LayerKey<T> of(String name, Class<?> rawType) {
    return new LayerKey<>(name, rawType);
  }

  public String name() {
    return name;
  }

  /** The erased type of the value, checked when a value is stored. */
  public Class<?> rawType() {
    return rawType;
  }

  @Override
  public String toString() {
    return name;
  }
}
