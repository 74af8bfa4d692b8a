package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Approx;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

/** Builds articles with hand-made layers for the quote and claim tests. */
public final class TestArticles {
  private TestArticles() {}

  /**
   * An entity with every whole-word occurrence of each form as a mention; the first form is the
   * canonical name.
   */
  public static Entity entity(String text, String id, EntityType type, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    for (String form : forms) {
      int from = 0;
      int i;
      while ((i = text.indexOf(form, from)) >= 0) {
        int end = i + form.length();
        boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        boolean covered = false;
        for (Mention m : mentions) {
          covered |= m.start() <= i && end <= m.end();
        }
        if (left && right && !covered) {
          mentions.add(Mention.of(text, i, end));
        }
        from = end;
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Entity(id, type, forms[0], mentions);
  }

  /** A quantity over the first occurrence of {@code surface}. */
  public static Quantity quantity(String text, String id, String surface, double value) {
    int i = text.indexOf(surface);
    if (i < 0) {
      throw new IllegalArgumentException(surface);
    }
    return new Quantity(
        id, surface, i, i + surface.length(), value, null, null, Approx.EXACT, null, null);
  }

  /** An article with the given entities and quantities, no sentence layer (fallback splitting). */
  public static AnnotatedArticle article(
      String text, List<Entity> entities, List<Quantity> quantities) {
    AnnotatedArticle a = AnnotatedArticle.of(text, null);
    a.put(Layers.SENTENCES, List.of());
    a.put(Layers.TOKENS, List.of());
    a.put(Layers.ENTITIES, entities);
    a.put(Layers.QUANTITIES, quantities);
    a.put(Layers.TIMES, List.of());
    return a;
  }
}
