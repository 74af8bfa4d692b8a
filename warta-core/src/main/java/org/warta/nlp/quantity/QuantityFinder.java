package org.warta.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Approx;
import org.warta.model.CharSpan;
import org.warta.nlp.quantity.QuantityLexicon.NumberWord;
import org.warta.nlp.quantity.QuantityLexicon.WordKind;
import org.warta.pipeline.Deadline;

/**
 * The rules of the quantity layer over one paragraph's {@link QToken}s: read a number (digits with
 * the language's separators and scale words, or number words), drop what is not a quantity (dates,
 * clock times, years, durations, ordinals, identifiers, names), widen the span to its hedge,
 * currency, percent sign or range, then find the counted object and the category.
 *
 * <p>Every scan is bounded (a few tokens of look-ahead or look-behind), so a paragraph costs time
 * linear in its tokens. Stateless after construction; thread-safe.
 */
final class QuantityFinder {
  /** A quantity found, with UTF-16 offsets into the text. */
  record Found(
      int start,
      int end,
      double value,
      Double low,
      Double high,
      Approx approx,
      String object,
      String category) {}

  /** A parsed number expression over tokens {@code [t0, t1)}. */
  private record Num(
      int t0,
      int t1,
      double value,
      double low,
      double high,
      boolean vague,
      boolean digits,
      double scale,
      boolean yearLike,
      boolean roughly) {}

  /** A quantity under construction. */
  private static final class Cand {
    int s0;
    int s1;
    int end; // token index after everything consumed (range end)
    double value;
    Double low;
    Double high;
    Approx approx;
    String object;
    int objT0 = -1;
    int objT1 = -1;
    String category;
    boolean wantsInherit;
    boolean wantsBorrow;
    boolean objectIsPeople;
    boolean ownCue;
    int sentence;
  }

  /** Returned by build for a number excluded by what precedes it (Pasal 4, tahun 2017, JT 610). */
  private static final Cand LEFT_EXCLUDED = new Cand();

  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile("(?:[01]?\\d|2[0-4])[.:][0-5]\\d");

  private static final int CUE_WINDOW = 12;
  private static final int CUE_BACK = 8;
  private static final int CLAUSE_WINDOW = 25;

  private final QuantityLexicon lex;
  private final PhraseSet<String> people;
  private final PhraseSet<String> resultVerb;
  private final PhraseSet<String> subjectHead;
  private final PhraseSet<String> classifier;
  private final PhraseSet<String> compound;
  private final PhraseSet<String> function;
  private final PhraseSet<String> noun;
  private final PhraseSet<String> timeUnit;
  private final PhraseSet<String> month;
  private final PhraseSet<String> idPrefix;
  private final PhraseSet<String> yearBefore;
  private final PhraseSet<String> timeBefore;
  private final PhraseSet<String> timeAfter;
  private final PhraseSet<String> ageCue;
  private final PhraseSet<String> clauseBreak;
  private final PhraseSet<String> partitive;
  private final PhraseSet<String> inherit;
  private final PhraseSet<String> range;
  private final PhraseSet<String> rangeOpen;
  private final PhraseSet<String> rangeAnd;
  private final PhraseSet<String> fixed;
  private final PhraseSet<String> coord;
  private final PhraseSet<String> determiner;
  private final PhraseSet<String> measure;
  private final PhraseSet<String> hedgeGap;
  private final PhraseSet<String> preposition;

  QuantityFinder(QuantityLexicon lex) {
    this.lex = lex;
    this.people = lex.words("people");
    this.classifier = lex.words("classifier");
    this.compound = lex.words("compound");
    this.function = lex.words("function");
    this.noun = lex.words("noun");
    this.timeUnit = lex.words("time-unit");
    this.month = lex.words("month");
    this.idPrefix = lex.words("id-prefix");
    this.yearBefore = lex.words("year-before");
    this.timeBefore = lex.words("time-before");
    this.timeAfter = lex.words("time-after");
    this.ageCue = lex.words("age-cue");
    this.clauseBreak = lex.words("clause-break");
    this.partitive = lex.words("partitive");
    this.inherit = lex.words("inherit");
    this.range = lex.words("range");
    this.rangeOpen = lex.words("range-open");
    this.rangeAnd = lex.words("range-and");
    this.fixed = lex.words("fixed");
    this.coord = lex.words("coord");
    this.determiner = lex.words("determiner");
    this.measure = lex.words("measure");
    this.hedgeGap = lex.words("hedge-gap");
    this.preposition = lex.words("preposition");
    this.resultVerb = lex.words("result-verb");
    this.subjectHead = lex.words("subject-head");
  }

