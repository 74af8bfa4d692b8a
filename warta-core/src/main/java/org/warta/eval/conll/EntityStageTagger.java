package org.warta.eval.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.model.CharSpan;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Sentence;
import org.warta.model.Token;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Runs a whole entity stage (gazetteer, rules, models, canonicalisation) on one tokenised CoNLL
 * sentence and returns BIO tags, so the stage can be scored on NER treebanks exactly like a bare
 * model: the sentence becomes the only body paragraph of an article (words joined by single spaces,
 * under a neutral title), and each entity mention is mapped back to whole words.
 */
public final class EntityStageTagger {
  private static final String TITLE = "Berita";

  private final Stage entityStage;

  public EntityStageTagger(Stage entityStage) {
    this.entityStage = entityStage;
  }

  /** BIO tags ({@code B-PER}, {@code I-LOC}, {@code O}…) for {@code words}. */
  public List<String> tagWords(List<String> words) {
    StringBuilder text = new StringBuilder(TITLE).append("\n\n");
    int bodyStart = text.length();
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    List<Token> tokens = new ArrayList<>();
    tokens.add(new Token(TITLE, 0, TITLE.length(), Token.Kind.WORD));
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(words.get(i));
      ends[i] = text.length();
      String w = words.get(i);
      tokens.add(new Token(w, starts[i], ends[i], kind(w)));
    }
    String s = text.toString();
    AnnotatedArticle article =
        new AnnotatedArticle(
            s, List.of(new CharSpan(0, TITLE.length()), new CharSpan(bodyStart, s.length())), null);
    article.put(Layers.LANGUAGE, "id");
    article.put(Layers.TOKENS, List.copyOf(tokens));
    article.put(
        Layers.SENTENCES,
        List.of(new Sentence(0, TITLE.length()), new Sentence(bodyStart, s.length())));
    entityStage.process(article);
    String[] tags = new String[words.size()];
    Arrays.fill(tags, "O");
    for (Entity e : article.get(Layers.ENTITIES)) {
      String type = conllType(e.type());
      if (type == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
          if (starts[i] >= m.start() && ends[i] <= m.end()) {
            if (first < 0) {
              first = i;
            }
            last = i;
          }
        }
        if (first < 0) {
          continue;
        }
        tags[first] = "B-" + type;
        for (int i = first + 1; i <= last; i++) {
          tags[i] = "I-" + type;
        }
      }
    }
    return List.of(tags);
  }

  private static String conllType(EntityType t) {
    return switch (t) {
      case PERSON -> "PER";
      case LOCATION -> "LOC";
      case ORGANIZATION -> "ORG";
      default -> null;
    };
  }

  private static Token.Kind kind(String w) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    if (letter && digit) {
      return Token.Kind.ALPHANUM;
    }
    if (letter) {
      return Token.Kind.WORD;
    }
    if (digit) {
      return Token.Kind.NUMBER;
    }
    return Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0))
        ? Token.Kind.WORD
        : Token.Kind.PUNCT;
  }
}
