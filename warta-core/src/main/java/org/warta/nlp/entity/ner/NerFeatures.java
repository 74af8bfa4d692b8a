package org.warta.nlp.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Observation features of each token of a sentence, as strings that the model weighs per label.
 * Chosen for Indonesian news: word forms in a ±2 window, word shape, affixes ({@code meN-}, {@code
 * di-}, {@code ber-}, {@code -nya}, {@code -kan}), cue words before and inside names ({@code
 * Presiden}, {@code Menteri}, {@code Partai}, {@code Kabupaten}), gazetteer membership, word
 * clusters learned from unlabelled news, sentence position and the capitalisation of neighbours.
 * Previous-label features live in the model's transition weights. Stateless and thread-safe.
 */
public final class NerFeatures {
  private final NerLexicon lexicon;

  public NerFeatures(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The features of every token of {@code words}. */
  public List<List<String>> extract(List<String> words) {
    int n = words.size();
    String[] w = words.toArray(new String[0]);
    String[] lower = new String[n];
    String[] shape = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = normalise(w[i].toLowerCase(Locale.ROOT));
      shape[i] = shortShape(w[i]);
    }
    String[] gaz = lexicon.gazetteerTags(lower);
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(64);
      String lw = lower[i];
      f.add("b");
      f.add("w=" + lw);
      if (!w[i].equals(lw)) {
        f.add("W=" + w[i]);
      }
      f.add("s=" + shape[i]);
      f.add("S=" + longShape(w[i]));
      String pw = i > 0 ? lower[i - 1] : "<s>";
      String nw = i + 1 < n ? lower[i + 1] : "</s>";
      String pw2 = i > 1 ? lower[i - 2] : "<s>";
      String nw2 = i + 2 < n ? lower[i + 2] : "</s>";
      String ps = i > 0 ? shape[i - 1] : "<s>";
      String ns = i + 1 < n ? shape[i + 1] : "</s>";
      f.add("w-1=" + pw);
      f.add("w+1=" + nw);
      f.add("w-2=" + pw2);
      f.add("w+2=" + nw2);
      f.add("w-1w=" + pw + "|" + lw);
      f.add("ww+1=" + lw + "|" + nw);
      f.add("s-1=" + ps);
      f.add("s+1=" + ns);
      f.add("s-1s=" + ps + "|" + shape[i]);
      f.add("ss+1=" + shape[i] + "|" + ns);
      f.add("s-1ss+1=" + ps + "|" + shape[i] + "|" + ns);
      if (i == 0) {
        f.add("first|s=" + shape[i]);
      }
      if (i + 1 == n) {
        f.add("last");
      }
      int len = lw.length();
      for (int k = 1; k <= 4 && k < len; k++) {
        f.add("p" + k + "=" + lw.substring(0, k));
        f.add("x" + k + "=" + lw.substring(len - k));
      }
      if (len > 5) {
        f.add("aff=" + affixClass(lw));
      }
      cue(f, "c", lw);
      if (i > 0) {
        cue(f, "c-1", pw);
      }
      if (i > 1) {
        cue(f, "c-2", pw2);
      }
      if (i + 1 < n) {
        cue(f, "c+1", nw);
      }
      if (gaz[i] != null) {
        for (String g : gaz[i].split("\\|")) {
          f.add("g=" + g);
          f.add("g=" + g + "|s=" + shape[i]);
        }
      }
      if (i > 0 && gaz[i - 1] != null) {
        f.add("g-1=" + gaz[i - 1]);
      }
      if (i + 1 < n && gaz[i + 1] != null) {
        f.add("g+1=" + gaz[i + 1]);
      }
      if (lexicon.hasClusters()) {
        cluster(f, "k", w[i]);
        if (i > 0) {
          cluster(f, "k-1", w[i - 1]);
        }
        if (i + 1 < n) {
          cluster(f, "k+1", w[i + 1]);
        }
      }
      out.add(f);
    }
    return out;
  }

  private void cue(List<String> f, String name, String lowerWord) {
    String c = lexicon.cueClass(lowerWord);
    if (c != null) {
      f.add(name + "=" + c);
    }
  }

  private void cluster(List<String> f, String name, String word) {
    String c = lexicon.cluster(word);
    if (c == null) {
      f.add(name + "=?");
      return;
    }
    for (int len : new int[] {4, 8, 12}) {
      if (c.length() >= len) {
        f.add(name + len + "=" + c.substring(0, len));
      }
    }
    f.add(name + "=" + c);
  }

  /** Digits to 0 so numbers share features. */
  static String normalise(String lower) {
    boolean digit = false;
    for (int i = 0; i < lower.length() && !digit; i++) {
      digit = Character.isDigit(lower.charAt(i));
    }
    if (!digit) {
      return lower;
    }
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      b.append(Character.isDigit(c) ? '0' : c);
    }
    return b.toString();
  }

  /** Character classes with runs collapsed: {@code Jakarta} → {@code Xx}, {@code DPR-RI} → X-X. */
  static String shortShape(String w) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = cls(w.charAt(i));
      if (c != last) {
        b.append(c);
        last = c;
      }
    }
    return b.toString();
  }

  /** Character classes, runs kept up to length 3: {@code DPR} → XXX, {@code Jakarta} → Xxxx. */
  static String longShape(String w) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    int run = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = cls(w.charAt(i));
      run = c == last ? run + 1 : 1;
      last = c;
      if (run <= 3) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static char cls(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  /** Indonesian verbal and nominal affix pattern of a longer word, for unseen words. */
  static String affixClass(String lw) {
    String p;
    if (lw.startsWith("meng")
        || lw.startsWith("meny")
        || lw.startsWith("mem")
        || lw.startsWith("men")
        || lw.startsWith("me")) {
      p = "meN";
    } else if (lw.startsWith("di")) {
      p = "di";
    } else if (lw.startsWith("ber") || lw.startsWith("be")) {
      p = "ber";
    } else if (lw.startsWith("ter")) {
      p = "ter";
    } else if (lw.startsWith("pe")) {
      p = "peN";
    } else if (lw.startsWith("ke")) {
      p = "ke";
    } else {
      p = "-";
    }
    String s;
    if (lw.endsWith("nya")) {
      s = "nya";
    } else if (lw.endsWith("kan")) {
      s = "kan";
    } else if (lw.endsWith("an")) {
      s = "an";
    } else if (lw.endsWith("i")) {
      s = "i";
    } else {
      s = "-";
    }
    return p + "+" + s;
  }
}