  /**
   * Finds the quantities of one stretch of text (a paragraph).
   *
   * @param commaThousands true where {@code ,} groups thousands and {@code .} marks decimals
   *     (Malay, English); false for Indonesian ({@code 15.000}, {@code 1,28})
   * @param sentenceStarts sorted start offsets of sentences from the segmenter, possibly empty
   */
  List<Found> find(String text, CharSpan paragraph, boolean commaThousands, int[] sentenceStarts) {
    List<QToken> toks = QuantityScanner.scan(text, paragraph.start(), paragraph.end());
    int n = toks.size();
    if (n == 0) {
      return List.of();
    }
    Ctx ctx = new Ctx(toks, commaThousands, sentenceStarts);
    List<Cand> cands = new ArrayList<>();
    int lastExcludedEnd = -1;
    int i = 0;
    while (i < n) {
      Deadline.check();
      QToken t = toks.get(i);
      boolean numberish = t.isNumber() || (t.isWord() && lex.numberWords.containsKey(t.lower()));
      if (!numberish) {
        i++;
        continue;
      }
      if (t.isNumber()) {
        int k = i;
        while (k + 2 < n
            && (toks.get(k + 1).is("/") || toks.get(k + 1).is(":"))
            && !toks.get(k + 1).spaceBefore()
            && toks.get(k + 2).isNumber()
            && !toks.get(k + 2).spaceBefore()) {
          k += 2;
        }
        if (k > i) { // a date (3/8/2019), a fraction of a code (03/09) or a clock time (09:15)
          i = k + 1;
          continue;
        }
      }
      Num num = parseNumber(ctx, i);
      if (num == null) {
        i++;
        continue;
      }
      if (num.digits() && continuesExcludedList(ctx, lastExcludedEnd, i)) {
        lastExcludedEnd = num.t1(); // Pasal 4, 6, dan 8; tahun 2017 dan 2018
        i = num.t1();
        continue;
      }
      Cand c = build(ctx, num, cands.isEmpty() ? 0 : cands.get(cands.size() - 1).end);
      if (c == LEFT_EXCLUDED) {
        lastExcludedEnd = num.t1();
        i = num.t1();
      } else if (c != null) {
        cands.add(c);
        i = c.end;
      } else {
        i = num.t1();
      }
    }
    resolveObjects(ctx, cands);
    List<Found> out = new ArrayList<>(cands.size());
    for (Cand c : cands) {
      out.add(
          new Found(
              toks.get(c.s0).start(),
              toks.get(c.s1 - 1).end(),
              c.value,
              c.low,
              c.high,
              c.approx,
              c.object,
              c.category));
    }
    return out;
  }

  /** Per-paragraph state: the tokens and where sentences start. */
  private final class Ctx {
    final List<QToken> toks;
    final int n;
    final boolean commaThousands;
    final boolean[] sentStart;
    final int[] sentence;
    final boolean[] titleLine;

    Ctx(List<QToken> toks, boolean commaThousands, int[] sentenceStarts) {
      this.toks = toks;
      this.n = toks.size();
      this.commaThousands = commaThousands;
      this.sentStart = new boolean[n + 1];
      this.sentence = new int[n];
      this.titleLine = new boolean[n];
      int s = 0;
      int si = lowerBound(sentenceStarts, toks.isEmpty() ? 0 : toks.get(0).start());
      for (int j = 0; j < n; j++) {
        QToken t = toks.get(j);
        boolean start = j == 0 || t.newlineBefore();
        if (!start && t.spaceBefore()) {
          String p = toks.get(j - 1).lower();
          start = p.equals(".") || p.equals("!") || p.equals("?") || p.equals(";");
        }
        while (si < sentenceStarts.length && sentenceStarts[si] < t.start()) {
          si++;
        }
        if (si < sentenceStarts.length && sentenceStarts[si] == t.start()) {
          start = true;
        }
        if (start && j > 0) {
          s++;
        }
        sentStart[j] = start;
        sentence[j] = s;
      }
      sentStart[n] = true;
      // lines written in Title Case (headlines): capitalised number words there are not names
      int lineStart = 0;
      for (int j = 1; j <= n; j++) {
        if (j == n || toks.get(j).newlineBefore()) {
          int words = 0;
          int caps = 0;
          for (int k = lineStart; k < j; k++) {
            QToken t = toks.get(k);
            if (t.isWord() && t.text().length() > 1) {
              words++;
              if (t.capitalized()) {
                caps++;
              }
            }
          }
          boolean title = words >= 3 && words <= 20 && caps * 10 >= words * 6;
          for (int k = lineStart; k < j; k++) {
            titleLine[k] = title;
          }
          lineStart = j;
        }
      }
    }

    private static int lowerBound(int[] sorted, int key) {
      int i = java.util.Arrays.binarySearch(sorted, key);
      if (i < 0) {
        return -i - 1;
      }
      while (i > 0 && sorted[i - 1] == key) {
        i--;
      }
      return i;
    }

    QToken at(int j) {
      return j >= 0 && j < n ? toks.get(j) : null;
    }

    boolean is(int j, String lower) {
      QToken t = at(j);
      return t != null && t.is(lower);
    }

    boolean numberStart(int j) {
      QToken t = at(j);
      return t != null && (t.isNumber() || (t.isWord() && lex.numberWords.containsKey(t.lower())));
    }
  }

  // ---------------------------------------------------------------- numbers

  private Num parseNumber(Ctx ctx, int i) {
    QToken t = ctx.at(i);
    if (t == null) {
      return null;
    }
    if (t.isNumber()) {
      double v = DigitParser.parse(t.text(), ctx.commaThousands);
      if (Double.isNaN(v)) {
        return null;
      }
      int j = i + 1;
      double scale = 1;
      while (j < ctx.n) {
        NumberWord w = lex.numberWords.get(ctx.toks.get(j).lower());
        if (w == null || w.kind() != WordKind.SCALE || ctx.toks.get(j).newlineBefore()) {
          break;
        }
        scale *= w.value();
        j++;
      }
      if (scale == 1 && j < ctx.n && !ctx.toks.get(j).newlineBefore()) {
        NumberWord w = lex.numberWords.get(ctx.toks.get(j).lower());
        if (w != null && w.kind() == WordKind.VAGUE && w.value() >= 2000) {
          double about = times(v, w.value() / 2); // 800 jutaan: about 800 million
          return new Num(i, j + 1, about, about, about, false, true, w.value() / 2, false, true);
        }
      }
      boolean yearLike =
          scale == 1 && t.text().length() == 4 && v >= 1900 && v <= 2100 && v == Math.rint(v);
      double scaled = scale == 1 ? v : times(v, scale);
      return new Num(i, j, scaled, scaled, scaled, false, true, scale, yearLike, false);
    }
    NumberWord first = lex.numberWords.get(t.lower());
    if (first == null) {
      return null;
    }
    switch (first.kind()) {
      case FEW:
        {
          int j = i + 1;
          double mult = 1;
          while (j < ctx.n) {
            NumberWord w = lex.numberWords.get(ctx.toks.get(j).lower());
            if (w == null
                || !(w.kind() == WordKind.TENS
                    || w.kind() == WordKind.HUNDREDS
                    || w.kind() == WordKind.SCALE)) {
              break;
            }
            mult *= w.value();
            j++;
          }
          if (j == i + 1) {
            return null; // "beberapa" alone counts nothing definite
          }
          double low = first.value() * mult;
          return new Num(i, j, low, low, first.high() * mult, true, false, mult, false, false);
        }
      case VAGUE:
        {
          int j = i + 1;
          double mult = 1;
          while (j < ctx.n) {
            NumberWord w = lex.numberWords.get(ctx.toks.get(j).lower());
            if (w == null || w.kind() != WordKind.SCALE) {
              break;
            }
            mult *= w.value();
            j++;
          }
          double low = first.value() * mult;
          return new Num(i, j, low, low, first.high() * mult, true, false, mult, false, false);
        }
      case UNIT:
      case WHOLE:
      case FRACTION:
        return parseWords(ctx, i);
      default:
        return null;
    }
  }

