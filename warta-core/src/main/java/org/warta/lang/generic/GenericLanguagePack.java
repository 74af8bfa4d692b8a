package org.warta.lang.generic;

import java.util.Set;
import org.warta.analysis.LanguagePack;
import org.warta.nlp.segment.SentenceTokenStage;
import org.warta.pipeline.Pipeline;

/**
 * The pack for languages Warta has no rules for yet: sentences and tokens only, so the record is
 * still valid and searchable, with empty extraction layers rather than wrong ones.
 */
public final class GenericLanguagePack implements LanguagePack {
  private final Pipeline pipeline;

  public GenericLanguagePack() {
    this.pipeline = Pipeline.builder().add(new SentenceTokenStage()).build();
  }

  @Override
  public Set<String> languages() {
    return Set.of();
  }

  @Override
  public Pipeline pipeline() {
    return pipeline;
  }
}
