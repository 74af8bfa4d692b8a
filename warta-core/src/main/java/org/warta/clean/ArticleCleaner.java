package org.warta.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.CharSpan;
import org.warta.model.Removal;

/**
 * Turns a plain-text article as scraped (title on the first line, then paragraphs) into the cleaned
 * text: boilerplate lines removed and recorded, white space normalised, one paragraph per block.
 *
 * <p>What is removed, in order of the checks for each line after the title: lines matching a {@link
 * BoilerplateRules} rule (related-article links, "Baca juga", scroll prompts, photo credits,
 * bylines, datelines, site chrome, paywall prompts); repetitions of the title; captions just before
 * a photo credit or ending in a parenthesised credit; short lines that occur more than once (all
 * occurrences) and exact repetitions of an earlier longer line. A dateline prefix such as {@code
 * JAKARTA, KOMPAS.com -} at the start of one of the first body paragraphs is removed too. Every
 * removal keeps its offsets into the original.
 *
 * <p>Normalisation: runs of white space (including non-breaking and other Unicode spaces) become
 * one space; zero-width characters and soft hyphens are dropped; a line broken inside a sentence
 * (no final punctuation, next line starting in lower case) is joined to the next. The {@link
 * OffsetMap} of the result maps every cleaned offset back to the original.
 *
 * <p>Thread-safe and stateless.
 */
public final class ArticleCleaner {
  /** Lines longer than this are never boilerplate: rules only look at short lines. */
  private static final int MAX_BOILERPLATE_LINE = 300;

  /** A line just before a photo credit and at most this long is taken as the photo's caption. */
  private static final int MAX_CAPTION = 250;

  /**
   * A short line that occurs more than once in one article is site chrome (share bars, promo links,
   * photo credits repeated under each picture): every occurrence is removed.
   */
  private static final int MAX_REPEATED_CHROME = 120;

  /** A title longer than this is taken as the first body paragraph of an untitled text. */
  private static final int MAX_TITLE = 300;

  private static final Pattern DATELINE_PREFIX =
      Pattern.compile(
          "^(?:[A-Z][A-Za-z]*(?:\\.(?:com|COM|co\\.id|CO\\.ID|id|ID|net|NET))\\s*(?:--?|—|–)\\s+" // Suara.com -
              + "|(?:[A-Z][A-Za-z]*(?:\\.[A-Za-z]+)+\\s*,\\s*)?" // REPUBLIKA.CO.ID,
              + "[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}" // JAKARTA / PETALING JAYA
              + "(?:\\s*,\\s*[A-Za-z]+(?:\\.[A-Za-z]+)+)?" // , KOMPAS.com
              + "(?:\\s*\\([A-Za-z. ]{2,20}\\))?" // (ANTARA)
              + "(?:\\s+--?|\\s*[—–]|\\s+-|\\s+:)\\s+)");

  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          ".*\\(\\s*(?:foto|gambar|photo|image|dok(?:umentasi)?)\\b[^()]{0,80}\\)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final BoilerplateRules rules;

  public ArticleCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** A cleaner with the rules of every language Warta ships. */
  public static ArticleCleaner standard() {
    return new ArticleCleaner(BoilerplateRules.forAllLanguages());
  }

  /** The boilerplate line rules this cleaner applies. */
  public BoilerplateRules rules() {
    return rules;
  }

