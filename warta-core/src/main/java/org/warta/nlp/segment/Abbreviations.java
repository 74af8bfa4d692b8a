package org.warta.nlp.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations the tokenizer keeps together with their final period, and how the sentence
 * splitter treats them. Loaded from a TSV resource ({@code abbreviation<TAB>class}, see {@code
 * org/warta/lang/id/abbreviations.tsv}); immutable and thread-safe.
 */
public final class Abbreviations {
  /** What an abbreviation does to a sentence boundary after it. */
  public enum Kind {
    /** Stands before a name, number or place and never ends a sentence: {@code Dr.}, {@code Jl.} */
    TITLE,
    /** May end a sentence; it does when the next word is capitalised: {@code dll.}, {@code Tbk.} */
    FINAL
  }

  /** The Indonesian list, also used for Malay and, by default, for other languages. */
  public static final String INDONESIAN_RESOURCE = "/org/warta/lang/id/abbreviations.tsv";

  private final Map<String, Kind> kinds;
  private final Set<String> currencies;
  private final Set<String> starters;

  private Abbreviations(Map<String, Kind> kinds, Set<String> currencies, Set<String> starters) {
    this.kinds = Map.copyOf(kinds);
    this.currencies = Set.copyOf(currencies);
    this.starters = Set.copyOf(starters);
  }

  /** The Indonesian list ({@link #INDONESIAN_RESOURCE}). */
  public static Abbreviations indonesian() {
    return fromResource(INDONESIAN_RESOURCE);
  }

  /** An empty list: only initials and dotted acronyms are recognised, by rule. */
  public static Abbreviations none() {
    return new Abbreviations(Map.of(), Set.of(), Set.of());
  }

  /** Loads a list from a classpath resource in the TSV format described above. */
  public static Abbreviations fromResource(String path) {
    try (InputStream in = Abbreviations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("resource not found: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Kind> kinds = new HashMap<>();
      Set<String> currencies = new HashSet<>();
      Set<String> starters = new HashSet<>();
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalArgumentException(path + ":" + lineNo + ": expected 2 columns");
        }
        String key = stripPeriod(cols[0].strip());
        switch (cols[1].strip()) {
          case "title" -> kinds.put(key, Kind.TITLE);
          case "final" -> kinds.putIfAbsent(key, Kind.FINAL);
          case "currency" -> currencies.add(key);
          case "starter" -> starters.add(key);
          default ->
              throw new IllegalArgumentException(
                  path + ":" + lineNo + ": unknown class " + cols[1]);
        }
      }
      return new Abbreviations(kinds, currencies, starters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stripPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The kind of {@code text[start, end)} (without its final period) if it is a listed abbreviation,
   * else null.
   */
  public Kind kindOf(CharSequence text, int start, int end) {
    if (end - start > 12 || kinds.isEmpty()) {
      return null;
    }
    return kinds.get(text.subSequence(start, end).toString());
  }

  /**
   * How an abbreviation token {@code text[start, end)} (ending in its period) affects a sentence
   * boundary after it: listed ones as listed; initials and dotted initials ({@code J.}, {@code
   * D.W.}) never end a sentence; other dotted acronyms ({@code s.d.}) may.
   */
  public Kind kindOfToken(CharSequence text, int start, int end) {
    Kind kind = kindOf(text, start, end - 1);
    if (kind != null) {
      return kind;
    }
    for (int k = start; k + 1 < end; k += 2) {
      if (!Character.isUpperCase(text.charAt(k)) || text.charAt(k + 1) != '.') {
        return Kind.FINAL;
      }
    }
    return Kind.TITLE;
  }

  /** Whether {@code text[start, end)} is a word that almost always begins a sentence. */
  public boolean isSentenceStarter(CharSequence text, int start, int end) {
    if (end - start > 12 || starters.isEmpty()) {
      return false;
    }
    return starters.contains(text.subSequence(start, end).toString());
  }

  /** Whether {@code text[start, end)} is a currency written glued to its amount ({@code Rp}). */
  public boolean isCurrency(CharSequence text, int start, int end) {
    if (end - start > 4 || currencies.isEmpty()) {
      return false;
    }
    return currencies.contains(text.subSequence(start, end).toString());
  }
}
