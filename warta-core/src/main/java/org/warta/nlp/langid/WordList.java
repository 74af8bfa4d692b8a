package org.warta.nlp.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** An immutable set of words loaded from a classpath resource: one per line, {@code #} comments. */
final class WordList {
  private final Set<String> words;

  private WordList(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static WordList fromResource(String path) {
    try (InputStream in = WordList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("resource not found: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
      return new WordList(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  Set<String> words() {
    return words;
  }
}
