package org.warta.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Mention;

/**
 * What story grouping compares, computed once per article at indexing time and stored with it.
 *
 * <ul>
 *   <li>{@link #simHash}: a 64-bit SimHash (Charikar 2002) over overlapping 3-word shingles of the
 *       lower-cased body text (the title is left out, since republished copies often retitle).
 *       Copies and light edits of one article differ in a few bits; unrelated articles in about 32.
 *   <li>{@link #keys}: the article's entities in every form written (as {@link EntityNames#key},
 *       places without administrative prefix; {@code Basarnas} and {@code Badan Nasional Pencarian
 *       dan Pertolongan} both), the words of its title of four letters or more that are not stop
 *       words (Lucene's Indonesian list), and its event types other than {@code STATEMENT},
 *       prefixed {@code e:}, {@code w:} and {@code t:}.
 * </ul>
 */
public final class StoryFeatures {
  private static final int SHINGLE = 3;
  private static final int MIN_TITLE_WORD = 4;
  private static final CharArraySet STOP = IndonesianAnalyzer.getDefaultStopSet();

  private StoryFeatures() {}

  /** The SimHash of the body of {@code text} (after the first blank line), 0 if too short. */
  public static long simHash(String text) {
    int body = text.indexOf("\n\n");
    String s = body < 0 ? text : text.substring(body + 2);
    List<String> words = words(s);
    if (words.size() < SHINGLE + 2) {
      return 0L;
    }
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < i + SHINGLE; j++) {
        String w = words.get(j);
        for (int k = 0; k < w.length(); k++) {
          h ^= w.charAt(k);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      h = mix(h);
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        out |= 1L << b;
      }
    }
    return out == 0 ? 1L : out;
  }

  /** The story keys of a record, sorted. */
  public static Set<String> keys(ArticleRecord r) {
    Set<String> keys = new TreeSet<>();
    for (Entity e : r.entities()) {
      Set<String> forms = new TreeSet<>();
      forms.add(e.name());
      for (Mention m : e.mentions()) {
        forms.add(m.text());
      }
      for (String f : forms) {
        String k = e.type() == EntityType.LOCATION ? EntityNames.placeKey(f) : EntityNames.key(f);
        if (k.length() >= 2) {
          keys.add("e:" + k);
        }
      }
    }
    for (String w : words(r.title())) {
      if (w.length() >= MIN_TITLE_WORD
          && !w.chars().allMatch(Character::isDigit)
          && !STOP.contains(w)) {
        keys.add("w:" + w);
      }
    }
    for (Event ev : r.events()) {
      if (ev.type() != EventType.STATEMENT) {
        keys.add("t:" + ev.type().name());
      }
    }
    return keys;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** SplitMix64's finaliser: spreads the FNV hash over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
