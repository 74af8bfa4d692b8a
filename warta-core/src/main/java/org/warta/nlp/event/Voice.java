package org.warta.nlp.event;

/**
 * How the words around a trigger map to event roles. The voice comes from the trigger's form (its
 * affixes), not from the event type.
 */
public enum Voice {
  /** The subject acts, the object is the target: {@code X menyerang Y}. */
  ACTIVE,
  /** No object; the subject takes part: {@code X bertemu dengan Y}, {@code X tewas}. */
  INTRANSITIVE,
  /** The subject undergoes, the agent follows {@code oleh}: {@code X ditangkap oleh Y}. */
  PASSIVE,
  /** A nominal trigger: the possessor after it acts: {@code kunjungan X ke Y}. */
  NOUN,
  /** The subject receives what the event gives: {@code X menerima bantuan dari Y}. */
  RECEIVE
}
