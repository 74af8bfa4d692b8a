package org.warta.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word 4-grams of a text, words being runs of letters, digits and underscores. */
final class WordShingles {
  private WordShingles() {}

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        int s = i;
        while (i < n && isWord(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        out.add(text.substring(s, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  static List<String> list(String text) {
    List<String> w = words(text);
    List<String> out = new ArrayList<>();
    if (w.isEmpty()) {
      return out;
    }
    if (w.size() < 4) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + 4 <= w.size(); i++) {
      out.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2) + ' ' + w.get(i + 3));
    }
    return out;
  }

  static Set<String> set(String text) {
    return new HashSet<>(list(text));
  }
}
