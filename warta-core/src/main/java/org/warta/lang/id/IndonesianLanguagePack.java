package org.warta.lang.id;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.warta.analysis.LanguagePack;
import org.warta.nlp.claim.ClaimStage;
import org.warta.nlp.entity.EntityLexicon;
import org.warta.nlp.entity.EntityStage;
import org.warta.nlp.entity.NameFinder;
import org.warta.nlp.event.EventStage;
import org.warta.nlp.quantity.QuantityStage;
import org.warta.nlp.quote.CueLexicon;
import org.warta.nlp.quote.QuoteStage;
import org.warta.nlp.segment.SentenceTokenStage;
import org.warta.nlp.time.TimeGrammar;
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
    // The time grammar and the entity lexicon load on another thread while the name finders (the
    // NER model) load on this one; see Resources.
    this(Resources.start(), EntityStage.Mode.COMBINED, discoveredNameFinders());
  }

  /**
   * A pack whose entity stage runs in {@code mode} with the given statistical name finders.
   *
   * <p>Design decision: a trained recogniser plugs in as a {@link NameFinder} service ({@code
   * META-INF/services/org.warta.nlp.entity.NameFinder}) or through this constructor, so the
   * pipeline does not depend on any one model library.
   */
  public IndonesianLanguagePack(EntityStage.Mode mode, List<NameFinder> nameFinders) {
    this(Resources.start(), mode, nameFinders);
  }

  private IndonesianLanguagePack(
      Resources resources, EntityStage.Mode mode, List<NameFinder> nameFinders) {
    CueLexicon cues = IndonesianReportingCues.load();
    QuantityStage quantities = new QuantityStage(IndonesianQuantityLexicon.load());
    EventStage events = new EventStage(IndonesianEventLexicon.rules());
    this.pipeline =
        Pipeline.builder()
            .add(new SentenceTokenStage())
            .add(EntityStage.of(Resources.join(resources.entities), mode, nameFinders))
            .add(quantities)
            .add(new TimeStage(Resources.join(resources.time)))
            .add(new QuoteStage(cues))
            .add(new ClaimStage(cues))
            .add(events)
            .build();
  }

  /**
   * The two slowest resources to load (a few hundred milliseconds each at start-up), loaded in the
   * background while the calling thread loads the rest.
   *
   * <p>Design decision: start-up to the first record is what a user running {@code warta analyze}
   * on one file waits for; on two cores loading in parallel shortens it by the time of the shorter
   * branch. Loading is pure (resources in, immutable objects out), so the result is the same.
   */
  private record Resources(
      CompletableFuture<EntityLexicon> entities, CompletableFuture<TimeGrammar> time) {
    static Resources start() {
      CompletableFuture<TimeGrammar> time = CompletableFuture.supplyAsync(IndonesianTime::grammar);
      return new Resources(CompletableFuture.supplyAsync(IndonesianEntityLexicon::load), time);
    }

    static <T> T join(CompletableFuture<T> f) {
      try {
        return f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
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
