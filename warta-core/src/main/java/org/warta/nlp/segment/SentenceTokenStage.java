package org.warta.nlp.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warta.model.CharSpan;
import org.warta.model.Sentence;
import org.warta.model.Token;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Splits the cleaned text into tokens ({@link Tokenizer}) and sentences ({@link SentenceSplitter}),
 * paragraph by paragraph: a sentence never crosses a paragraph boundary, and paragraph 0, the
 * title, is one sentence whatever its punctuation. Linear in the length of the text.
 *
 * <p>Design decision: the no-argument constructor uses the Indonesian abbreviation list for every
 * language (the generic pack uses it too). The list holds the international forms news in the
 * region uses ({@code Dr.}, {@code Mr.}, {@code Inc.}, {@code Ltd.}) and its Indonesian entries are
 * unlikely to occur with a period in other languages, so it is a better default than no list.
 */
public final class SentenceTokenStage implements Stage {
  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;

  /** A stage with the Indonesian abbreviation list. */
  public SentenceTokenStage() {
    this(Abbreviations.indonesian());
  }

  public SentenceTokenStage(Abbreviations abbreviations) {
    Objects.requireNonNull(abbreviations);
    this.tokenizer = new Tokenizer(abbreviations);
    this.splitter = new SentenceSplitter();
  }

  @Override
  public String name() {
    return "segment";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    segment(article.text(), article.get(Layers.PARAGRAPHS), true, tokens, sentences);
    article.put(Layers.TOKENS, List.copyOf(tokens));
    article.put(Layers.SENTENCES, List.copyOf(sentences));
  }

  /**
   * Tokens and sentences of {@code text}, paragraph by paragraph.
   *
   * @param firstIsTitle whether paragraph 0 is a title, kept as one sentence
   */
  public void segment(
      String text,
      List<CharSpan> paragraphs,
      boolean firstIsTitle,
      List<Token> tokensOut,
      List<Sentence> sentencesOut) {
    for (int p = 0; p < paragraphs.size(); p++) {
      CharSpan para = paragraphs.get(p);
      int first = tokensOut.size();
      tokenizer.tokenize(text, para.start(), Math.min(para.end(), text.length()), tokensOut);
      int last = tokensOut.size();
      if (first == last) {
        continue;
      }
      if (p == 0 && firstIsTitle) {
        sentencesOut.add(new Sentence(tokensOut.get(first).start(), tokensOut.get(last - 1).end()));
      } else {
        splitter.split(text, tokensOut, first, last, sentencesOut);
      }
    }
  }

  /** The tokenizer this stage uses. */
  public Tokenizer tokenizer() {
    return tokenizer;
  }
}
