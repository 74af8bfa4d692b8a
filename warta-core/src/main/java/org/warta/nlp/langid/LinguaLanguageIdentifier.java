package org.warta.nlp.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Tells the language of a whole article with Lingua, restricted to the languages of Warta's region,
 * plus a lexical tie-breaker between Indonesian and Malay. Thread-safe and immutable; {@link
 * #standard()} is shared.
 *
 * <p>Languages ({@link #LANGUAGES}): Indonesian, Malay, English, Tagalog, Vietnamese, Thai,
 * Chinese, Japanese, Korean, Arabic, Dutch, Hindi, Tamil. Lingua 1.2.2 has no Javanese or
 * Sundanese; such text comes out as Indonesian or Malay. Answers are ISO 639-1 codes, {@code und}
 * for text without letters or when Lingua cannot decide.
 *
 * <p>How an article is decided:
 *
 * <ol>
 *   <li>One pass over the words counts four lists: the function words Indonesian and Malay share
 *       ({@code yang}, {@code dan}, {@code di}…, {@code lang/id/function-words.txt}), English
 *       function words ({@code lang/en/function-words.txt}), and words distinctive of Indonesian
 *       ({@code karena}, {@code uang}, {@code pemerintah}, {@code bisa}, {@code Rp}…, {@code
 *       lang/id/distinctive-words.txt}) and of Malaysian Malay ({@code kerana}, {@code wang},
 *       {@code kerajaan}, {@code setakat}, {@code seramai}…, {@code
 *       lang/ms/distinctive-words.txt}).
 *   <li>If the text has at least {@value #MIN_WORDS} words, at least {@value
 *       #FAMILY_SHARE_PERCENT}% of them are Indonesian/Malay function words and at most {@value
 *       #ENGLISH_SHARE_PERCENT}% are English ones, it is Indonesian or Malay without asking Lingua
 *       (in Indonesian news these words are a quarter of the text, in English or Tagalog almost
 *       none).
 *   <li>Otherwise Lingua decides, on the first {@value #SAMPLE_CHARS} characters.
 *   <li>Indonesian against Malay, whichever way the family was found, is decided by the distinctive
 *       words of the whole article: the side with more occurrences wins if it has at least {@value
 *       #MIN_VOTES}. With fewer votes, or a tie, Lingua's ranking of the two decides.
 * </ol>
 *
 * <p>Design decisions, measured on this machine (2 shared cores, 2025-11): Lingua alone puts Malay
 * within 3% of Indonesian on Indonesian articles and the reverse on Malaysian ones, and gets 5 of
 * 200 IndoSum articles wrong on their first 300 characters, so the tie-breaker is what makes whole
 * articles right. Lingua costs 1–3 ms of CPU per article in low-accuracy mode, as much as the rest
 * of the pipeline, hence the cheap path for the family that makes up almost all of Warta's input.
 * Low-accuracy mode (trigrams only) because Lingua 1.2.2 uses only trigrams for texts over 120
 * characters anyway: high-accuracy mode gives the same answers on articles but loads five model
 * files per language (8–12 s instead of about 1 s). Models load lazily, on the first text that
 * needs them: an Indonesian article never waits for them, the first English one does (about 1 s,
 * once per process; Lingua's models are static and shared).
 *
 * <p>Design decision: the sample is the first {@value #SAMPLE_CHARS} characters, not 2,000.
 * Lingua's cost grows with the sample, and a whole-pipeline profile of 3,463 IndoSum articles
 * showed it at a fourteenth of all CPU time although only 235 of them needed it. On every one of
 * those 235 (and the dev articles) samples of 800, 1,000 and 1,200 characters give the same final
 * answer as 2,000; 600 does not always, hence the margin.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {
  /** The languages Lingua chooses among. */
  public static final List<Language> LANGUAGES =
      List.of(
          Language.INDONESIAN,
          Language.MALAY,
          Language.ENGLISH,
          Language.TAGALOG,
          Language.VIETNAMESE,
          Language.THAI,
          Language.CHINESE,
          Language.JAPANESE,
          Language.KOREAN,
          Language.ARABIC,
          Language.DUTCH,
          Language.HINDI,
          Language.TAMIL);

  static final int MIN_WORDS = 20;
  static final int FAMILY_SHARE_PERCENT = 10;
  static final int ENGLISH_SHARE_PERCENT = 5;
  static final int SAMPLE_CHARS = 1000;
  static final int MIN_VOTES = 2;

  /**
   * Without enough distinctive words, Lingua's preference for Malay counts only if Indonesian's
   * relative confidence is below this: on whole texts Lingua puts the two within 3% of each other
   * (it put Malay first on 1 of 1,500 IndoSum articles, with Indonesian at 0.995; on the Malaysian
   * dev article Indonesian was at 0.974).
   */
  static final double LINGUA_MALAY_MARGIN = 0.98;

  private static final String UNDETERMINED = "und";

  /** Built on first need (see {@link #detector()}): most Indonesian articles never need it. */
  private volatile LanguageDetector detector;

  private final WordList family;
  private final WordList english;
  private final WordList indonesian;
  private final WordList malay;

  private LinguaLanguageIdentifier() {
    this.family = WordList.fromResource("/org/warta/lang/id/function-words.txt");
    this.english = WordList.fromResource("/org/warta/lang/en/function-words.txt");
    this.indonesian = WordList.fromResource("/org/warta/lang/id/distinctive-words.txt");
    this.malay = WordList.fromResource("/org/warta/lang/ms/distinctive-words.txt");
  }

  /**
   * The Lingua detector, built the first time a text needs it. Building it loads Lingua's and
   * Kotlin's classes (a tenth of a second of start-up) that an Indonesian article with enough
   * function words never uses. Double-checked, so after the first build a read is one volatile
   * load.
   */
  private LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          d =
              LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                  .withLowAccuracyMode()
                  .build();
          detector = d;
        }
      }
    }
    return d;
  }

  private static final class Holder {
    static final LinguaLanguageIdentifier STANDARD = new LinguaLanguageIdentifier();
  }

  /** The shared instance (immutable; Lingua's models load on first need). */
  public static LinguaLanguageIdentifier standard() {
    return Holder.STANDARD;
  }

  @Override
  public String identify(String text) {
    return explain(text).language();
  }

  /**
   * The decision with its evidence, for tests and diagnostics.
   *
   * @param language the ISO 639-1 code or {@code und}
   * @param words words counted
   * @param familyWords Indonesian/Malay function words among them
   * @param englishWords English function words among them
   * @param indonesianVotes occurrences of Indonesian distinctive words
   * @param malayVotes occurrences of Malaysian distinctive words
   * @param usedLingua whether Lingua was asked
   */
  public record Decision(
      String language,
      int words,
      int familyWords,
      int englishWords,
      int indonesianVotes,
      int malayVotes,
      boolean usedLingua) {}

  /** Identifies {@code text} and says why. */
  public Decision explain(String text) {
    Objects.requireNonNull(text, "text");
    Counts c = count(text);
    if (c.words == 0 && c.letters == 0) {
      return decision(UNDETERMINED, c, false);
    }
    boolean family =
        c.words >= MIN_WORDS
            && c.family * 100 >= FAMILY_SHARE_PERCENT * c.words
            && c.english * 100 <= ENGLISH_SHARE_PERCENT * c.words;
    if (!family) {
      String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
      SortedMap<Language, Double> confidences = detector().computeLanguageConfidenceValues(sample);
      Language top = confidences.isEmpty() ? Language.UNKNOWN : confidences.firstKey();
      if (top != Language.INDONESIAN && top != Language.MALAY) {
        return decision(code(top), c, true);
      }
      return decision(tieBreak(c, preferMalay(confidences)), c, true);
    }
    if (Math.max(c.indonesian, c.malay) >= MIN_VOTES && c.indonesian != c.malay) {
      return decision(c.malay > c.indonesian ? "ms" : "id", c, false);
    }
    if (c.indonesian > 0 && c.indonesian >= c.malay) {
      return decision(
          "id", c, false); // some Indonesian evidence and no more Malay: not worth Lingua
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    return decision(
        tieBreak(c, preferMalay(detector().computeLanguageConfidenceValues(sample))), c, true);
  }

  private static String tieBreak(Counts c, boolean linguaSaysMalay) {
    if (Math.max(c.indonesian, c.malay) >= MIN_VOTES && c.indonesian != c.malay) {
      return c.malay > c.indonesian ? "ms" : "id";
    }
    return linguaSaysMalay ? "ms" : "id";
  }

  private static boolean preferMalay(Map<Language, Double> confidences) {
    double ms = confidences.getOrDefault(Language.MALAY, 0.0);
    double id = confidences.getOrDefault(Language.INDONESIAN, 0.0);
    return ms > 0 && id < LINGUA_MALAY_MARGIN * ms;
  }

  private static String code(Language language) {
    if (language == Language.UNKNOWN) {
      return UNDETERMINED;
    }
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static Decision decision(String language, Counts c, boolean usedLingua) {
    return new Decision(language, c.words, c.family, c.english, c.indonesian, c.malay, usedLingua);
  }

  /** Word counts of one text; filled by {@link #count}. */
  private static final class Counts {
    int letters;
    int words;
    int family;
    int english;
    int indonesian;
    int malay;
  }

  /** One pass over the words (maximal runs of letters, apostrophes and inner hyphens). */
  private Counts count(String text) {
    Counts c = new Counts();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch)) {
        i++;
        continue;
      }
      int start = i;
      boolean latin = ch < 0x250;
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetter(d)) {
          latin &= d < 0x250;
          i++;
        } else if ((d == '-' || d == '\'') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      c.letters += i - start;
      if (!latin || i - start > 20) {
        continue;
      }
      c.words++;
      String word = text.substring(start, i);
      if (indonesian.contains(word)) {
        c.indonesian++;
      } else if (malay.contains(word)) {
        c.malay++;
      }
      String lower = Character.isUpperCase(ch) ? word.toLowerCase(Locale.ROOT) : word;
      if (family.contains(lower)) {
        c.family++;
      } else if (english.contains(lower)) {
        c.english++;
      }
    }
    return c;
  }
}
