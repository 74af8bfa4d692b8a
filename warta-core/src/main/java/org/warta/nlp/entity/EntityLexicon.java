package org.warta.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.warta.model.EntityType;
import org.warta.model.Token;

/**
 * The word lists the entity rules read: known names (gazetteers), word classes (titles,
 * organisation and place heads, non-entities, context cues) and function words. Language-neutral
 * container; a language pack fills it from its resources. Immutable once built, so one instance
 * serves all threads.
 */
public final class EntityLexicon {
  /** Classes of words and phrases the rules know. See {@code entity-words.tsv}. */
  public enum WordClass {
    TITLE,
    ORG_HEAD,
    LOC_HEAD,
    ORG_WORD,
    NON_ENTITY,
    FUNCTION,
    NOT_ALONE,
    EVENT_HEAD,
    MISC_HEAD,
    MISC_BEFORE,
    REGION_HEAD,
    ORG_ALONE,
    OFFICE_SUFFIX,
    PORTFOLIO,
    CONNECTOR,
    ORG_CONNECTOR,
    PERSON_BEFORE,
    PERSON_AFTER,
    LOC_BEFORE
  }

  /** How much a gazetteer entry is trusted. */
  public enum Strength {
    /** Countries, provinces, regencies, hand-listed names: a capitalised match is that entity. */
    STRONG,
    /** Districts and other noisy lists: only types a name found by other means. */
    WEAK
  }

  /**
   * A known name.
   *
   * @param form the name as listed
   * @param longForm the long form an acronym stands for, or null
   * @param exactCase whether the name only matches with the listed capitals (acronyms: {@code AS})
   */
  public record Name(
      String form, EntityType type, Strength strength, String longForm, boolean exactCase) {}

  private final PhraseTable<List<Name>> names = new PhraseTable<>();
  private final PhraseTable<EnumSet<WordClass>> words = new PhraseTable<>();
  private final Set<String> functionWords = new HashSet<>();
  private final Set<String> commonWords = new HashSet<>();

  /** Adds a known name; the first entry of a phrase with a given type wins. */
  public EntityLexicon addName(Name name) {
    List<Name> list = names.get(name.form());
    if (list == null) {
      list = new ArrayList<>(1);
      names.put(name.form(), list);
    }
    for (Name n : list) {
      if (n.type() == name.type() && n.exactCase() == name.exactCase()) {
        return this;
      }
    }
    list.add(name);
    return this;
  }

  public EntityLexicon addWord(String phrase, WordClass cls) {
    EnumSet<WordClass> set = words.get(phrase);
    if (set == null) {
      set = EnumSet.noneOf(WordClass.class);
      words.put(phrase, set);
    }
    set.add(cls);
    if (cls == WordClass.FUNCTION) {
      addFunctionWord(phrase);
    }
    return this;
  }

  public EntityLexicon addFunctionWord(String word) {
    functionWords.add(word.toLowerCase(Locale.ROOT));
    return this;
  }

  public EntityLexicon addCommonWord(String word) {
    commonWords.add(word.toLowerCase(Locale.ROOT));
    return this;
  }