  /** Cleans {@code original}. */
  public CleanedArticle clean(String original) {
    List<int[]> lines = nonBlankLines(original);
    List<Removal> removed = new ArrayList<>();
    if (lines.isEmpty()) {
      return new CleanedArticle(
          "", "", List.of(new CharSpan(0, 0)), removed, OffsetMap.identity(0));
    }
    int[] titleLine = lines.get(0);
    boolean hasTitle = titleLine[1] - titleLine[0] <= MAX_TITLE;
    String titleKey = hasTitle ? key(original, titleLine) : null;

    // Decide for every body line whether it stays, and why not.
    int first = hasTitle ? 1 : 0;
    int n = lines.size();
    String[] reasons = new String[n];
    String[] keys = new String[n];
    for (int i = first; i < n; i++) {
      keys[i] = key(original, lines.get(i));
    }
    for (int i = first; i < n; i++) {
      int[] line = lines.get(i);
      String text = original.substring(line[0], line[1]);
      if (text.length() <= MAX_BOILERPLATE_LINE) {
        Optional<String> reason = rules.match(normaliseSpaces(text, false));
        if (reason.isPresent()) {
          reasons[i] = reason.get();
          continue;
        }
        if (titleKey != null && keys[i].equals(titleKey)) {
          reasons[i] = "duplicate-title";
          continue;
        }
        if (text.indexOf('(') >= 0 && TRAILING_CREDIT.matcher(text).matches()) {
          reasons[i] = "photo-caption";
        }
      }
    }
    for (int i = first; i < n; i++) {
      int[] line = lines.get(i);
      if (reasons[i] == null && line[1] - line[0] <= MAX_CAPTION && isCredit(reasons, i + 1)) {
        reasons[i] = "photo-caption";
      }
    }
    Map<String, Integer> occurrences = new HashMap<>();
    for (int i = first; i < n; i++) {
      occurrences.merge(keys[i], 1, Integer::sum);
    }
    Set<String> seen = new HashSet<>();
    for (int i = first; i < n; i++) {
      String k = keys[i];
      boolean repeated = occurrences.get(k) > 1;
      if (reasons[i] == null && repeated && k.length() <= MAX_REPEATED_CHROME) {
        reasons[i] = "repeated-line";
      } else if (reasons[i] == null && k.length() > 20 && !seen.add(k)) {
        reasons[i] = "duplicate-line";
      }
      seen.add(k);
    }

    // Build the cleaned text.
    TextBuilder out = new TextBuilder(original);
    List<CharSpan> paragraphs = new ArrayList<>();
    String title = "";
    if (hasTitle) {
      int s = out.length();
      out.appendNormalised(titleLine[0], titleLine[1]);
      title = out.substring(s, out.length());
      paragraphs.add(new CharSpan(s, out.length()));
    } else {
      paragraphs.add(new CharSpan(0, 0));
    }
    int bodyParagraphs = 0;
    int paragraphStart = -1;
    int previousEnd = -1;
    for (int i = first; i < n; i++) {
      int[] line = lines.get(i);
      if (reasons[i] != null) {
        removed.add(
            new Removal(original.substring(line[0], line[1]), reasons[i], line[0], line[1]));
        continue;
      }
      int lineStart = line[0];
      boolean continuation =
          paragraphStart >= 0
              && previousEnd >= 0
              && isHardWrap(original, previousEnd, lineStart, lines, i);
      if (!continuation) {
        if (paragraphStart >= 0) {
          paragraphs.add(new CharSpan(paragraphStart, out.length()));
        }
        if (bodyParagraphs < 3) {
          Matcher m = DATELINE_PREFIX.matcher(original).region(lineStart, line[1]);
          if (m.lookingAt() && m.end() < line[1]) {
            String prefix = original.substring(lineStart, m.end()).strip();
            removed.add(new Removal(prefix, "dateline", lineStart, lineStart + prefix.length()));
            lineStart = m.end();
          }
        }
        if (out.length() > 0) {
          out.appendSeparator("\n\n", previousEnd >= 0 ? previousEnd : lineStart);
        }
        paragraphStart = out.length();
        bodyParagraphs++;
      } else {
        out.appendSeparator(" ", previousEnd);
      }
      out.appendNormalised(lineStart, line[1]);
      previousEnd = line[1];
    }
    if (paragraphStart >= 0) {
      paragraphs.add(new CharSpan(paragraphStart, out.length()));
    }
    removed.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new CleanedArticle(title, out.toString(), paragraphs, removed, out.offsetMap());
  }

  private static boolean isCredit(String[] reasons, int i) {
    return i >= 0 && i < reasons.length && "photo-credit".equals(reasons[i]);
  }

  /** A line broken inside a sentence: no blank line between, no final punctuation, lower case. */
  private static boolean isHardWrap(
      String original, int previousEnd, int lineStart, List<int[]> lines, int i) {
    String between = original.substring(previousEnd, lineStart);
    if (between.chars().filter(c -> c == '\n').count() > 1) {
      return false;
    }
    char last = original.charAt(previousEnd - 1);
    if (".!?\"”’:;)]…".indexOf(last) >= 0) {
      return false;
    }
    int firstCp = original.codePointAt(lineStart);
    return Character.isLowerCase(firstCp);
  }

  /** Comparison key of a line: case- and space-insensitive. */
  private static String key(String original, int[] line) {
    String s = original.substring(line[0], line[1]);
    if (isNormal(s) && isAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // the same as per-character lower case for ASCII
    }
    return normaliseSpaces(s, true);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String normaliseSpaces(String s, boolean lowerCase) {
    if (!lowerCase && isNormal(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextBuilder.isInvisible(c)) {
        continue;
      }
      if (TextBuilder.isSpace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(lowerCase ? Character.toLowerCase(c) : c);
      }
    }
    return b.toString();
  }

  /** Whether {@link #normaliseSpaces} would return {@code s} unchanged (without lower-casing). */
  private static boolean isNormal(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) {
        continue;
      }
      if (c == ' ') {
        if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (TextBuilder.isInvisible(c) || TextBuilder.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Non-blank lines as {@code [start, end)} of their trimmed content. */
  private static List<int[]> nonBlankLines(String s) {
    List<int[]> lines = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i <= n) {
      int end = i;
      while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
        end++;
      }
      int a = i;
      int b = end;
      while (a < b && (TextBuilder.isSpace(s.charAt(a)) || TextBuilder.isInvisible(s.charAt(a)))) {
        a++;
      }
      while (b > a
          && (TextBuilder.isSpace(s.charAt(b - 1)) || TextBuilder.isInvisible(s.charAt(b - 1)))) {
        b--;
      }
      if (a < b) {
        lines.add(new int[] {a, b});
      }
      if (end >= n) {
        break;
      }
      i = end + 1;
      if (s.charAt(end) == '\r' && i < n && s.charAt(i) == '\n') {
        i++;
      }
    }
    return lines;
  }
}
