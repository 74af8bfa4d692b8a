package org.warta.nlp.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warta.model.Event;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds typed events (taxonomy: {@link org.warta.model.EventType}, {@code docs/event-taxonomy.md})
 * with their actors, targets, places, time and quantities, from trigger words and the layers of the
 * sentence they stand in.
 *
 * <ol>
 *   <li><b>Triggers</b>: longest match of the language's {@link TriggerLexicon} over each
 *       sentence's words (affixed forms and phrases are in the lexicon). A trigger is dropped when
 *       negated ({@code tidak ada korban jiwa}), inside a longer entity name ({@code Badan Nasional
 *       Penanggulangan Bencana}), inside a capitalised name the entity layer missed, or when its
 *       constraint fails ({@code mengirim} is DEPLOY only with a force noun next to it).
 *   <li><b>Roles</b> from the trigger's voice: the subject (nearest entity before the trigger that
 *       no preposition governs, in the same clause) acts for an active or intransitive verb and
 *       undergoes for a passive, a receiving verb or an experiencer type (DIE, INJURE, EVACUATE,
 *       APPOINT); {@code oleh X} acts; {@code dengan/kepada/terhadap/melawan X} and a direct object
 *       are targets; locations after {@code di/ke/dari} are places ({@code dari} after a person is
 *       affiliation). Pronouns are resolved by simple rules (see {@code
 *       ArticleEvents#resolvePronoun}).
 *   <li><b>Time</b>: the nearest DATE/TIME expression in the trigger's clause, on the same side of
 *       quote marks; else the lead, anaphor, same-participant and headline rules of {@code
 *       ArticleEvents#linkTimes}.
 *   <li><b>Quantities</b> of the sentence whose category measures the type, or counts right next to
 *       the trigger.
 *   <li>Triggers of the same type in one sentence make one event (the first trigger anchors it).
 * </ol>
 *
 * <p>Design decision: rules over the layers of the other stages instead of a trained extractor:
 * there is no Indonesian event training data with these types, every decision can be traced to a
 * lexicon row or a rule, and the stage stays fast (one pass over tokens, hash lookups).
 *
 * <p>Reads the QUOTES layer only to resolve {@code saya}/{@code kami} to a quote's speaker. When
 * the segmenter produced no sentences or tokens, falls back to a simple split so the stage still
 * works. Stateless and thread-safe.
 */
public final class EventStage implements Stage {
  private final EventRules rules;

  public EventStage(EventRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public String name() {
    return "event";
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
    return Set.of(Layers.EVENTS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    List<Event> events =
        new ArticleEvents(
                rules,
                article.text(),
                article.find(Layers.PARAGRAPHS).orElse(List.of()),
                article.find(Layers.SENTENCES).orElse(List.of()),
                article.find(Layers.TOKENS).orElse(List.of()),
                article.find(Layers.ENTITIES).orElse(List.of()),
                article.find(Layers.QUANTITIES).orElse(List.of()),
                article.find(Layers.TIMES).orElse(List.of()),
                article.find(Layers.QUOTES).orElse(List.of()))
            .run();
    article.put(Layers.EVENTS, List.copyOf(events));
  }
}
