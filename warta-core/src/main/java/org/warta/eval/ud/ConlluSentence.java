package org.warta.eval.ud;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL-U file as far as segmentation is concerned.
 *
 * @param id the {@code # sent_id}, or {@code ""}
 * @param text the {@code # text}
 * @param newDoc whether a {@code # newdoc} comment precedes it
 * @param newPar whether a {@code # newpar} comment precedes it
 * @param tokens the surface tokens in order: a multiword token ({@code 20-21 tidaklah}) counts as
 *     one, its syntactic words ({@code tidak}, {@code lah}) not at all; empty nodes are skipped
 */
public record ConlluSentence(
    String id, String text, boolean newDoc, boolean newPar, List<String> tokens) {
  public ConlluSentence {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
    tokens = List.copyOf(tokens);
  }
}
