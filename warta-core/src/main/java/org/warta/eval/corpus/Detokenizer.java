package org.warta.eval.corpus;

import java.util.List;

/**
 * Rebuilds running text from the word tokens of tokenised corpora (IndoSum, UD) so that Warta sees
 * text as a news site would publish it: no space before closing punctuation, none after opening
 * brackets, straight double quotes attached alternately to the following and the preceding word,
 * and {@code 27 / 3} written {@code 27/3}.
 */
public final class Detokenizer {
  private Detokenizer() {}

  /** The tokens of one sentence as running text. */
  public static String join(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    boolean quoteOpen = false;
    boolean noSpaceNext = true;
    String previous = "";
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      boolean attachLeft;
      boolean attachRight = false;
      if (t.equals("\"")) {
        attachLeft = quoteOpen;
        attachRight = !quoteOpen;
        quoteOpen = !quoteOpen;
      } else if (t.matches("[.,;:!?%)\\]}”’]+|\\.\\.\\.|…")) {
        attachLeft = true;
      } else if (t.matches("[(\\[{“‘]")) {
        attachLeft = false;
        attachRight = true;
      } else if (t.equals("/") && previous.matches("\\d+")) {
        attachLeft = true;
        attachRight = true;
      } else {
        attachLeft = false;
      }
      if (b.length() > 0 && !attachLeft && !noSpaceNext) {
        b.append(' ');
      }
      b.append(t);
      noSpaceNext = attachRight;
      previous = t;
    }
    return b.toString();
  }
}
