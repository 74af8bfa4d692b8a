package org.warta.eval.ud;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.eval.Counts;
import org.warta.model.CharSpan;
import org.warta.model.Sentence;
import org.warta.model.Token;
import org.warta.nlp.segment.SentenceTokenStage;

/**
 * Runs a {@link SentenceTokenStage} on the running text of a CoNLL-U file and scores its sentence
 * boundaries and tokens (see {@link SegmentationGold} for how the text is rebuilt).
 *
 * @param name the file name
 * @param gold the rebuilt text with its gold spans
 * @param sentences the predicted sentences
 * @param tokens the predicted tokens
 * @param boundaryCounts sentence-boundary counts
 * @param tokenCounts token counts
 */
public record SegmentationEvaluation(
    String name,
    SegmentationGold gold,
    List<Sentence> sentences,
    List<Token> tokens,
    Counts boundaryCounts,
    Counts tokenCounts) {

  /** Evaluates {@code stage} on one CoNLL-U file. */
  public static SegmentationEvaluation of(
      Path conllu, SegmentationGold.Layout layout, SentenceTokenStage stage) throws IOException {
    return of(conllu.getFileName().toString(), ConlluReader.read(conllu), layout, stage);
  }

  /** Evaluates {@code stage} on parsed sentences. */
  public static SegmentationEvaluation of(
      String name,
      List<ConlluSentence> sentences,
      SegmentationGold.Layout layout,
      SentenceTokenStage stage) {
    SegmentationGold gold = SegmentationGold.of(sentences, layout);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> predicted = new ArrayList<>();
    stage.segment(gold.text(), gold.paragraphs(), false, tokens, predicted);
    return new SegmentationEvaluation(
        name,
        gold,
        predicted,
        tokens,
        SegmentationScorer.boundaries(gold.sentences(), predicted),
        SegmentationScorer.spans(gold.tokens(), tokens));
  }

  /**
   * Up to {@code max} boundary errors as readable lines: {@code FN} for a missed gold boundary,
   * {@code FP} for a predicted one that is not gold, each with the text around it and {@code ‖} at
   * the boundary.
   */
  public List<String> boundaryErrors(int max) {
    Set<Integer> g = new HashSet<>();
    gold.sentences().forEach(s -> g.add(s.end()));
    Set<Integer> p = new HashSet<>();
    sentences.forEach(s -> p.add(s.end()));
    List<String> out = new ArrayList<>();
    String text = gold.text();
    for (int i = 0; i <= text.length() && out.size() < max; i++) {
      boolean inG = g.contains(i);
      boolean inP = p.contains(i);
      if (inG != inP) {
        out.add((inG ? "FN " : "FP ") + context(text, i));
      }
    }
    return out;
  }

  /** Up to {@code max} token errors: gold tokens missed and predicted tokens that are not gold. */
  public List<String> tokenErrors(int max) {
    Set<Long> g = new HashSet<>();
    gold.tokens().forEach(s -> g.add(key(s.start(), s.end())));
    List<String> out = new ArrayList<>();
    String text = gold.text();
    for (Token t : tokens) {
      if (out.size() >= max) {
        break;
      }
      if (!g.contains(key(t.start(), t.end()))) {
        out.add("FP «" + t.text() + "» in " + context(text, t.start()));
      }
    }
    Set<Long> p = new HashSet<>();
    tokens.forEach(t -> p.add(key(t.start(), t.end())));
    for (CharSpan s : gold.tokens()) {
      if (out.size() >= 2 * max) {
        break;
      }
      if (!p.contains(key(s.start(), s.end()))) {
        out.add("FN «" + s.of(text) + "» in " + context(text, s.start()));
      }
    }
    return out;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static String context(String text, int i) {
    int a = Math.max(0, i - 50);
    int b = Math.min(text.length(), i + 40);
    return (text.substring(a, i) + "‖" + text.substring(i, b)).replace('\n', '¶');
  }
}
