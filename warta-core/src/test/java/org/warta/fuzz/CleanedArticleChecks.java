package org.warta.fuzz;

import java.util.List;
import org.warta.clean.CleanedArticle;
import org.warta.clean.OffsetMap;
import org.warta.model.CharSpan;
import org.warta.model.Removal;

/**
 * The invariants of a cleaning result: the offset map covers the text and points into the original
 * in order; every non-space character of the text comes from the character it maps to; paragraphs
 * are ordered spans of the text, the first one the title; every removal quotes the original
 * exactly; white space is only single spaces and blank-line paragraph breaks.
 *
 * <p>For an HTML page the original is markup: characters come from entities and removals quote the
 * decoded text, so only the order and range of offsets are checked there.
 */
final class CleanedArticleChecks {
  private CleanedArticleChecks() {}

  static void check(String original, CleanedArticle c) {
    check(original, c, true);
  }

  static void checkHtml(String page, CleanedArticle c) {
    check(page, c, false);
  }

  private static void check(String original, CleanedArticle c, boolean plainText) {
    String text = c.text();
    OffsetMap map = c.offsets();
    if (map.length() != text.length()) {
      fail("offset map covers " + map.length() + " chars, text has " + text.length(), original);
    }
    int previous = 0;
    for (int i = 0; i <= text.length(); i++) {
      int o = map.toOriginal(i);
      if (o < 0 || o > original.length()) {
        fail("offset " + i + " maps outside the original: " + o, original);
      }
      if (o < previous) {
        fail("offset map decreases at " + i, original);
      }
      previous = o;
      if (i < text.length()) {
        char ch = text.charAt(i);
        if (plainText && ch != ' ' && ch != '\n' && !comesFrom(original, o, map, i, ch)) {
          fail("cleaned char " + i + " '" + ch + "' does not come from original " + o, original);
        }
        if (Character.isWhitespace(ch) && ch != ' ' && ch != '\n') {
          fail("white space " + (int) ch + " left in the cleaned text at " + i, original);
        }
        if (ch == ' ' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\n')) {
          fail("space at a line start or doubled at " + i, original);
        }
      }
    }
    List<CharSpan> paragraphs = c.paragraphs();
    if (paragraphs.isEmpty()) {
      fail("no paragraphs (the title paragraph must always be there)", original);
    }
    if (!text.startsWith(c.title())
        || paragraphs.get(0).start() != 0
        || paragraphs.get(0).end() != c.title().length()) {
      fail("the first paragraph is not the title", original);
    }
    int end = 0;
    for (CharSpan p : paragraphs) {
      if (p.start() < end || p.end() < p.start() || p.end() > text.length()) {
        fail("paragraph " + p + " out of order or outside the text", original);
      }
      if (text.substring(p.start(), p.end()).indexOf('\n') >= 0) {
        fail("paragraph " + p + " contains a line break", original);
      }
      end = p.end();
    }
    for (Removal r : c.removed()) {
      if (r.start() < 0 || r.end() > original.length() || r.start() > r.end()) {
        fail("removal " + r + " outside the original", original);
      }
      if (plainText && !original.substring(r.start(), r.end()).equals(r.text())) {
        fail("removal text differs from the original it points to: " + r, original);
      }
    }
  }

  /** Whether cleaned char {@code ch} at {@code i} comes from the original at {@code o}. */
  private static boolean comesFrom(String original, int o, OffsetMap map, int i, char ch) {
    if (o < original.length() && original.charAt(o) == ch) {
      return true;
    }
    // Unicode normalisation composes a sequence into fewer chars mapped to its start: the
    // normalised form of the original sequence must contain the cleaned char.
    int seqEnd = o;
    for (int k = i + 1; k <= map.length(); k++) {
      if (map.toOriginal(k) > o) {
        seqEnd = map.toOriginal(k);
        break;
      }
    }
    if (seqEnd <= o) {
      seqEnd = original.length();
    }
    String seq = original.substring(o, seqEnd);
    return java.text.Normalizer.normalize(seq, java.text.Normalizer.Form.NFC).indexOf(ch) >= 0;
  }

  private static void fail(String what, String original) {
    throw new AssertionError(what + " for input " + FuzzSupport.quote(original));
  }
}
