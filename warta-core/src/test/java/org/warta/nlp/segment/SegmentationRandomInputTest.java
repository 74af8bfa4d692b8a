package org.warta.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.model.CharSpan;
import org.warta.model.Sentence;
import org.warta.model.Token;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

/** Random text never makes the tokenizer or splitter throw, and every span is well-formed. */
class SegmentationRandomInputTest {
  private static final String ALPHABET =
      "aAbBzZ019 .,;:!?…\"“”'‘’()[]-–—/@%$€Rp\n\n\t\u00A0\u200Bé́ー漢😀#&*+=<>_~`";
  private static final String[] PIECES = {
    "Dr.",
    "Jl.",
    "dll.",
    "S.H.",
    "a.n.",
    "1.000",
    "3/8/2019",
    "09.15",
    "https://x.id/a?b=1",
    "a@b.co",
    "www.",
    "http://",
    "luka-luka",
    "-nya",
    "'s",
    "n't",
    "...",
    "?!",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "Rp1,5",
    "-4",
    "--",
    "II/2007",
    "PMK.011",
    "Tbk. ",
    "J. ",
    "1. ",
    "\n\n",
    ". ",
    "@"
  };

  @Test
  void neverThrowsAndSpansAreInsideTheText() {
    SentenceTokenStage stage = new SentenceTokenStage();
    Random random = new Random(20251128L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(120);
      for (int k = 0; k < len; k++) {
        if (random.nextInt(4) == 0) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        } else {
          b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      String text = b.toString();
      AnnotatedArticle article = AnnotatedArticle.of(text, null);
      stage.process(article);
      List<Token> tokens = article.get(Layers.TOKENS);
      List<Sentence> sentences = article.get(Layers.SENTENCES);
      List<CharSpan> paragraphs = article.get(Layers.PARAGRAPHS);
      int previousEnd = 0;
      for (Token t : tokens) {
        assertThat(t.end()).as(text).isLessThanOrEqualTo(text.length());
        assertThat(t.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
        assertThat(t.length()).as(text).isPositive();
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        previousEnd = t.end();
      }
      previousEnd = 0;
      for (Sentence s : sentences) {
        assertThat(s.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
        assertThat(s.length()).as(text).isPositive();
        assertThat(paragraphs).as(text).anyMatch(p -> p.contains(s));
        previousEnd = s.end();
      }
      if (!tokens.isEmpty()) {
        assertThat(sentences).as(text).isNotEmpty();
      }
    }
  }
}