  /** {@code a * b} without binary noise ({@code 134,2 juta} is 134200000, not 134199999.99…). */
  static double times(double a, double b) {
    return new java.math.BigDecimal(Double.toString(a))
        .multiply(new java.math.BigDecimal(Double.toString(b)))
        .doubleValue();
  }

  /** Number words such as {@code dua puluh tiga}, {@code seribu dua ratus}, {@code 1,5 juta}. */
  private Num parseWords(Ctx ctx, int i) {
    double total = 0;
    double current = 0;
    double lastUnit = -1;
    double lastScale = Double.MAX_VALUE;
    WordKind last = null;
    int j = i;
    while (j < ctx.n) {
      QToken tj = ctx.toks.get(j);
      if (!tj.isWord() || (j > i && tj.newlineBefore())) {
        break;
      }
      NumberWord w = lex.numberWords.get(tj.lower());
      if (w == null) {
        break;
      }
      double v = w.value();
      boolean ok;
      switch (w.kind()) {
        case UNIT -> {
          ok =
              last == null
                  || (last == WordKind.TENS && v < 10)
                  || (last == WordKind.HUNDREDS && v < 100)
                  || last == WordKind.SCALE
                  || last == WordKind.WHOLE
                  || (last == WordKind.UNIT && lastUnit >= 100 && v < 100);
          if (ok) {
            current += v;
            lastUnit = v;
          }
        }
        case TEEN -> {
          ok = last == WordKind.UNIT && lastUnit >= 1 && lastUnit <= 9;
          if (ok) {
            current += 10;
          }
        }
        case TENS -> {
          ok = last == WordKind.UNIT && lastUnit >= 1 && lastUnit <= 9;
          if (ok) {
            current += lastUnit * 9;
          }
        }
        case HUNDREDS -> {
          ok = last == WordKind.UNIT && lastUnit >= 1 && lastUnit <= 9;
          if (ok) {
            current += lastUnit * 99;
          }
        }
        case SCALE -> {
          ok = current > 0 && v < lastScale;
          if (ok) {
            total += times(current, v);
            current = 0;
            lastScale = v;
          }
        }
        case WHOLE -> {
          ok = (last == null || last == WordKind.SCALE) && v < lastScale;
          if (ok) {
            total += v;
            lastScale = v;
          }
        }
        case FRACTION -> {
          ok = last == null || (last == WordKind.UNIT && lastUnit < 10);
          if (ok) {
            current += v;
          }
        }
        default -> ok = false;
      }
      if (!ok) {
        break;
      }
      last = w.kind();
      j++;
    }
    if (j == i || (last == WordKind.FRACTION && j == i + 1)) {
      return null; // "setengah" alone is "half of", not an amount
    }
    double value = total + current;
    return new Num(i, j, value, value, value, false, false, 1, false, false);
  }

  // ---------------------------------------------------------------- one candidate

