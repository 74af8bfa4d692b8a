package org.warta.pipeline;

import java.util.List;
import org.warta.model.CharSpan;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Sentence;
import org.warta.model.TimeExpression;
import org.warta.model.Token;

/** The annotation layers of an article, each one produced by exactly one stage. */
public final class Layers {
  private Layers() {}

  /**
   * Paragraph spans of the cleaned text; the first one is the title. Set when the article is
   * created, before any stage runs.
   */
  public static final LayerKey<List<CharSpan>> PARAGRAPHS = LayerKey.of("paragraphs", List.class);

  /** ISO 639-1 code of the article's language. */
  public static final LayerKey<String> LANGUAGE = LayerKey.of("language", String.class);

  public static final LayerKey<List<Sentence>> SENTENCES = LayerKey.of("sentences", List.class);
  public static final LayerKey<List<Token>> TOKENS = LayerKey.of("tokens", List.class);
  public static final LayerKey<List<Entity>> ENTITIES = LayerKey.of("entities", List.class);
  public static final LayerKey<List<Quantity>> QUANTITIES = LayerKey.of("quantities", List.class);
  public static final LayerKey<List<TimeExpression>> TIMES = LayerKey.of("times", List.class);
  public static final LayerKey<List<Quote>> QUOTES = LayerKey.of("quotes", List.class);
  public static final LayerKey<List<Claim>> CLAIMS = LayerKey.of("claims", List.class);
  public static final LayerKey<List<Event>> EVENTS = LayerKey.of("events", List.class);
}
