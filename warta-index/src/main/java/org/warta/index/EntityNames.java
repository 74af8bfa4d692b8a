package org.warta.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How entity names written in different articles are compared.
 *
 * <ul>
 *   <li>{@link #key}: Unicode NFKC, lower case, hyphens and underscores as spaces, periods and
 *       apostrophes dropped, white space collapsed: {@code Kim Jong-un}, {@code Kim Jong Un} and
 *       {@code KIM JONG UN} all give {@code kim jong un}.
 *   <li>{@link #isAcronym}: a single word of 2–10 capitals and digits with at least two capitals
 *       ({@code BNPB}, {@code BMKG}, {@code TNI}).
 *   <li>{@link #initials}: the capitals that start the words of a long name, function words left
 *       out ({@code Badan Nasional Penanggulangan Bencana} → {@code BNPB}).
 *   <li>{@link #placeKey}: a place's key without its administrative prefix ({@code Kabupaten
 *       Lebak}, {@code Kab. Lebak} and {@code Lebak} → {@code lebak}).
 * </ul>
 */
public final class EntityNames {
  private static final Pattern DROP = Pattern.compile("[.'’‘`´\"“”()\\[\\]]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\-‐‑–—_/,;:]+");
  private static final Set<String> PREFIXES = new HashSet<>();
  private static final Set<String> SKIP = new HashSet<>();

  static {
    String path = "/org/warta/lang/id/entity-name-parts.tsv";
    try (InputStream in = EntityNames.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        String word = cells[1].strip().toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
          word = word.substring(0, word.length() - 1);
        }
        (cells[0].equals("prefix") ? PREFIXES : SKIP).add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private EntityNames() {}

  /** The comparison key of a name. */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = DROP.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ");
    return s.strip();
  }

  /** Whether {@code form} is written as an acronym. */
  public static boolean isAcronym(String form) {
    String f = form.strip();
    if (f.length() < 2 || f.length() > 10) {
      return false;
    }
    int caps = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isUpperCase(c)) {
        caps++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return caps >= 2;
  }

  /**
   * The initials of a long name in lower case ({@code bnpb}), or null when the name has fewer than
   * two capitalised words.
   */
  public static String initials(String name) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    for (String w : SPACE.split(name.strip())) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (SKIP.contains(lower)) {
        continue;
      }
      char c = w.charAt(0);
      if (!Character.isUpperCase(c)) {
        return null;
      }
      b.append(Character.toLowerCase(c));
      words++;
    }
    return words >= 2 ? b.toString() : null;
  }

  /** The key of a place without its administrative prefix. */
  public static String placeKey(String name) {
    String k = key(name);
    List<String> words = new ArrayList<>(List.of(k.split(" ")));
    while (words.size() > 1 && PREFIXES.contains(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }
}
