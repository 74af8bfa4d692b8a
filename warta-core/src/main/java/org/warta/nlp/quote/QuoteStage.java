package org.warta.nlp.quote;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds direct quotes and their speakers. PLACEHOLDER: produces empty layers until the real stage
 * lands.
 */
public final class QuoteStage implements Stage {
  @Override
  public String name() {
    return "quote";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.QUOTES, List.of());
  }
}
