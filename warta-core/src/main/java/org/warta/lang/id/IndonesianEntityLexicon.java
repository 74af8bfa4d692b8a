package org.warta.lang.id;

import java.io.InputStream;
import org.warta.model.EntityType;
import org.warta.nlp.entity.EntityLexicon;
import org.warta.nlp.entity.EntityLexicon.Strength;

/**
 * Loads the Indonesian entity resources under {@code org/warta/lang/id/gazetteer/}: the generated
 * country, region and function-word lists ({@link GazetteerBuilder}) and the hand-written known
 * names and word classes. Also used for Malay, whose place and title words largely coincide.
 */
public final class IndonesianEntityLexicon {
  private static final String DIR = "gazetteer/";

  private IndonesianEntityLexicon() {}

  /** A freshly loaded lexicon (a few milliseconds; callers keep it). */
  public static EntityLexicon load() {
    EntityLexicon lex = new EntityLexicon();
    // Hand-written names first: their types and long forms win over the generated lists.
    lex.loadNames(open("known-entities.tsv"), null, Strength.STRONG);
    lex.loadNames(open("countries.tsv"), EntityType.LOCATION, Strength.STRONG);
    lex.loadRegions(open("regions.tsv"));
    lex.loadWords(open("entity-words.tsv"));
    lex.loadFunctionWords(open("function-words.txt"));
    lex.loadCommonWords(open("common-words.txt"));
    return lex;
  }

  private static InputStream open(String name) {
    InputStream in = IndonesianEntityLexicon.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DIR + name);
    }
    return in;
  }
}
