package org.warta.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ordered set of {@link BoilerplateRule}s, loaded from {@code reason<TAB>regex} resources of the
 * language packs ({@code org/warta/lang/<code>/boilerplate.tsv}). A regex is matched against the
 * whole trimmed line, case-insensitively; one written {@code .*X.*} is searched for anywhere in the
 * line instead.
 *
 * <p>Each rule is only run on lines that contain one of the literal strings it cannot match without
 * ({@link RequiredLiterals}); one pass over the case-folded line finds which rules those are.
 * Immutable and thread-safe.
 */
public final class BoilerplateRules {
  private final List<BoilerplateRule> rules;

  /** Rules that have no required literal and always run. */
  private final boolean[] unfiltered;

  /** For each distinct required literal, its folded text and the rules that need it. */
  private final String[] literals;

  private final int[][] rulesOfLiteral;

  /** Indexes into {@link #literals} by first character: ASCII in an array, the rest in a map. */
  private final int[][] asciiFirst = new int[128][];

  private final Map<Character, int[]> otherFirst = new HashMap<>();

  /**
   * Quick rejection: bits of the {@link #bigram}s that begin a literal of two or more characters,
   * and the first characters (hashed to 10 bits) of one-character literals.
   */
  private final long[] bigrams = new long[64];

  private final boolean[] singles = new boolean[1024];

  public BoilerplateRules(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
    this.unfiltered = new boolean[this.rules.size()];
    Map<String, List<Integer>> byLiteral = new LinkedHashMap<>();
    for (int r = 0; r < this.rules.size(); r++) {
      Set<String> required = RequiredLiterals.of(this.rules.get(r).pattern());
      if (required == null) {
        unfiltered[r] = true;
        continue;
      }
      for (String lit : required) {
        byLiteral.computeIfAbsent(lit, k -> new ArrayList<>()).add(r);
      }
    }
    this.literals = byLiteral.keySet().toArray(String[]::new);
    this.rulesOfLiteral = new int[literals.length][];
    Map<Character, List<Integer>> byFirst = new HashMap<>();
    for (int i = 0; i < literals.length; i++) {
      rulesOfLiteral[i] = byLiteral.get(literals[i]).stream().mapToInt(Integer::intValue).toArray();
      String l = literals[i];
      byFirst.computeIfAbsent(l.charAt(0), k -> new ArrayList<>()).add(i);
      if (l.length() == 1) {
        singles[l.charAt(0) & 0x3FF] = true;
      } else {
        int h = bigram(l.charAt(0), l.charAt(1));
        bigrams[h >>> 6] |= 1L << h;
      }
    }
    byFirst.forEach(
        (c, list) -> {
          int[] a = list.stream().mapToInt(Integer::intValue).toArray();
          if (c < 128) {
            asciiFirst[c] = a;
          } else {
            otherFirst.put(c, a);
          }
        });
  }

  /** The rules of every language Warta ships, Indonesian first. */
  public static BoilerplateRules forAllLanguages() {
    List<BoilerplateRule> all = new ArrayList<>();
    for (String lang : List.of("id", "en")) {
      all.addAll(load("/org/warta/lang/" + lang + "/boilerplate.tsv"));
    }
    return new BoilerplateRules(all);
  }

  /** Reads rules from a classpath resource. */
  public static List<BoilerplateRule> load(String resource) {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<BoilerplateRule> rules = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected reason<TAB>regex");
        }
        String regex = line.substring(tab + 1);
        // ".*X.*" is "contains X": searched with find(), which avoids backtracking over the line.
        boolean contains = regex.startsWith(".*") && regex.endsWith(".*") && regex.length() > 4;
        if (contains) {
          regex = regex.substring(2, regex.length() - 2);
        }
        try {
          Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          rules.add(new BoilerplateRule(line.substring(0, tab), p, contains));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reason of the first rule matching the whole {@code line}, if any. */
  public Optional<String> match(String line) {
    boolean[] possible = candidates(line);
    for (int r = 0; r < possible.length; r++) {
      if (possible[r] && rules.get(r).matches(line)) {
        return Optional.of(rules.get(r).reason());
      }
    }
    return Optional.empty();
  }

  /** The same answer as {@link #match} without the literal filter; for tests. */
  Optional<String> matchUnfiltered(String line) {
    for (BoilerplateRule rule : rules) {
      if (rule.matches(line)) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
  }

  /** Which rules can match {@code line}: the unfiltered ones and those whose literal occurs. */
  private boolean[] candidates(String line) {
    boolean[] possible = unfiltered.clone();
    int n = line.length();
    char next = n > 0 ? RequiredLiterals.fold(line.charAt(0)) : 0;
    for (int i = 0; i < n; i++) {
      char c = next;
      next = i + 1 < n ? RequiredLiterals.fold(line.charAt(i + 1)) : 0;
      if (!singles[c & 0x3FF] && (bigrams[bigram(c, next) >>> 6] & (1L << bigram(c, next))) == 0) {
        continue;
      }
      int[] lits = c < 128 ? asciiFirst[c] : otherFirst.get(c);
      if (lits == null) {
        continue;
      }
      for (int lit : lits) {
        String l = literals[lit];
        if (startsWithFolded(line, i, l)) {
          for (int r : rulesOfLiteral[lit]) {
            possible[r] = true;
          }
        }
      }
    }
    return possible;
  }

  /** A 12-bit hash of two folded characters, for the quick rejection of positions. */
  private static int bigram(char a, char b) {
    return (a * 31 + b) & 0xFFF;
  }

  private static boolean startsWithFolded(String line, int at, String folded) {
    if (at + folded.length() > line.length()) {
      return false;
    }
    for (int k = 0; k < folded.length(); k++) {
      if (RequiredLiterals.fold(line.charAt(at + k)) != folded.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The literal filter of each rule (null: always run), for tests and diagnostics. */
  List<Set<String>> filters() {
    List<Set<String>> out = new ArrayList<>();
    for (BoilerplateRule rule : rules) {
      out.add(RequiredLiterals.of(rule.pattern()));
    }
    return out;
  }
}
