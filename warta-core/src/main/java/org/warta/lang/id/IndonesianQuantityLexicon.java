package org.warta.lang.id;

import org.warta.nlp.quantity.QuantityLexicon;

/** The Indonesian (and Malay) quantity lexicon: the {@code quantity-*.tsv} files of this pack. */
public final class IndonesianQuantityLexicon {
  private IndonesianQuantityLexicon() {}

  /** Loads the lexicon; call once and share the result. */
  public static QuantityLexicon load() {
    return QuantityLexicon.fromResources("/org/warta/lang/id/");
  }
}
