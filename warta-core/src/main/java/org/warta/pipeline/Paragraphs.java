package org.warta.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.CharSpan;

/** Finds paragraph spans in a cleaned text, where paragraphs are separated by blank lines. */
public final class Paragraphs {
  private Paragraphs() {}

  /** Spans of the non-blank blocks of {@code text} separated by one or more empty lines. */
  public static List<CharSpan> split(String text) {
    List<CharSpan> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        int lineEnd = text.indexOf('\n', i);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        if (text.substring(i, lineEnd).isBlank()) {
          break;
        }
        end = lineEnd;
        i = Math.min(n, lineEnd + 1);
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      spans.add(new CharSpan(start, end));
    }
    return spans;
  }
}
