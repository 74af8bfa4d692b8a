package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.CharSpan;

/**
 * Pairs double quote marks into quoted passages, paragraph by paragraph.
 *
 * <p>Straight marks ({@code "}) are told apart by what surrounds them: a mark that follows a space
 * (or starts the paragraph) and precedes a non-space opens, a mark that follows a non-space closes;
 * curly marks only break ties, because scraped text often mixes {@code "…”}. A closing mark with
 * nothing open is ignored; an opening mark while one is open restarts the passage (the first one
 * was unbalanced). Never throws.
 *
 * <p>Design decision: a quotation that runs over several paragraphs (news convention: no closing
 * mark at the end of a paragraph, the next paragraph opens with a mark) becomes one {@link Segment}
 * per paragraph, all with the same {@code group}, so every segment's text is free of quote marks
 * and paragraph breaks while the attribution (usually after the last segment) applies to all of
 * them. An opening mark at the start of a paragraph that is never closed runs to the end of the
 * paragraph; any other unclosed mark is dropped.
 *
 * <p>Single quotes ({@code '…'}, {@code ‘…’}) are not quotes here: in Indonesian news they mark
 * scare quotes, titles and terms ({@code 'unjuk rasa damai'}, video titles), rarely direct speech.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quoted passage inside one paragraph.
   *
   * @param start first character after the opening mark, whitespace skipped
   * @param end end of the quoted words: whitespace and a trailing comma before the closing mark are
   *     left out
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or -1 when the passage is unclosed
   * @param group index shared by the segments of one multi-paragraph quotation
   */
  public record Segment(int start, int end, int open, int close, int group) {}

  /** The quoted passages of {@code text}, in text order. */
  public static List<Segment> find(String text, List<CharSpan> paragraphs) {
    List<Segment> out = new ArrayList<>();
    int group = 0;
    boolean continuing = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      CharSpan para = paragraphs.get(p);
      int from = Math.max(0, para.start());
      int to = Math.min(text.length(), para.end());
      int open = -1;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (!Words.isDoubleQuote(c)) {
          continue;
        }
        boolean before = i > from && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
        boolean canOpen = after && (!before || isOpeningContext(text.charAt(i - 1)));
        boolean canClose = before && !(isOpeningContext(text.charAt(i - 1)));
        if (canOpen && canClose) {
          // a"b: use the curly direction if there is one
          canOpen = c != '\u201D';
          canClose = !canOpen;
        }
        if (open >= 0 && !canClose && closesAfterPunctuation(text, from, i)) {
          // scraped or detokenised text: `tegas, "katanya` — the mark after ", " closes the quote
          canClose = true;
        }
        if (open < 0) {
          if (canOpen) {
            open = i;
          }
        } else if (canClose) {
          add(out, text, open, i, i, continuing ? group : ++group);
          continuing = false;
          open = -1;
        } else if (canOpen) {
          open = i;
          continuing = false;
        }
      }
      if (open >= 0) {
        boolean nextOpens =
            p + 1 < paragraphs.size() && startsWithQuote(text, paragraphs.get(p + 1));
        boolean atParagraphStart = firstNonSpace(text, from, to) == open;
        if (nextOpens || atParagraphStart) {
          int g = continuing ? group : ++group;
          add(out, text, open, to, -1, g);
          continuing = nextOpens;
        } else {
          continuing = false;
        }
      } else {
        continuing = false;
      }
    }
    return out;
  }

  /** Whether the last non-space character before {@code i} ends a clause ({@code , . ! ? …}). */
  private static boolean closesAfterPunctuation(String text, int from, int i) {
    int k = i - 1;
    while (k >= from && text.charAt(k) == ' ') {
      k--;
    }
    if (k < from || k == i - 1) {
      return false;
    }
    char c = text.charAt(k);
    return c == ',' || c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isOpeningContext(char prev) {
    return prev == '(' || prev == '[' || prev == '{' || prev == '\u2014' || prev == '\u2013';
  }

  private static void add(List<Segment> out, String text, int open, int end, int close, int group) {
    int s = open + 1;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    boolean hasLetter = false;
    for (int i = s; i < e && !hasLetter; i++) {
      hasLetter = Character.isLetterOrDigit(text.charAt(i));
    }
    if (hasLetter) {
      out.add(new Segment(s, e, open, close < 0 ? -1 : close, group));
    }
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean startsWithQuote(String text, CharSpan para) {
    int i = firstNonSpace(text, para.start(), Math.min(text.length(), para.end()));
    return i < Math.min(text.length(), para.end()) && Words.isDoubleQuote(text.charAt(i));
  }
}
