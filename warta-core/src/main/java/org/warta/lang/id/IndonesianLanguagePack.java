package org.warta.lang.id;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.warta.analysis.LanguagePack;
import org.warta.nlp.claim.ClaimStage;
import org.warta.nlp.entity.EntityStage;
import org.warta.nlp.entity.NameFinder;
import org.warta.nlp.event.EventStage;
import org.warta.nlp.quantity.QuantityStage;
import org.warta.nlp.quote.CueLexicon;
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

  /** The standard pack: entity rules combined with every {@link NameFinder} on the class path. */
  public IndonesianLanguagePack() {
    this(EntityStage.Mode.COMBINED, discoveredNameFinders());
  }

  /**
   * A pack whose entity stage runs in {@code mode} with the given statistical name finders.
   *
   * <p>Design decision: a trained recogniser plugs in as a {@link NameFinder} service ({@code
   * META-INF/services/org.warta.nlp.entity.NameFinder}) or through this constructor, so the
   * pipeline does not depend on any one model library.
   */
  public IndonesianLanguagePack(EntityStage.Mode mode, List<NameFinder> nameFinders) {
    CueLexicon cues = IndonesianReportingCues.load();
    this.pipeline =
        Pipeline.builder()
            .add(new SentenceTokenStage())
            .add(EntityStage.of(IndonesianEntityLexicon.load(), mode, nameFinders))
            .add(new QuantityStage(IndonesianQuantityLexicon.load()))
            .add(new TimeStage(IndonesianTime.grammar()))
            .add(new QuoteStage(cues))
            .add(new ClaimStage(cues))
            .add(new EventStage(IndonesianEventLexicon.rules()))
            .build();
  }

  /** Name finders registered with {@link ServiceLoader}, in class-path order. */
  public static List<NameFinder> discoveredNameFinders() {
    List<NameFinder> out = new ArrayList<>();
    ServiceLoader.load(NameFinder.class).forEach(out::add);
    return List.copyOf(out);
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