  private Cand build(Ctx ctx, Num num, int prevEnd) {
    List<QToken> toks = ctx.toks;
    int n = ctx.n;
    int t0 = num.t0();
    QToken first = toks.get(t0);
    QToken prev = ctx.at(t0 - 1);

    // fixed phrases: salah satu, satu per satu
    for (int k = Math.max(0, t0 - 4); k <= t0; k++) {
      PhraseSet.Match<String> m = fixed.matchAt(toks, k, n);
      if (m != null && k + m.length() > t0) {
        return null;
      }
    }
    PhraseSet.Match<String> currencyB = lex.currencyBefore.matchEndingAt(toks, t0, 0);
    if (currencyB != null && ctx.sentence[t0 - currencyB.length()] != ctx.sentence[t0]) {
      currencyB = null;
    }
    String preUnit = null;
    if (currencyB == null) {
      PhraseSet.Match<String> pu = lex.preUnits.matchEndingAt(toks, t0, 0);
      if (pu != null && pu.length() == 1) {
        String surface = pu.phrase().surface();
        boolean caseOk = surface.equals(surface.toLowerCase()) || surface.equals(prev.text());
        if (caseOk && num.digits()) {
          preUnit = pu.value() != null ? pu.value() : prev.text();
        }
      }
    }
    if (num.digits()) {
      if (prev != null && !first.spaceBefore()) {
        if (prev.isWord() && currencyB == null) {
          return LEFT_EXCLUDED; // JT610
        }
        if ((prev.is("-") || prev.is("\u2013")) && ctx.at(t0 - 2) != null) {
          QToken pp = ctx.at(t0 - 2);
          if (pp.isWord() && !prev.spaceBefore()) {
            return LEFT_EXCLUDED; // COVID-19, ke-13
          }
        }
        if (currencyB == null && (prev.is("+") || prev.is("#") || prev.is("/") || prev.is("."))) {
          return null;
        }
      }
      String d = first.text();
      if (d.length() > 1 && d.charAt(0) == '0' && Character.isDigit(d.charAt(1))) {
        return null; // 03, 0812..., codes and phone numbers
      }
      if (countDigits(d) >= 10 && d.indexOf('.') < 0 && d.indexOf(',') < 0) {
        return null;
      }
      if (prev != null
          && currencyB == null
          && preUnit == null
          && prev.allCaps()
          && prev.text().length() >= 2
          && prev.text().length() <= 4) {
        return LEFT_EXCLUDED; // JT 610, RW 01, KM 5
      }
      if (prev != null && month.contains(prev.lower())) {
        return LEFT_EXCLUDED; // November 2018
      }
    }
    if (prev != null && prev.is("ke")) {
      return LEFT_EXCLUDED; // hari ke 13
    }
    if (prev != null && prev.is("-") && ctx.is(t0 - 2, "ke")) {
      return LEFT_EXCLUDED;
    }
    int pk = t0 - 1;
    if (ctx.is(pk, ".")) {
      pk--;
    }
    if (pk >= 0 && idPrefix.contains(toks.get(pk).lower())) {
      return LEFT_EXCLUDED; // No. 5, Pasal 28
    }
    if (prev != null && (timeBefore.contains(prev.lower()) || yearBefore.contains(prev.lower()))) {
      if (timeBefore.contains(prev.lower()) || num.yearLike()) {
        return LEFT_EXCLUDED; // pukul 9, tahun 2019
      }
    }
    if (!num.digits()
        && first.capitalized()
        && !ctx.sentStart[t0]
        && !ctx.titleLine[t0]
        && prev != null
        && (prev.isWord() || prev.isNumber() || prev.is(","))) {
      return null; // Kepulauan Seribu, ibu kota Lima: number words are capitalised only in names
    }
    if (num.digits()
        && (ctx.sentStart[t0] || (prev != null && prev.newlineBefore() && prev.is("(")))
        && (ctx.is(num.t1(), ".") || ctx.is(num.t1(), ")"))
        && ctx.at(num.t1() + 1) != null
        && ctx.at(num.t1() + 1).spaceBefore()
        && !ctx.toks.get(num.t1()).spaceBefore()) {
      return null; // "1. Korban meninggal ...": a list marker
    }
    if (num.digits() && num.scale() == 1 && CLOCK.matcher(first.text()).matches()) {
      QToken after = ctx.at(num.t1());
      if (after == null || after.newlineBefore() || !countWord(after)) {
        return LEFT_EXCLUDED; // 14.10, 09.15: a clock time (Indonesian writes hours.minutes)
      }
    }
    if (num.digits()) {
      QToken after = ctx.at(num.t1());
      if (after != null && !after.spaceBefore()) {
        if (after.isWord() && !unitLike(after)) {
          return null; // 1300X, 5G, 2700U: model names and codes
        }
        if (after.is(")") && !openParenBefore(ctx, t0)) {
          return null; // "1) digunakan ...": a list marker
        }
      }
      if (prev != null
          && (prev.is("-") || prev.is("\u2013"))
          && ctx.at(t0 - 2) != null
          && ctx.at(t0 - 2).isNumber()) {
        return null; // the second half of a score or of a code (3-0, 25-17)
      }
      QToken after2 = ctx.at(num.t1());
      boolean countFollows = after2 != null && !after2.newlineBefore() && countWord(after2);
      if (prev != null
          && prev.isWord()
          && prev.capitalized()
          && !ctx.sentStart[t0 - 1]
          && !ctx.titleLine[t0]
          && currencyB == null
          && preUnit == null
          && !lex.numberWords.containsKey(prev.lower())
          && lex.hedgesBefore.matchEndingAt(toks, t0, 0) == null
          && !countFollows) {
        return null; // Densus 88, Galaxy Note 7, Formula 1: part of a name
      }
      if (after2 != null
          && after2.capitalized()
          && !after2.allCaps()
          && !after2.newlineBefore()
          && !ctx.titleLine[t0]
          && !countFollows) {
        return null; // "87 Stefano Lilipaly": a shirt number before a name
      }
      if (after2 != null
          && (after2.is("'")
              || after2.is("\u2019")
              || after2.is("+")
              || after2.is("\u00d7")
              || (after2.is("x") && !after2.spaceBefore())
              || (after2.is("/") && !after2.spaceBefore()))) {
        return null; // 90', 90 + 2, 154.5x75.9, B-1065/GOLKAR
      }
      if (after2 != null && (after2.is("-") || after2.is("\u2013"))) {
        QToken w = ctx.at(num.t1() + 1);
        if (w != null && w.capitalized()) {
          return null; // "22 - Isco": a line-up
        }
      }
      if (prev != null && prev.is("+")) {
        return null;
      }
    }

    Cand c = new Cand();
    c.sentence = ctx.sentence[t0];
    c.s0 = currencyB != null ? t0 - currencyB.length() : t0;
    String currency = currencyB != null ? currencyB.value() : null;

    // ranges: 20-30, 20 hingga 30, antara 20 dan 30
    Num b = null;
    int t1 = num.t1();
    if (!num.vague()) {
      PhraseSet.Match<String> r = range.matchAt(toks, t1, n);
      boolean hyphen = r != null && !Character.isLetter(r.phrase().surface().charAt(0));
      if (r != null) {
        b = rangeEnd(ctx, num, t1 + r.length(), hyphen);
      }
      if (b == null
          && rangeAnd.matchAt(toks, t1, n) != null
          && rangeOpen.contains(lowerAt(ctx, c.s0 - 1))) {
        b = rangeEnd(ctx, num, t1 + 1, false);
      }
    }
    if (num.digits() && b == null && hyphenNumberAt(ctx, t1)) {
      return null; // 3-0, 4-2-3-1: scores and formations
    }
    if (b != null && hyphenNumberAt(ctx, b.t1())) {
      return null;
    }
    int tEnd = b != null ? b.t1() : t1;

    // "3 (tiga) orang": the number repeated in words
    int echoEnd = -1;
    if (b == null && num.digits() && ctx.is(tEnd, "(")) {
      Num echo = ctx.numberStart(tEnd + 1) ? parseNumber(ctx, tEnd + 1) : null;
      if (echo != null && !echo.digits() && echo.value() == num.value() && ctx.is(echo.t1(), ")")) {
        echoEnd = echo.t1() + 1;
      }
    }

    // right-hand exclusions
    QToken next = ctx.at(echoEnd >= 0 ? echoEnd : tEnd);
    if (next != null && !next.newlineBefore()) {
      if (month.contains(next.lower()) && num.digits()) {
        return null; // 10 November
      }
      if (coord.contains(next.lower()) && next.allCaps()) {
        return null; // 7,32 LS
      }
      if (timeAfter.contains(next.lower()) && num.digits()) {
        return null; // 21.35 WIB, 9.15 pagi
      }
    }

    // percent and currency after the number
    c.s1 = tEnd;
    boolean percent = false;
    PhraseSet.Match<String> pm = lex.percent.matchAt(toks, tEnd, n);
    if (pm != null) {
      percent = true;
      c.s1 = tEnd + pm.length();
    } else if (currency == null) {
      PhraseSet.Match<String> ca = lex.currencyAfter.matchAt(toks, tEnd, n);
      if (ca != null) {
        currency = ca.value();
        c.s1 = tEnd + ca.length();
      }
    }

    // hedges after: "100 lebih", "500-an"
    Approx hedgeAfter = null;
    if (b == null && !num.vague()) {
      if (ctx.is(c.s1, "-")
          && ctx.is(c.s1 + 1, "an")
          && !toks.get(c.s1).spaceBefore()
          && !toks.get(c.s1 + 1).spaceBefore()) {
        if (num.yearLike()) {
          return null; // 1990-an
        }
        hedgeAfter = Approx.ABOUT;
        c.s1 += 2;
      } else {
        PhraseSet.Match<Approx> ha = lex.hedgesAfter.matchAt(toks, c.s1, n);
        if (ha != null && !comparative(ctx, c.s1 + ha.length())) {
          hedgeAfter = ha.value();
          c.s1 += ha.length();
        }
      }
    }
    c.end = Math.max(c.s1, tEnd);
    int objectFrom = c.s1;
    if (echoEnd >= 0 && c.s1 == tEnd) {
      c.end = echoEnd;
      objectFrom = echoEnd;
    }

    // hedges before (the longest; an "exact" one such as sebanyak may precede another)
    if (b != null && rangeOpen.contains(lowerAt(ctx, c.s0 - 1))) {
      c.s0--;
    }
    Approx hedgeBefore = null;
    PhraseSet.Match<Approx> hb = lex.hedgesBefore.matchEndingAt(toks, c.s0, 0);
    int gap = 0;
    if (hb == null && c.s0 > 1 && hedgeGap.contains(lowerAt(ctx, c.s0 - 1))) {
      hb = lex.hedgesBefore.matchEndingAt(toks, c.s0 - 1, 0); // setidaknya ada 17
      gap = 1;
      if (hb != null && hb.value() == Approx.EXACT) {
        hb = null;
      }
    }
    if (hb != null && ctx.sentence[c.s0 - gap - hb.length()] == ctx.sentence[t0]) {
      hedgeBefore = hb.value();
      c.s0 -= hb.length() + gap;
    }

    // durations and ages
    boolean age = false;
    QToken after = ctx.at(c.s1);
    if (currency == null && !percent && after != null && timeUnit.contains(after.lower())) {
      boolean ageContext =
          ageCue.contains(lowerAt(ctx, c.s0 - 1))
              || ageCue.contains(lowerAt(ctx, c.s0 - 2))
              || (ctx.is(c.s0 - 1, "(") && ctx.is(c.s1 + 1, ")"));
      if (after.is("tahun") && ageContext) {
        age = true;
        c.object = after.text();
        c.objT0 = c.s1;
        c.objT1 = c.s1 + 1;
      } else {
        return null; // a duration: left to the time layer
      }
    }
    if (!age
        && num.digits()
        && b == null
        && hedgeBefore == null
        && num.scale() == 1
        && num.value() >= 1
        && num.value() <= 120
        && num.value() == Math.rint(num.value())
        && first.text().indexOf('.') < 0
        && first.text().indexOf(',') < 0) {
      if (ageCue.contains(lowerAt(ctx, c.s0 - 1))
          || (ctx.is(c.s0 - 1, "(")
              && ctx.is(c.s1, ")")
              && ctx.at(c.s0 - 2) != null
              && ctx.at(c.s0 - 2).capitalized())) {
        age = true; // Ajay (58), berusia 32
      }
    }

    // value and hedge
    double value = num.value();
    if (b != null) {
      double low = num.scale() == 1 && b.scale() > 1 ? times(num.value(), b.scale()) : num.value();
      c.approx = Approx.RANGE;
      c.value = low;
      c.low = low;
      c.high = b.value();
    } else if (num.vague()) {
      c.approx = Approx.VAGUE;
      c.value = num.low();
      c.low = num.low();
      c.high = num.high();
    } else {
      Approx a = hedgeAfter != null ? hedgeAfter : hedgeBefore != null ? hedgeBefore : Approx.EXACT;
      if (num.roughly() && (a == Approx.EXACT)) {
        a = Approx.ABOUT;
      }
      c.approx = a;
      c.value = value;
      if (a == Approx.AT_LEAST || a == Approx.MORE_THAN) {
        c.low = value;
      } else if (a == Approx.AT_MOST || a == Approx.LESS_THAN) {
        c.high = value;
      }
    }

    // object and category
    if (currency != null) {
      c.object = currency;
      c.category = "money";
    } else if (percent) {
      c.category = "percent";
    } else if (age) {
      c.category = "age";
    } else {
      if (preUnit != null) {
        c.object = preUnit;
      } else {
        findObject(ctx, c, objectFrom);
      }
      if (num.yearLike()
          && (c.object == null
              || !(c.objectIsPeople || classifier.contains(c.object.toLowerCase())))) {
        return null; // a year: 2019
      }
      if (c.objectIsPeople && num.digits() && value != Math.rint(value) && num.scale() == 1) {
        double alt = DigitParser.alternativeThousands(first.text());
        if (!Double.isNaN(alt)) { // 1,434 mangsa: a count of people is whole
          c.value = alt;
          if (c.low != null) {
            c.low = alt;
          }
          if (c.high != null) {
            c.high = alt;
          }
        }
      }
      c.category = category(ctx, c, prevEnd);
      c.ownCue = c.category != null && !c.category.equals("people");
    }
    return c;
  }

