package org.warta.eval.conll;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their chunk tags ({@code B-PER}, {@code I-LOC},
 * {@code O}), in order, with the line number of its first token for error messages.
 */
public record ConllSentence(List<String> tokens, List<String> tags, int firstLine) {
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException("tokens and tags differ in length");
    }
  }

  public int size() {
    return tokens.size();
  }
}
