package org.warta.nlp.entity;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds entities and groups their mentions under one canonical name. PLACEHOLDER: produces empty
 * layers until the real stage lands.
 */
public final class EntityStage implements Stage {
  @Override
  public String name() {
    return "entity";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.ENTITIES, List.of());
  }
}
