package org.warta.lang.id;

import java.util.Set;
import org.warta.analysis.LanguagePack;
import org.warta.nlp.claim.ClaimStage;
import org.warta.nlp.entity.EntityStage;
import org.warta.nlp.event.EventStage;
import org.warta.nlp.quantity.QuantityStage;
import org.warta.nlp.quote.QuoteStage;
import org.warta.nlp.segment.SentenceTokenStage;
import org.warta.nlp.time.TimeStage;
import org.warta.pipeline.Pipeline;

/**
 * Indonesian, also used for Malay (the two share number words, reporting verbs and most time
 * expressions). The whole analysis chain for these languages is assembled here, in reading order.
 */
public final class IndonesianLanguagePack implements LanguagePack {
  private final Pipeline pipeline;

  public IndonesianLanguagePack() {
    this.pipeline =
        Pipeline.builder()
            .add(new SentenceTokenStage())
            .add(new EntityStage())
            .add(new QuantityStage())
            .add(new TimeStage(IndonesianTime.grammar()))
            .add(new QuoteStage())
            .add(new ClaimStage())
            .add(new EventStage())
            .build();
  }

  @Override
  public Set<String> languages() {
    return Set.of("id", "ms");
  }

  @Override
  public Pipeline pipeline() {
    return pipeline;
  }
}
