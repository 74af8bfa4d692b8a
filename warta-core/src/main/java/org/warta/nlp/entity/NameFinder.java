package org.warta.nlp.entity;

import java.util.List;
import org.warta.model.Token;

/**
 * A statistical recogniser of names in one sentence (e.g. a trained OpenNLP model). The entity
 * stage combines its proposals with gazetteers and rules. Implementations are thread-safe.
 */
public interface NameFinder {
  /**
   * Names in one sentence.
   *
   * @param text the whole cleaned text of the article (tokens point into it)
   * @param tokens the tokens of one sentence, in order
   * @return spans over whole tokens, with offsets into {@code text}
   */
  List<NameSpan> find(String text, List<Token> tokens);

  /**
   * Names in one sentence and, if the model can tell, each token's probability of lying outside
   * every name. The entity stage uses the latter as the model's confidence when it proposes nothing
   * where the rules see a name. The default knows only the names.
   */
  default Reading read(String text, List<Token> tokens) {
    return new Reading(find(text, tokens), null);
  }

  /**
   * What a finder read in one sentence.
   *
   * @param names the proposed names
   * @param outside per token of the sentence, the probability that it is in no name; null if the
   *     finder cannot tell
   */
  record Reading(List<NameSpan> names, double[] outside) {}
}
