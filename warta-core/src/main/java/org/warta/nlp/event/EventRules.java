package org.warta.nlp.event;

import java.util.Objects;

/** What a language contributes to event extraction: its trigger lexicon and its cue words. */
public record EventRules(TriggerLexicon lexicon, EventCues cues) {
  public EventRules {
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(cues, "cues");
  }
}