  /** Whether {@code word} is an open-class word written in lower case far more than in names. */
  public boolean isCommonWord(String word) {
    return commonWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Reads one common word per line. */
  public EntityLexicon loadCommonWords(InputStream in) {
    for (String line : lines(in)) {
      addCommonWord(line.strip());
    }
    return this;
  }

  /** Whether the lower-cased {@code word} is a closed-class function word. */
  public boolean isFunctionWord(String word) {
    return functionWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Longest known name at {@code from} of the given minimum strength, or -1; see PhraseTable. */
  public int longestName(String text, List<Token> tokens, int from, int limit, Strength min) {
    int end = names.longest(text, tokens, from, limit);
    while (end > from) {
      if (name(text, tokens, from, end, min) != null) {
        return end;
      }
      end = names.longest(text, tokens, from, end - 1);
    }
    return -1;
  }

  /** The best known name covering exactly {@code [from, to)}, or null. */
  public Name name(String text, List<Token> tokens, int from, int to, Strength min) {
    return pick(names.valueOf(tokens, from, to, false), text, tokens, from, to, min);
  }

  /**
   * The best of the entries {@code list} listed for the phrase {@code [from, to)}: the strongest
   * whose capitals match (acronyms only match in capitals), or null.
   */
  public Name pick(
      List<Name> list, String text, List<Token> tokens, int from, int to, Strength min) {
    if (list == null) {
      return null;
    }
    String surface = null;
    Name best = null;
    for (Name n : list) {
      if (min == Strength.STRONG && n.strength() == Strength.WEAK) {
        continue;
      }
      if (n.exactCase()) {
        if (surface == null) {
          surface = collapse(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
        }
        if (!surface.equals(collapse(n.form()))) {
          continue;
        }
      }
      if (best == null || n.strength().ordinal() < best.strength().ordinal()) {
        best = n;
      }
    }
    return best;
  }

  /** Whitespace runs to one space, trimmed; case kept. */
  private static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Every listed name starting at token {@code from}: its end and its entries. */
  public void forEachName(
      List<Token> tokens, int from, int limit, BiConsumer<Integer, List<Name>> action) {
    names.forEachMatch(tokens, from, limit, false, action);
  }

  /** Every word-class phrase starting at token {@code from}: its end and its classes. */
  public void forEachWord(
      List<Token> tokens, int from, int limit, BiConsumer<Integer, EnumSet<WordClass>> action) {
    words.forEachMatch(tokens, from, limit, true, action);
  }

  /** The long form of a listed acronym, if the entry has one. */
  public String longFormOf(String acronym) {
    List<Name> list = names.get(acronym);
    if (list != null) {
      for (Name n : list) {
        if (n.longForm() != null) {
          return n.longForm();
        }
      }
    }
    return null;
  }

  /** Longest phrase of class {@code cls} at {@code from}, or -1 (final periods ignored). */
  public int longestWord(List<Token> tokens, int from, int limit, WordClass cls) {
    int end = words.longest(null, tokens, from, limit, true);
    while (end > from) {
      EnumSet<WordClass> set = words.valueOf(tokens, from, end, true);
      if (set != null && set.contains(cls)) {
        return end;
      }
      end = words.longest(null, tokens, from, end - 1, true);
    }
    return -1;
  }

  /** Whether tokens {@code [from, to)} form a phrase of class {@code cls}. */
  public boolean is(List<Token> tokens, int from, int to, WordClass cls) {
    EnumSet<WordClass> set = words.valueOf(tokens, from, to, true);
    return set != null && set.contains(cls);
  }

  /** Whether the single token {@code t} is of class {@code cls}. */
  public boolean is(List<Token> tokens, int t, WordClass cls) {
    return is(tokens, t, t + 1, cls);
  }

  public int nameCount() {
    return names.size();
  }

  // ---------------------------------------------------------------- loading

  /**
   * Reads a TSV of known names: {@code name<TAB>TYPE[<TAB>long form]}, or with {@code fixedType}
   * given, {@code name<TAB>anything} where every row has that type. Lines starting with {@code #}
   * are comments.
   */
  public EntityLexicon loadNames(InputStream in, EntityType fixedType, Strength strength) {
    for (String line : lines(in)) {
      String[] f = line.split("\t", -1);
      String form = f[0].strip();
      if (form.isEmpty()) {
        continue;
      }
      EntityType type = fixedType != null ? fixedType : EntityType.valueOf(f[1].strip());
      String longForm = fixedType == null && f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
      addName(new Name(form, type, strength, longForm, isAcronym(form)));
    }
    return this;
  }

  /**
   * Reads the region list {@code name<TAB>level}: provinces, regencies and islands are strong,
   * districts weak.
   */
  public EntityLexicon loadRegions(InputStream in) {
    for (String line : lines(in)) {
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[0].isBlank()) {
        continue;
      }
      Strength s = f[1].strip().equals("district") ? Strength.WEAK : Strength.STRONG;
      addName(new Name(f[0].strip(), EntityType.LOCATION, s, null, isAcronym(f[0].strip())));
    }
    return this;
  }

  /** Reads {@code phrase<TAB>CLASS} lines. */
  public EntityLexicon loadWords(InputStream in) {
    for (String line : lines(in)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 2 && !f[0].isBlank()) {
        addWord(f[0].strip(), WordClass.valueOf(f[1].strip()));
      }
    }
    return this;
  }

  /** Reads one function word per line. */
  public EntityLexicon loadFunctionWords(InputStream in) {
    for (String line : lines(in)) {
      addFunctionWord(line.strip());
    }
    return this;
  }

  /** Two or more capitals and no lower-case letter: {@code BNPB}, {@code AS}, {@code TNI AD}. */
  static boolean isAcronym(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  private static List<String> lines(InputStream in) {
    if (in == null) {
      throw new IllegalArgumentException("missing resource");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
