package org.warta.pipeline;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.warta.model.CharSpan;

/**
 * The working state of one article while it flows through a pipeline: the immutable cleaned text,
 * what is known about it, and the layers added so far. Not thread-safe; one thread owns it.
 */
public final class AnnotatedArticle {
  private final String text;
  private final LocalDate published;
  private final Map<LayerKey<?>, Object> layers = new IdentityHashMap<>();

  /**
   * @param text the cleaned text: title, blank line, paragraphs separated by blank lines
   * @param paragraphs the paragraph spans of {@code text}, title first
   * @param published the publication date that relative times resolve against, or null
   */
  public AnnotatedArticle(String text, List<CharSpan> paragraphs, LocalDate published) {
    this.text = Objects.requireNonNull(text, "text");
    this.published = published;
    put(Layers.PARAGRAPHS, List.copyOf(paragraphs));
  }

  /** An article whose paragraphs are the blank-line separated blocks of {@code text}. */
  public static AnnotatedArticle of(String text, LocalDate published) {
    return new AnnotatedArticle(text, Paragraphs.split(text), published);
  }

  public String text() {
    return text;
  }

  /** The publication date, the anchor of relative time expressions. */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  /** The value of {@code key}; fails if no stage has produced it. */
  @SuppressWarnings("unchecked")
  public <T> T get(LayerKey<T> key) {
    Object value = layers.get(key);
    if (value == null) {
      throw new IllegalStateException("layer '" + key + "' has not been produced");
    }
    return (T) value;
  }

  /** The value of {@code key} if present. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(LayerKey<T> key) {
    return Optional.ofNullable((T) layers.get(key));
  }

  public boolean has(LayerKey<?> key) {
    return layers.containsKey(key);
  }

  /** Stores a layer; lists should be immutable. */
  public <T> void put(LayerKey<T> key, T value) {
    Objects.requireNonNull(value, key.name());
    if (!key.rawType().isInstance(value)) {
      throw new IllegalArgumentException(
          "layer '" + key + "' expects " + key.rawType().getSimpleName());
    }
    layers.put(key, value);
  }
}
