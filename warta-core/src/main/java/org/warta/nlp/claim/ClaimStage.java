package org.warta.nlp.claim;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds claims with their source and modality. PLACEHOLDER: produces empty layers until the real
 * stage lands.
 */
public final class ClaimStage implements Stage {
  @Override
  public String name() {
    return "claim";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(
        Layers.SENTENCES,
        Layers.TOKENS,
        Layers.ENTITIES,
        Layers.QUANTITIES,
        Layers.TIMES,
        Layers.QUOTES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.CLAIMS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.CLAIMS, List.of());
  }
}
