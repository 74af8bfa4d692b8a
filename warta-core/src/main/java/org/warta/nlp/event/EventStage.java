package org.warta.nlp.event;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds typed events with actors, targets, places, time and quantities. PLACEHOLDER: produces empty
 * layers until the real stage lands.
 */
public final class EventStage implements Stage {
  @Override
  public String name() {
    return "event";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(
        Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES, Layers.QUANTITIES, Layers.TIMES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.EVENTS, List.of());
  }
}
