package org.warta.nlp.quantity;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds numbers with their hedge, counted object and category. PLACEHOLDER: produces empty layers
 * until the real stage lands.
 */
public final class QuantityStage implements Stage {
  @Override
  public String name() {
    return "quantity";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.QUANTITIES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.QUANTITIES, List.of());
  }
}
