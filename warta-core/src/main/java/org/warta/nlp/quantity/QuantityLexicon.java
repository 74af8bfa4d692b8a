package org.warta.nlp.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.model.Approx;

/**
 * The word lists of one language that {@link QuantityStage} needs: number words, hedges, units,
 * category cues and word classes. Immutable once loaded; share one instance.
 *
 * <p>Loaded from five tab-separated resources in one classpath directory: {@code number-words.tsv},
 * {@code quantity-hedges.tsv}, {@code quantity-units.tsv}, {@code quantity-categories.tsv} and
 * {@code quantity-words.tsv}; each file's header explains its columns.
 */
public final class QuantityLexicon {
  /** How a number word combines with its neighbours (see {@code number-words.tsv}). */
  enum WordKind {
    UNIT,
    TEEN,
    TENS,
    HUNDREDS,
    SCALE,
    WHOLE,
    FRACTION,
    VAGUE,
    FEW
  }

  /** A category cue; {@code peopleOnly} cues apply only to counts of people. */
  record Cue(String category, boolean peopleOnly) {}

  /** One number word. {@code high} is set for vague and few words only. */
  record NumberWord(WordKind kind, double value, double high) {}

  final Map<String, NumberWord> numberWords = new HashMap<>();
  final PhraseSet<Approx> hedgesBefore = new PhraseSet<>();
  final PhraseSet<Approx> hedgesAfter = new PhraseSet<>();
  final PhraseSet<String> currencyBefore = new PhraseSet<>();
  final PhraseSet<String> currencyAfter = new PhraseSet<>();
  final PhraseSet<String> percent = new PhraseSet<>();
  final PhraseSet<String> preUnits = new PhraseSet<>();
  final PhraseSet<Cue> cues = new PhraseSet<>();
  final List<String> categoryPriority = new ArrayList<>();
  final Set<String> humanCategories = new HashSet<>();
  private final Map<String, PhraseSet<String>> classes = new HashMap<>();

  private QuantityLexicon() {}

  /**
   * Loads the lexicon from the resources under {@code dir}, e.g. {@code /org/warta/lang/id/}.
   *
   * @throws IllegalStateException if a file is missing or malformed (a packaging bug)
   */
  public static QuantityLexicon fromResources(String dir) {
    String base = dir.endsWith("/") ? dir : dir + "/";
    QuantityLexicon lex = new QuantityLexicon();
    for (String[] row : read(base + "number-words.tsv", 3)) {
      WordKind kind = WordKind.valueOf(row[1].toUpperCase(Locale.ROOT));
      double value = Double.parseDouble(row[2]);
      double high = row.length > 3 && !row[3].isEmpty() ? Double.parseDouble(row[3]) : value;
      lex.numberWords.put(row[0].toLowerCase(Locale.ROOT), new NumberWord(kind, value, high));
    }
    for (String[] row : read(base + "quantity-hedges.tsv", 3)) {
      Approx approx = Approx.valueOf(row[1].toUpperCase(Locale.ROOT));
      switch (row[2]) {
        case "before" -> lex.hedgesBefore.add(row[0], approx);
        case "after" -> lex.hedgesAfter.add(row[0], approx);
        default -> throw new IllegalStateException("quantity-hedges.tsv: bad position " + row[2]);
      }
    }
    for (String[] row : read(base + "quantity-units.tsv", 2)) {
      String code = row.length > 2 ? row[2] : "";
      switch (row[1]) {
        case "currency-before" -> lex.currencyBefore.add(row[0], code);
        case "currency-after" -> lex.currencyAfter.add(row[0], code);
        case "percent" -> lex.percent.add(row[0], row[0]);
        case "pre-unit" -> lex.preUnits.add(row[0], code.isEmpty() ? null : code);
        default -> throw new IllegalStateException("quantity-units.tsv: bad role " + row[1]);
      }
    }
    for (String[] row : read(base + "quantity-categories.tsv", 2)) {
      if (row[0].equals("@priority")) {
        lex.categoryPriority.addAll(List.of(row[1].split(",")));
      } else if (row[0].equals("@human")) {
        lex.humanCategories.addAll(List.of(row[1].split(",")));
      } else {
        boolean peopleOnly = row.length > 2 && row[2].strip().equals("people");
        lex.cues.add(row[0], new Cue(row[1], peopleOnly));
      }
    }
    for (String[] row : read(base + "quantity-words.tsv", 2)) {
      lex.classes.computeIfAbsent(row[1], k -> new PhraseSet<>()).add(row[0], row[0]);
    }
    return lex;
  }

  /** The words of class {@code name} of {@code quantity-words.tsv} (empty if none). */
  PhraseSet<String> words(String name) {
    PhraseSet<String> set = classes.get(name);
    return set != null ? set : new PhraseSet<>();
  }

  /** Rank of a category in the priority order; unknown categories rank last. */
  int rank(String category) {
    int i = categoryPriority.indexOf(category);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static List<String[]> read(String resource, int minColumns) {
    try (InputStream in = QuantityLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < minColumns || cells[0].isBlank()) {
          throw new IllegalStateException(
              resource + ":" + lineNo + ": expected " + minColumns + " tab-separated columns");
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
