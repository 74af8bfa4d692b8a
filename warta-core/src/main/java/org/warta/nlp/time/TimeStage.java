package org.warta.nlp.time;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds time expressions and resolves them to TIMEX3 values. PLACEHOLDER: produces empty layers
 * until the real stage lands.
 */
public final class TimeStage implements Stage {
  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.TIMES, List.of());
  }
}
