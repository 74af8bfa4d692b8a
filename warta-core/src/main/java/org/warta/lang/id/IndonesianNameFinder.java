package org.warta.lang.id;

import java.util.List;
import org.warta.model.Token;
import org.warta.nlp.entity.NameFinder;
import org.warta.nlp.entity.NameSpan;
import org.warta.nlp.entity.ner.SequenceNameFinder;

/**
 * The committed Indonesian NER model ({@code org/warta/lang/id/ner/model.bin.gz}) as a {@link
 * NameFinder} service, so that {@link IndonesianLanguagePack} finds it through {@link
 * java.util.ServiceLoader} (which needs a public no-argument constructor). Thread-safe.
 */
public final class IndonesianNameFinder implements NameFinder {
  private final SequenceNameFinder delegate = SequenceNameFinder.indonesian();

  @Override
  public List<NameSpan> find(String text, List<Token> tokens) {
    return delegate.find(text, tokens);
  }

  @Override
  public Reading read(String text, List<Token> tokens) {
    return delegate.read(text, tokens);
  }
}
