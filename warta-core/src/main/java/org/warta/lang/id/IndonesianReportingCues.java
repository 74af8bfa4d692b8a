package org.warta.lang.id;

import org.warta.nlp.quote.CueLexicon;

/**
 * Indonesian reporting verbs, attribution prepositions, modality hedges and phrase boundaries for
 * the quote and claim stages, read from {@code reporting-cues.tsv} next to this class.
 */
public final class IndonesianReportingCues {
  /** Class-path location of the lexicon. */
  public static final String RESOURCE = "reporting-cues.tsv";

  private IndonesianReportingCues() {}

  /** Loads the lexicon (a few hundred rows; load once and share). */
  public static CueLexicon load() {
    return CueLexicon.fromResource(IndonesianReportingCues.class, RESOURCE);
  }
}
