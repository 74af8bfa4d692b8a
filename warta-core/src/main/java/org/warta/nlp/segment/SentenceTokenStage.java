package org.warta.nlp.segment;

import java.util.List;
import java.util.Set;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Splits the cleaned text into sentences and tokens. PLACEHOLDER: produces empty layers until the
 * real stage lands.
 */
public final class SentenceTokenStage implements Stage {
  @Override
  public String name() {
    return "segment";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.SENTENCES, List.of());
    article.put(Layers.TOKENS, List.of());
  }
}
