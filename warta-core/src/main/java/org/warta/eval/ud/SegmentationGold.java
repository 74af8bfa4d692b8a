package org.warta.eval.ud;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.CharSpan;

/**
 * Running text rebuilt from treebank sentences, with the gold sentence and token spans in it.
 *
 * <p>Design decision: the sentences of a document are joined into running text, one space between
 * them, and a {@code # newdoc} or {@code # newpar} comment starts a new paragraph ({@code "\n\n"}).
 * Evaluating sentence by sentence would only test that a sentence is not split inside; its
 * boundaries would be given. Joining gives the splitter the problem it meets in an article. The
 * Indonesian treebanks have no {@code newdoc}/{@code newpar}, and some of their sentences are
 * headlines without final punctuation (CSUI is news: each story opens with one), which no splitter
 * can tell from the next sentence once they are glued together with a space, while in an article a
 * headline stands on a line of its own (Warta gets it as paragraph 0). So with {@link
 * Layout#LINES}, the default of {@code warta eval sentences}, a sentence that does not end in
 * sentence-final punctuation ({@code . ! ? …}, optionally followed by closing quotes or brackets)
 * ends its paragraph; {@link Layout#RUNNING} glues everything with spaces (the strict variant).
 *
 * @param text the running text
 * @param paragraphs its paragraphs (one per {@code newpar}/{@code newdoc}, or the whole text)
 * @param sentences the gold sentences
 * @param tokens the gold surface tokens that could be placed in the text
 * @param unaligned how many gold tokens could not be found in the sentence's {@code # text}
 */
public record SegmentationGold(
    String text,
    List<CharSpan> paragraphs,
    List<CharSpan> sentences,
    List<CharSpan> tokens,
    int unaligned) {

  /** How sentences are put together into text. */
  public enum Layout {
    /** One space between sentences; a new paragraph only at {@code # newdoc}/{@code # newpar}. */
    RUNNING,
    /** As {@link #RUNNING}, and a sentence without final punctuation ends its paragraph. */
    LINES
  }

  /** Rebuilds the running text of {@code sentences}. */
  public static SegmentationGold of(List<ConlluSentence> sentences, Layout layout) {
    StringBuilder text = new StringBuilder();
    List<CharSpan> paragraphs = new ArrayList<>();
    List<CharSpan> sentenceSpans = new ArrayList<>();
    List<CharSpan> tokenSpans = new ArrayList<>();
    int unaligned = 0;
    int paragraphStart = 0;
    boolean lineEnded = false;
    for (ConlluSentence s : sentences) {
      if (text.length() > 0) {
        if (s.newPar() || s.newDoc() || lineEnded) {
          paragraphs.add(new CharSpan(paragraphStart, text.length()));
          text.append("\n\n");
          paragraphStart = text.length();
        } else {
          text.append(' ');
        }
      }
      int base = text.length();
      String st = s.text();
      text.append(st);
      lineEnded = layout == Layout.LINES && !endsWithFinalPunctuation(st);
      sentenceSpans.add(new CharSpan(base, base + st.length()));
      int pos = 0;
      for (String form : s.tokens()) {
        while (pos < st.length() && Character.isWhitespace(st.charAt(pos))) {
          pos++;
        }
        int at = st.startsWith(form, pos) ? pos : st.indexOf(form, pos);
        // Accept a later match only if nothing but white space and at most a few characters were
        // skipped; otherwise the treebank's form differs from its text (normalised quotes).
        if (form.isEmpty() || at < 0 || at - pos > 3) {
          unaligned++;
          continue;
        }
        tokenSpans.add(new CharSpan(base + at, base + at + form.length()));
        pos = at + form.length();
      }
    }
    if (text.length() > paragraphStart) {
      paragraphs.add(new CharSpan(paragraphStart, text.length()));
    }
    return new SegmentationGold(
        text.toString(), List.copyOf(paragraphs), sentenceSpans, tokenSpans, unaligned);
  }

  /** Whether {@code s} ends in {@code . ! ? …}, possibly followed by closing quotes or brackets. */
  static boolean endsWithFinalPunctuation(String s) {
    int k = s.length() - 1;
    while (k >= 0 && "\"'”’»)]".indexOf(s.charAt(k)) >= 0) {
      k--;
    }
    return k >= 0 && ".!?…".indexOf(s.charAt(k)) >= 0;
  }
}
