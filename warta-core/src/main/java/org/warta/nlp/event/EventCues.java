package org.warta.nlp.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
  public static final String AS_OF = "AS_OF";
  public static final String FORCE = "FORCE";
  public static final String VEHICLE = "VEHICLE";

  private final Map<String, Set<String>> classes;
  private final Map<String, Integer> bit = new HashMap<>();
  private final Map<String, Long> masks = new HashMap<>();

  public EventCues(Map<String, Set<String>> classes) {
    Map<String, Set<String>> copy = new HashMap<>();
    classes.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    this.classes = Map.copyOf(copy);
    List<String> names = new ArrayList<>(this.classes.keySet());
    names.sort(null);
    if (names.size() > 63) {
      throw new IllegalArgumentException("at most 63 cue classes");
    }
    for (int i = 0; i < names.size(); i++) {
      bit.put(names.get(i), i);
      for (String w : this.classes.get(names.get(i))) {
        masks.merge(w, 1L << i, (a, b) -> a | b);
      }
    }
  }

  /** Whether lower-case {@code word} belongs to class {@code cls}. */
  public boolean is(String cls, String word) {
    Integer b = bit.get(cls);
    if (b == null) {
      return false;
    }
    Long m = masks.get(word);
    return m != null && (m & (1L << b)) != 0;
  }

  /** The bit mask of some classes, for {@link #isAny}. */
  public long mask(List<String> classNames) {
    long m = 0;
    for (String c : classNames) {
      Integer b = bit.get(c);
      if (b != null) {
        m |= 1L << b;
      }
    }
    return m;
  }

  /** Whether {@code word} belongs to any class of {@code mask} (from {@link #mask}). */
  public boolean isAny(long mask, String word) {
    Long m = masks.get(word);
    return m != null && (m & mask) != 0;
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
