package org.warta.nlp.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Named classes of function words and nouns the event stage consults: negators, auxiliaries,
 * pronouns, prepositions, clause boundaries, light verbs, deployable forces. The class names are
 * the constants of this class; the words come from the language pack.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventCues {
  public static final String NEG = "NEG";
  public static final String AUX = "AUX";
  public static final String PRON_PERSON = "PRON_PERSON";
  public static final String PRON_PLURAL = "PRON_PLURAL";
  public static final String PRON_SPEAKER = "PRON_SPEAKER";
  public static final String DEMONSTRATIVE = "DEMONSTRATIVE";
  public static final String PREP_AGENT = "PREP_AGENT";
  public static final String PREP_TARGET = "PREP_TARGET";
  public static final String PREP_PLACE = "PREP_PLACE";
  public static final String PREP_OTHER = "PREP_OTHER";
  public static final String BOUNDARY = "BOUNDARY";
  public static final String LIGHT_VERB = "LIGHT_VERB";
  public static final String COORD = "COORD";
  public static final String CLITIC = "CLITIC";
  public static final String NOT_VERB = "NOT_VERB";
  public static final String SHARED_SUBJECT = "SHARED_SUBJECT";
  public static final String FRAME = "FRAME";
  public static final String NAMING = "NAMING";
  public static final String FORCE = "FORCE";
  public static final String VEHICLE = "VEHICLE";

  private final Map<String, Set<String>> classes;

  public EventCues(Map<String, Set<String>> classes) {
    Map<String, Set<String>> copy = new HashMap<>();
    classes.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    this.classes = Map.copyOf(copy);
  }

  /** Whether lower-case {@code word} belongs to class {@code cls}. */
  public boolean is(String cls, String word) {
    Set<String> set = classes.get(cls);
    return set != null && set.contains(word);
  }

  /** The words of a class (empty if unknown). */
  public Set<String> words(String cls) {
    return classes.getOrDefault(cls, Set.of());
  }

  /** Whether the class exists. */
  public boolean has(String cls) {
    return classes.containsKey(cls);
  }
}