  /** The second number of a range starting at token {@code j}, or null if it is not one. */
  private Num rangeEnd(Ctx ctx, Num a, int j, boolean hyphen) {
    int k = j;
    PhraseSet.Match<String> cur = lex.currencyBefore.matchAt(ctx.toks, k, ctx.n);
    if (cur != null) {
      k += cur.length();
    }
    if (!ctx.numberStart(k) || ctx.toks.get(k).newlineBefore()) {
      return null;
    }
    if (hyphen && !(a.digits() && ctx.toks.get(k).isNumber())) {
      return null;
    }
    Num b = parseNumber(ctx, k);
    if (b == null || b.vague() || (a.yearLike() != b.yearLike())) {
      return null;
    }
    if (ctx.is(b.t1(), "/") || ctx.is(b.t1(), ":")) {
      return null;
    }
    String d = ctx.toks.get(k).text();
    if (b.digits() && d.length() > 1 && d.charAt(0) == '0') {
      return null;
    }
    double low = a.scale() == 1 && b.scale() > 1 ? times(a.value(), b.scale()) : a.value();
    return b.value() > low ? b : null;
  }

  /** Whether tokens {@code [from, to)} only join a list: commas and conjunctions. */
  private static boolean continuesExcludedList(Ctx ctx, int from, int to) {
    if (from < 0 || from >= to || to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = ctx.toks.get(k).lower();
      if (!(w.equals(",")
          || w.equals("dan")
          || w.equals("atau")
          || w.equals("serta")
          || w.equals("-")
          || w.equals("\u2013")
          || w.equals("hingga")
          || w.equals("sampai")
          || w.equals("&"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a hyphen and a number follow at {@code j} (a score, a formation, a code). */
  private static boolean hyphenNumberAt(Ctx ctx, int j) {
    QToken h = ctx.at(j);
    QToken d = ctx.at(j + 1);
    return h != null
        && d != null
        && (h.is("-") || h.is("\u2013"))
        && d.isNumber()
        && !h.newlineBefore();
  }

  /** Whether an opening parenthesis precedes token {@code t0} closely on its line. */
  private static boolean openParenBefore(Ctx ctx, int t0) {
    for (int k = t0 - 1; k >= Math.max(0, t0 - 6); k--) {
      QToken t = ctx.toks.get(k);
      if (t.is("(")) {
        return true;
      }
      if (t.is(")") || t.newlineBefore()) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code w} is a counted noun or unit that may follow a number inside a name's reach. */
  private boolean countWord(QToken w) {
    if (!w.isWord()) {
      return w.is("%");
    }
    String l = w.lower();
    return people.contains(l)
        || classifier.contains(l)
        || measure.contains(l)
        || noun.contains(l)
        || lex.numberWords.containsKey(l)
        || lex.percent.contains(l)
        || lex.currencyAfter.contains(l)
        || compound.matchAt(List.of(w), 0, 1) != null;
  }

  /** Whether a word glued to a number is a unit or scale ({@code 10km}, {@code 5rb}). */
  private boolean unitLike(QToken w) {
    String l = w.lower();
    if (lex.numberWords.containsKey(l)
        || lex.percent.contains(l)
        || lex.currencyAfter.contains(l)) {
      return true;
    }
    return w.text().equals(l) && (l.length() <= 3 || measure.contains(l));
  }

  /** Whether the word at {@code j} makes a preceding "lebih" a comparison ("lebih banyak"). */
  private boolean comparative(Ctx ctx, int j) {
    String w = lowerAt(ctx, j);
    return w.equals("dari")
        || w.equals("daripada")
        || w.equals("banyak")
        || w.equals("sedikit")
        || w.equals("besar")
        || w.equals("kecil")
        || w.equals("tinggi")
        || w.equals("rendah")
        || w.equals("lama")
        || w.equals("cepat")
        || w.equals("baik");
  }

  // ---------------------------------------------------------------- objects

  private void findObject(Ctx ctx, Cand c, int k) {
    if (setObject(ctx, c, k)) {
      return;
    }
    QToken t = ctx.at(k);
    if (t == null || t.newlineBefore()) {
      return;
    }
    PhraseSet.Match<String> part = partitive.matchAt(ctx.toks, k, ctx.n);
    if (part != null) {
      int kk = k + part.length();
      while (ctx.at(kk) != null && determiner.contains(ctx.at(kk).lower())) {
        kk++;
      }
      if (ctx.numberStart(kk)) {
        Num inner = parseNumber(ctx, kk);
        if (inner != null) {
          kk = inner.t1();
        }
      }
      setObject(ctx, c, kk);
      return;
    }
    if (inherit.contains(t.lower())) {
      c.wantsInherit = true;
    } else if (t.is("dan") || t.is("serta") || t.is("atau")) {
      c.wantsBorrow = true;
    }
  }

  /** Sets the object to the noun (phrase) at {@code k}, skipping a classifier; false if none. */
  private boolean setObject(Ctx ctx, Cand c, int k) {
    QToken t = ctx.at(k);
    if (t == null || !t.isWord() || t.newlineBefore() || ctx.sentStart[k]) {
      return false;
    }
    PhraseSet.Match<String> cm = compound.matchAt(ctx.toks, k, ctx.n);
    if (cm != null) {
      return object(ctx, c, k, k + cm.length());
    }
    if (classifier.contains(t.lower()) || t.is("orang")) {
      QToken u = ctx.at(k + 1);
      boolean nextNoun =
          u != null && u.isWord() && !u.newlineBefore() && nounish(u) && !ctx.sentStart[k + 1];
      if (nextNoun && (!t.is("orang") || people.contains(u.lower()))) {
        PhraseSet.Match<String> cm2 = compound.matchAt(ctx.toks, k + 1, ctx.n);
        return object(ctx, c, k + 1, k + 1 + (cm2 != null ? cm2.length() : 1));
      }
      return object(ctx, c, k, k + 1);
    }
    if (!nounish(t)) {
      return false;
    }
    return object(ctx, c, k, k + 1);
  }

  private boolean object(Ctx ctx, Cand c, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int j = from; j < to; j++) {
      if (j > from) {
        b.append(' ');
      }
      b.append(ctx.toks.get(j).text());
    }
    c.object = b.toString();
    c.objT0 = from;
    c.objT1 = to;
    c.objectIsPeople = people.contains(ctx.toks.get(from).lower());
    return true;
  }

  /** Whether a word can be a counted noun: not a function word, verb, number word or cue verb. */
  private boolean nounish(QToken t) {
    String w = t.lower();
    if (people.contains(w) || noun.contains(w) || classifier.contains(w)) {
      return true;
    }
    if (function.contains(w)
        || lex.numberWords.containsKey(w)
        || timeUnit.contains(w)
        || month.contains(w)
        || lex.cues.contains(w)
        || lex.percent.contains(w)
        || lex.hedgesBefore.contains(w)) {
      return false;
    }
    return !verbLike(w);
  }

  private static boolean verbLike(String w) {
    if (w.length() < 6) {
      return false;
    }
    return w.startsWith("meng")
        || w.startsWith("meny")
        || w.startsWith("mem")
        || w.startsWith("men")
        || w.startsWith("mel")
        || w.startsWith("mer")
        || w.startsWith("ber")
        || w.startsWith("di")
        || w.startsWith("ter");
  }

  /** Inherited objects ("beberapa ribu lainnya") and borrowed ones ("201 serta 27 orang"). */
  private void resolveObjects(Ctx ctx, List<Cand> cands) {
    for (int k = 0; k < cands.size(); k++) {
      Cand c = cands.get(k);
      if (c.object != null) {
        continue;
      }
      Cand donor = null;
      if (c.wantsInherit) {
        for (int j = k - 1; j >= 0 && cands.get(j).sentence == c.sentence; j--) {
          if (cands.get(j).object != null) {
            donor = cands.get(j);
            break;
          }
        }
      } else if (c.wantsBorrow && k + 1 < cands.size()) {
        Cand nx = cands.get(k + 1);
        if (nx.s0 == c.s1 + 1 && nx.object != null) {
          donor = nx;
        }
      }
      if (donor != null && !"money".equals(donor.category) && !"percent".equals(donor.category)) {
        c.object = donor.object;
        c.objectIsPeople = donor.objectIsPeople;
        if (c.category == null && donor.objectIsPeople) {
          c.category = donor.category != null ? donor.category : "people";
        }
      }
    }
    // coordination: "dua warga Lebak dan dua warga Sukabumi" shares the first one's category
    for (int k = 1; k < cands.size(); k++) {
      Cand c = cands.get(k);
      Cand p = cands.get(k - 1);
      if (c.sentence != p.sentence || c.ownCue || p.category == null || c.s0 == 0) {
        continue;
      }
      if (c.category != null && !c.category.equals("people")) {
        continue;
      }
      if (p.category.equals("people")
          || p.category.equals("money")
          || p.category.equals("percent")
          || p.category.equals("age")) {
        continue;
      }
      String before = ctx.toks.get(c.s0 - 1).lower();
      if (!(before.equals("dan")
          || before.equals("serta")
          || before.equals(",")
          || before.equals("atau"))) {
        continue;
      }
      boolean broken = false;
      for (int j = p.end; j < c.s0 && !broken; j++) {
        broken = clauseBreak.contains(ctx.toks.get(j).lower()) || ctx.sentStart[j];
      }
      if (broken) {
        continue;
      }
      boolean human = lex.humanCategories.contains(p.category);
      if (!human || c.object == null || c.objectIsPeople) {
        if (c.object == null || !measure.contains(c.object.toLowerCase(java.util.Locale.ROOT))) {
          c.category = p.category;
        }
      }
    }
  }

  // ---------------------------------------------------------------- categories

  /**
   * The category from cue words around the number. Three passes, the first that finds a cue
   * decides: (1) forward from the object to the next comma, number or clause end ("15 orang
   * tewas"); (2) backward to the previous comma, number or clause start ("korban tewas mendekati
   * 600"); (3) forward across commas and numbers to the clause end, for lists sharing one predicate
   * ("empat fasilitas, satu kantor desa, dan tiga bangunan juga rusak"). Within a pass the category
   * ranked first in {@code @priority} wins. Falls back to "people" for a person noun.
   */
  private String category(Ctx ctx, Cand c, int prevEnd) {
    int f;
    if (c.objT0 >= 0) {
      f = c.objT1 - c.objT0 == 1 ? c.objT0 : c.objT1;
    } else {
      f = c.s1;
    }
    if (c.object != null && measure.contains(c.object.toLowerCase(java.util.Locale.ROOT))) {
      return null; // 6,9 SR: a measure, not a count of anything that happened
    }
    // pass 0: a cue right before the number and its hedge ("mengirim lima tim", "tewas mendekati")
    PhraseSet.Match<QuantityLexicon.Cue> adjacent =
        lex.cues.matchEndingAt(ctx.toks, c.s0, Math.max(0, prevEnd));
    if (adjacent != null && !ctx.sentStart[c.s0]) {
      String cat = cueAt(ctx, c, c.s0 - adjacent.length(), c.s0);
      if (cat != null) {
        return cat;
      }
    }
    String best = null;
    // pass 1
    for (int j = f; j < ctx.n && j < f + CUE_WINDOW; j++) {
      if (j > f && stopsClause(ctx, j, true)) {
        break;
      }
      best = better(best, cueAt(ctx, c, j, ctx.n));
    }
    if (best != null) {
      return best;
    }
    // pass 2
    int floor = Math.max(Math.max(0, c.s0 - CUE_BACK), prevEnd);
    for (int j = c.s0 - 1; j >= floor; j--) {
      if (ctx.sentStart[j + 1]
          || stopsClause(ctx, j, true)
          || (preposition.contains(ctx.toks.get(j).lower()) && !ctx.is(j - 1, "terdiri"))) {
        break;
      }
      best = better(best, cueAt(ctx, c, j, c.s0));
    }
    if (best != null) {
      return best;
    }
    // pass 2b: the subject of a result verb ("jumlah korban meninggal akibat gempa di Lebak
    // bertambah menjadi lima orang"): prepositional phrases in the subject do not stop the search
    best = subjectCue(ctx, c, prevEnd);
    if (best != null) {
      return best;
    }
    // pass 3
    for (int j = f; j < ctx.n && j < f + CLAUSE_WINDOW; j++) {
      if (j > f && stopsClause(ctx, j, false)) {
        break;
      }
      best = better(best, cueAt(ctx, c, j, ctx.n));
    }
    if (best != null) {
      return best;
    }
    return c.objectIsPeople ? "people" : null;
  }

  /**
   * A cue right after a subject head (korban, jumlah) in the subject of a result verb just before
   * the number. Design decision: only subjects headed this way, because an arbitrary earlier cue in
   * a long clause belongs to another figure as often as not.
   */
  private String subjectCue(Ctx ctx, Cand c, int prevEnd) {
    int verb = -1;
    for (int j = c.s0 - 1; j >= Math.max(prevEnd, c.s0 - 3); j--) {
      QToken t = ctx.toks.get(j);
      if (t.is(",") || ctx.numberStart(j)) {
        return null;
      }
      if (resultVerb.contains(t.lower())) {
        verb = j;
        break;
      }
      if (ctx.sentStart[j]) {
        return null;
      }
    }
    if (verb < 0) {
      return null;
    }
    String best = null;
    int floor = Math.max(prevEnd, verb - CLAUSE_WINDOW);
    for (int j = verb - 1; j >= floor; j--) {
      QToken t = ctx.toks.get(j);
      if (ctx.numberStart(j) || clauseBreak.contains(t.lower())) {
        break;
      }
      if (subjectHead.contains(t.lower())) {
        for (int k = j + 1; k <= j + 3 && k < verb; k++) {
          best = better(best, cueAt(ctx, c, k, verb));
        }
      }
      if (ctx.sentStart[j]) {
        break;
      }
    }
    return best;
  }

  private boolean stopsClause(Ctx ctx, int j, boolean narrow) {
    if (ctx.sentStart[j]) {
      return true;
    }
    QToken t = ctx.toks.get(j);
    if (clauseBreak.contains(t.lower())) {
      return true;
    }
    return narrow && (t.is(",") || ctx.numberStart(j));
  }

  private String cueAt(Ctx ctx, Cand c, int j, int limit) {
    PhraseSet.Match<QuantityLexicon.Cue> m = lex.cues.matchAt(ctx.toks, j, limit);
    if (m == null) {
      return null;
    }
    String cat = m.value().category();
    if (m.value().peopleOnly() && !c.objectIsPeople) {
      return null;
    }
    if (lex.humanCategories.contains(cat)) {
      boolean bodies = j == c.objT0 && cat.equals("killed"); // 20 jenazah
      boolean ok =
          (c.object == null || c.objectIsPeople || bodies) && c.value == Math.rint(c.value);
      if (!ok) {
        return null;
      }
    }
    return cat;
  }

  private String better(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return lex.rank(b) < lex.rank(a) ? b : a;
  }

  private static String lowerAt(Ctx ctx, int j) {
    QToken t = ctx.at(j);
    return t == null ? "" : t.lower();
  }

  private static int countDigits(String s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        d++;
      }
    }
    return d;
  }
}
