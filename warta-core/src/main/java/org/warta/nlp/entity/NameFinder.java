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
}
