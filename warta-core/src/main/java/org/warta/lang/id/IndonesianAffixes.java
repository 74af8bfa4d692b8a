package org.warta.lang.id;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Generates the affixed forms of an Indonesian root: {@code kirim} with {@code meN-kan} gives
 * {@code mengirimkan}, {@code tangkap} with {@code peN-an} gives {@code penangkapan}.
 *
 * <p>The nasal prefixes meN- and peN- assimilate to the first sound of the root (Sneddon et al.,
 * <i>Indonesian: A Comprehensive Grammar</i>, 2nd ed., §2.6): {@code me-} before l, m, n, r, w, y;
 * {@code mem-} before b, f, v and p (p drops unless a consonant follows: {@code memprotes}); {@code
 * men-} before d, c, j, z, sy and t (t drops unless a consonant follows); {@code meny-} before s +
 * vowel (s drops); {@code meng-} before vowels, g, h, kh and k (k drops unless a consonant
 * follows); {@code menge-} before one-syllable roots ({@code mengebom}). ber- and ter- lose their r
 * before a root starting with r.
 *
 * <p>Design decision: forms are generated from roots when the lexicon is loaded rather than
 * analysed (stemmed) at run time. Generation is exact for the few hundred roots of a trigger
 * lexicon, keeps matching a hash lookup, and cannot produce the false stems an affix stripper makes
 * ({@code menemukan} 'find' is not {@code menemui} 'meet': only the patterns listed for a root are
 * generated).
 *
 * <p>Stateless and thread-safe.
 */
public final class IndonesianAffixes {
  private IndonesianAffixes() {}

  /** The surface forms of {@code root} (lower case) with affix {@code pattern}. */
  public static Set<String> forms(String root, String pattern) {
    String r = root.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    switch (pattern) {
      case "0" -> out.add(r);
      case "meN-" -> out.addAll(nasal("me", r));
      case "meN-kan" -> nasal("me", r).forEach(f -> out.add(f + "kan"));
      case "meN-i" -> nasal("me", r).forEach(f -> out.add(suffixI(f)));
      case "peN-an" -> nasal("pe", r).forEach(f -> out.add(f + "an"));
      case "di-" -> out.add("di" + r);
      case "di-kan" -> out.add("di" + r + "kan");
      case "di-i" -> out.add(suffixI("di" + r));
      case "ter-" -> out.add((r.startsWith("r") ? "te" : "ter") + r);
      case "ber-" -> out.add((r.startsWith("r") ? "be" : "ber") + r);
      case "-kan" -> out.add(r + "kan");
      case "-i" -> out.add(suffixI(r));
      case "-an" -> out.add(r + "an");
      case "per-an" -> out.add((r.startsWith("r") ? "pe" : "per") + r + "an");
      case "ke-an" -> out.add("ke" + r + "an");
      default -> throw new IllegalArgumentException("unknown affix pattern '" + pattern + "'");
    }
    return out;
  }

  /** The patterns {@link #forms} understands. */
  public static Set<String> patterns() {
    return Set.of(
        "0", "meN-", "meN-kan", "meN-i", "peN-an", "di-", "di-kan", "di-i", "ter-", "ber-", "-kan",
        "-i", "-an", "per-an", "ke-an");
  }

  /** A root ending in i takes -i without doubling it ({@code kunjungi}, but {@code akui}). */
  private static String suffixI(String stem) {
    return stem + "i";
  }

  /** meN- or peN- (given as {@code me}/{@code pe}) attached to {@code r}. */
  private static Set<String> nasal(String base, String r) {
    Set<String> out = new LinkedHashSet<>();
    if (r.isEmpty()) {
      return out;
    }
    char c = r.charAt(0);
    boolean consonantNext = r.length() > 1 && !isVowel(r.charAt(1));
    if (syllables(r) == 1) {
      out.add(base + "nge" + r);
    }
    if (isVowel(c)) {
      out.add(base + "ng" + r);
    } else if (r.startsWith("ny") || r.startsWith("ng") || "lmnrwy".indexOf(c) >= 0) {
      out.add(base + r);
    } else if (c == 'b' || c == 'f' || c == 'v') {
      out.add(base + "m" + r);
    } else if (c == 'p') {
      out.add(base + "m" + (consonantNext ? r : r.substring(1)));
    } else if (c == 't') {
      out.add(base + "n" + (consonantNext ? r : r.substring(1)));
    } else if (c == 'd' || c == 'c' || c == 'j' || c == 'z') {
      out.add(base + "n" + r);
    } else if (c == 's') {
      out.add(r.startsWith("sy") || consonantNext ? base + "n" + r : base + "ny" + r.substring(1));
    } else if (c == 'k') {
      out.add(base + "ng" + (consonantNext ? r : r.substring(1)));
    } else if (c == 'g' || c == 'h') {
      out.add(base + "ng" + r);
    } else {
      out.add(base + r);
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static int syllables(String r) {
    int n = 0;
    boolean prevVowel = false;
    for (int i = 0; i < r.length(); i++) {
      boolean v = isVowel(r.charAt(i));
      if (v && !prevVowel) {
        n++;
      }
      prevVowel = v;
    }
    return n;
  }
}
