package org.warta.nlp.langid;

/** Tells the language of a whole article. Implementations are thread-safe. */
public interface LanguageIdentifier {
  /** ISO 639-1 code of the language of {@code text}, or {@code und} when it cannot be told. */
  String identify(String text);
}
