package org.warta.nlp.langid;

/** Always answers the same language; for tests and for inputs whose language is known. */
public record FixedLanguageIdentifier(String language) implements LanguageIdentifier {
  @Override
  public String identify(String text) {
    return language;
  }
}
