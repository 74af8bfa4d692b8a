package org.warta.nlp.quote;

/**
 * What a cue word does in a reporting or modality pattern. The patterns themselves are
 * language-neutral machinery; which words play which role is language data (for Indonesian, {@code
 * org/warta/lang/id/reporting-cues.tsv}).
 */
public enum CueRole {
  /** Speech word followed by its speaker: {@code "…," kata Agus}. */
  SAY_AFTER,
  /** Speech word with the speaker folded into a pronoun suffix: {@code "…," ujarnya}. */
  SAY_AFTER_NYA,
  /** Verb whose grammatical subject is the source: {@code Agus mengatakan, "…"}. */
  SAY_VERB,
  /** Passive verb; the source is only known from an agent phrase ({@code oleh X}). */
  PASSIVE,
  /** Preposition followed by the source: {@code menurut media pemerintah}. */
  ACCORDING,
  /** The same with the source folded into a pronoun suffix: {@code menurutnya}. */
  ACCORDING_NYA,
  /** Adverb or auxiliary that only sets a modality: {@code mungkin}, {@code akan}. */
  HEDGE,
  /** Noun that sets the modality of the clause it heads: {@code estimasi}. */
  NOUN,
  /** Introduces the medium through which a statement came: {@code kepada BBC}. */
  CHANNEL,
  /** Inside a speaker phrase, separates the channel from the speaker: {@code mengutip}. */
  QUOTING,
  /** A singular third-person pronoun that refers back to the last person named. */
  PRONOUN,
  /** Ends a speaker or source phrase: {@code dalam}, {@code di}, weekday names. */
  STOP,
  /** After a comma or semicolon, starts a new clause: {@code namun}. */
  CLAUSE,
  /** Starts a new clause that keeps the subject of the one before: {@code seraya berjanji}. */
  CLAUSE_SAME,
  /** Joins words or predicates: {@code dan}, {@code serta}. */
  COORDINATOR,
  /** Introduces the agent of a passive verb: {@code oleh}. */
  AGENT,
  /**
   * Starts an apposition or relative clause between commas, which is skipped when looking back for
   * a subject: {@code Jeri, yang menjabat …, bersumpah}, {@code …, sebuah LSM, menyebut}.
   */
  APPOSITIVE,
  /** Introduces a complement clause: {@code bahwa}. */
  THAT,
  /**
   * Opens a subordinate clause: a clause starting with one does not pass its source on to the next
   * clause ({@code Apabila sebelumnya BNPB menyebut …, namun kini …}).
   */
  SUBORDINATOR,
  /** Skipped when looking back for the subject of a verb: {@code kemudian}. */
  ADVERB
}
