package org.warta.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.model.TimeType;
import org.warta.pipeline.Deadline;

/**
 * A language's time-expression grammar: regular-expression rules with named groups, and the
 * lexicons (months, weekdays, number words, units …) that both fill the rules' macros and give the
 * groups their meaning. Loaded once from resource files named {@code <prefix>grammar.tsv}, {@code
 * <prefix>months.tsv} … (the syntax is documented at the top of the grammar file); immutable and
 * thread-safe afterwards.
 *
 * <p>Design decision: rules are data and are tried only at word starts that can begin a time
 * expression (a digit, or a word that occurs literally in some rule), with {@code lookingAt} on a
 * region. That keeps the scan linear in practice (a few dozen anchored attempts per article instead
 * of every rule at every character) and lets a language pack change its grammar without touching
 * code. The longest match wins, as in TempEval systems, so {@code Jumat (2/8) malam} beats {@code
 * Jumat}.
 */
public final class TimeGrammar {
  private static final Pattern MACRO = Pattern.compile("(?<!\\\\p)\\{([A-Z]{2,})}");
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Rule> rules;

  /** For each word form that can begin a match, the rules that can match from it. */
  private final Map<String, int[]> rulesByWord;

  /** The lower-case words occurring literally in the rules. */
  private final Set<String> ruleWords;

  /**
   * A bit per hash of the lower case of every ASCII key of {@link #rulesByWord}: an ASCII word
   * whose lower-case hash has no bit is neither a key nor the lower case of one, so the lookups
   * (and the substring) are skipped for the great majority of words.
   */
  private final long[] wordHashes = new long[256];

  /**
   * The rules that can match from a number, by its shape: {@code [length 1-5][class of the
   * character after it]} (see {@link #charClass}).
   */
  private final int[][][] digitRules;

  /** Sample numbers of each length, covering the digit ranges the rules test (years, hours). */
  private static final String[][] DIGIT_SAMPLES = {
    {},
    {"0", "1", "2", "5", "9"},
    {"00", "01", "10", "12", "19", "20", "24", "31", "59", "99"},
    {"100", "120", "999"},
    {"0900", "1234", "1800", "1900", "1970", "2000", "2020", "2400", "9999"},
    {"12345"}
  };

  /** A representative character of each class of {@link #charClass}. */
  private static final String[] CLASS_SAMPLES = {" ", "/", "-", ".", ":", ",", ")", "a", "#"};

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, Integer> weekdays = new HashMap<>();
  private final Map<String, String[]> numbers = new HashMap<>();
  private final Map<String, TimeUnit> units = new HashMap<>();
  private final Map<String, String[]> partsOfDay = new HashMap<>();
  private final Map<String, Integer> directions = new HashMap<>();
  private final Map<String, Integer> relativeDays = new HashMap<>();
  private final Map<String, Integer> anaphoric = new HashMap<>();
  private final Map<String, String[]> fixed = new HashMap<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final Map<String, TimeSpec.Cue> cues = new HashMap<>();
  private final Map<String, Set<String>> cueClasses = new HashMap<>();

  /** One compiled rule of the grammar file. */
  record Rule(
      int index,
      TimeSpec.Kind kind,
      TimeType type,
      Map<String, String> defaults,
      Pattern pattern,
      Pattern probe,
      Set<String> groups,
      String source) {
    boolean negative() {
      return kind == null;
    }
  }

  /** A phrase that one rule matched and the meaning read from it. */
  record Match(int start, int end, Rule rule, TimeSpec spec) {}

  private TimeGrammar(Class<?> base, String prefix) {
    Map<String, String> macros = new LinkedHashMap<>();
    macros.put("MONTH", lexiconMacro(base, prefix + "months.tsv", 0, 2, false, months));
    macros.put("MONTHX", lexiconMacro(base, prefix + "months.tsv", 0, 2, true, months));
    macros.put("WEEKDAY", lexiconMacro(base, prefix + "weekdays.tsv", 0, 2, true, weekdays));
    for (String[] row : read(base, prefix + "numbers.tsv")) {
      numbers.put(lower(row[0]), new String[] {row[1], row[2]});
    }
    macros.put(
        "NUMW",
        "(?:"
            + alternation(numbers.keySet(), Set.of())
            + ")(?:\\s+(?:"
            + alternation(numbers.keySet(), Set.of())
            + "))*");
    List<String> seUnits = new ArrayList<>();
    for (String[] row : read(base, prefix + "units.tsv")) {
      units.put(lower(row[0]), TimeUnit.parse(row[1]));
      seUnits.add("se" + lower(row[0]));
    }
    macros.put("UNIT", alternation(units.keySet(), Set.of()));
    macros.put("SEUNIT", alternation(seUnits, Set.of()));
    for (String[] row : read(base, prefix + "parts-of-day.tsv")) {
      partsOfDay.put(lower(row[0]), new String[] {row[1], row[2]});
    }
    macros.put("POD", alternation(partsOfDay.keySet(), Set.of()));
    for (String[] row : read(base, prefix + "deictic.tsv")) {
      directions.put(lower(row[0]), Integer.parseInt(row[1].replace("+", "")));
    }
    macros.put("DIR", alternation(directions.keySet(), Set.of()));
    for (String[] row : read(base, prefix + "relative-days.tsv")) {
      relativeDays.put(lower(row[0]), Integer.parseInt(row[1].replace("+", "")));
    }
    macros.put("RELDAY", alternation(relativeDays.keySet(), Set.of()));
    for (String[] row : read(base, prefix + "anaphoric.tsv")) {
      anaphoric.put(lower(row[0]), Integer.parseInt(row[1].replace("+", "")));
    }
    macros.put("ANA", alternation(anaphoric.keySet(), Set.of()));
    Set<String> fixedAny = new LinkedHashSet<>();
    Set<String> fixedExact = new LinkedHashSet<>();
    for (String[] row : read(base, prefix + "fixed.tsv")) {
      fixed.put(lower(row[0]), new String[] {row[1], row[2]});
      (row.length > 3 && row[3].equals("exact") ? fixedExact : fixedAny).add(row[0]);
    }
    macros.put("FIXED", alternation(fixedAny, fixedExact));
    macros.put("ORD", lexiconMacro(base, prefix + "ordinals.tsv", 0, 2, false, ordinals));
    for (String[] row : read(base, prefix + "cues.tsv")) {
      cueClasses.computeIfAbsent(lower(row[0]), k -> new HashSet<>()).add(row[1]);
      if (row[1].equals("PAST") || row[1].equals("FUTURE")) {
        cues.put(lower(row[0]), TimeSpec.Cue.valueOf(row[1]));
      }
    }

    List<Rule> compiled = new ArrayList<>();
    Set<String> words = new HashSet<>();
    for (String line : lines(base, prefix + "grammar.tsv")) {
      if (line.startsWith("@define ")) {
        String rest = line.substring("@define ".length()).trim();
        int sp = rest.indexOf(' ');
        macros.put(rest.substring(0, sp), expand(rest.substring(sp + 1).trim(), macros));
        continue;
      }
      String[] f = line.split("\t", 4);
      if (f.length != 4) {
        throw new IllegalStateException("grammar line needs 4 tab-separated columns: " + line);
      }
      String regex = expand(f[3], macros);
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("bad grammar rule: " + f[3] + ": " + e.getMessage(), e);
      }
      Set<String> groups = new HashSet<>();
      Matcher g = GROUP_NAME.matcher(regex);
      while (g.find()) {
        groups.add(g.group(1));
      }
      Map<String, String> defaults = new HashMap<>();
      if (!f[2].equals("-")) {
        for (String kv : f[2].split(";")) {
          int eq = kv.indexOf('=');
          defaults.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
      }
      TimeSpec.Kind kind = f[0].equals("NOT") ? null : TimeSpec.Kind.valueOf(f[0]);
      TimeType type = f[1].equals("-") ? null : TimeType.valueOf(f[1]);
      Pattern probe = Pattern.compile(withoutLeadingLookbehind(regex), Pattern.CASE_INSENSITIVE);
      compiled.add(new Rule(compiled.size(), kind, type, defaults, pattern, probe, groups, f[3]));
      String literal =
          regex.replaceAll("\\(\\?<[a-zA-Z0-9]+>", "(").replaceAll("\\(\\?[-a-zA-Z]*:", "(");
      literal = literal.replaceAll("\\\\.", " ");
      Matcher w = WORD.matcher(literal);
      while (w.find()) {
        words.add(lower(w.group()));
      }
    }
    this.rules = List.copyOf(compiled);
    this.ruleWords = Set.copyOf(words);
    this.rulesByWord = Map.copyOf(rulesByWord(words, true));
    for (String form : rulesByWord.keySet()) {
      if (form.chars().allMatch(ch -> ch < 0x80)) {
        int h = form.toLowerCase(Locale.ROOT).hashCode();
        wordHashes[(h >>> 6) & (wordHashes.length - 1)] |= 1L << h;
      }
    }
    this.digitRules = new int[DIGIT_SAMPLES.length][CLASS_SAMPLES.length][];
    for (int len = 1; len < DIGIT_SAMPLES.length; len++) {
      for (int cls = 0; cls < CLASS_SAMPLES.length; cls++) {
        Set<Integer> union = new java.util.TreeSet<>();
        for (String sample : DIGIT_SAMPLES[len]) {
          for (int r : rulesStartingWith(sample + CLASS_SAMPLES[cls])) {
            union.add(r);
          }
        }
        digitRules[len][cls] = union.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** The class of the character that follows a number (index into {@link #CLASS_SAMPLES}). */
  private static int charClass(String text, int i, int to) {
    if (i >= to) {
      return 0;
    }
    char c = text.charAt(i);
    return switch (c) {
      case '/' -> 1;
      case '-', '\u2013' -> 2;
      case '.' -> 3;
      case ':' -> 4;
      case ',' -> 5;
      case ')' -> 6;
      default -> Character.isWhitespace(c) ? 0 : Character.isLetter(c) ? 7 : 8;
    };
  }

  /**
   * For each form (lower case, capitalised, upper case) of each of {@code words}, the rules that
   * can match from it (forms without any are left out).
   *
   * <p>With {@code shareCaseInsensitive}, an ASCII word is probed once for the rules without inline
   * flags: those are compiled case-insensitive, so the three forms, which differ only in ASCII
   * case, give them the same answer; only the rules with inline flags (such as the exact-case month
   * abbreviations) are probed per form. A third of the probing, which dominated the loading time;
   * the answer is the same, which a test checks against probing every form.
   */
  Map<String, int[]> rulesByWord(Set<String> words, boolean shareCaseInsensitive) {
    boolean[] flagged = new boolean[rules.size()];
    for (Rule rule : rules) {
      flagged[rule.index()] = hasInlineFlags(rule.probe().pattern());
    }
    Map<String, int[]> byWord = new HashMap<>();
    for (String w : words) {
      String[] forms = {
        w, Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase(Locale.ROOT)
      };
      boolean share = shareCaseInsensitive && w.chars().allMatch(ch -> ch < 0x80);
      int[] common = share ? rulesStartingWith(w, flagged, false) : null;
      for (String form : forms) {
        int[] r =
            share
                ? union(common, rulesStartingWith(form, flagged, true))
                : rulesStartingWith(form, flagged, null);
        if (r.length > 0) {
          byWord.put(form, r);
        }
      }
    }
    return byWord;
  }

  /** Whether {@code regex} has an inline flag group such as {@code (?-i:…)} or {@code (?i)}. */
  private static boolean hasInlineFlags(String regex) {
    for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
      if (i > 0 && regex.charAt(i - 1) == '\\') {
        continue;
      }
      char c = i + 2 < regex.length() ? regex.charAt(i + 2) : ':';
      if (c == '-' || Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /** The sorted union of two sorted, disjoint rule lists. */
  private static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      out[k++] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    }
    return out;
  }

  /**
   * The rules that can match a text whose first word is {@code token}: those that match it or run
   * out of input while reading it. A leading lookbehind is ignored (it looks at text before the
   * word, which this probe does not have), so the answer errs on the side of trying a rule.
   */
  private int[] rulesStartingWith(String token) {
    return rulesStartingWith(token, null, null);
  }

  /** As {@link #rulesStartingWith(String)}, among the rules whose flag is {@code only} (or all). */
  private int[] rulesStartingWith(String token, boolean[] flagged, Boolean only) {
    List<Integer> out = new ArrayList<>();
    for (Rule rule : rules) {
      if (only != null && flagged[rule.index()] != only) {
        continue;
      }
      Matcher m = rule.probe().matcher(token);
      if (m.lookingAt() || m.hitEnd()) {
        out.add(rule.index());
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The lower-case words of the rules' literals, for tests. */
  Set<String> ruleWords() {
    return ruleWords;
  }

  /** {@code regex} without a lookbehind at its very start. */
  private static String withoutLeadingLookbehind(String regex) {
    if (!regex.startsWith("(?<=") && !regex.startsWith("(?<!")) {
      return regex;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return regex.substring(i + 1);
      }
    }
    return regex;
  }

  /**
   * Loads a grammar from the resources {@code prefix + "grammar.tsv"}, {@code prefix +
   * "months.tsv"} … relative to {@code base} (an absolute prefix such as {@code
   * /org/warta/lang/id/time-} works with any class).
   *
   * @throws IllegalStateException if a resource is missing or a rule does not compile
   */
  public static TimeGrammar load(Class<?> base, String prefix) {
    return new TimeGrammar(base, prefix);
  }

  List<Rule> rules() {
    return rules;
  }

  /**
   * Finds the time expressions in {@code text[from, to)}, left to right, longest match first.
   * Phrases that a negative rule matches are skipped whole.
   */
  List<Match> scan(String text, int from, int to) {
    List<Match> out = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    List<int[]> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > from && isWordChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      Deadline.check();
      int[] candidates = candidateRules(text, i, to);
      if (candidates.length == 0) {
        i = skipWord(text, i, to);
        continue;
      }
      found.clear();
      for (int r : candidates) {
        Rule rule = rules.get(r);
        Matcher m = matchers[rule.index()];
        if (m == null) {
          m = rule.pattern().matcher(text);
          m.useTransparentBounds(true);
          m.useAnchoringBounds(false);
          matchers[rule.index()] = m;
        }
        m.region(i, to);
        if (m.lookingAt() && m.end() > i) {
          found.add(new int[] {m.end(), rule.index()});
        }
      }
      found.sort(Comparator.<int[]>comparingInt(a -> -a[0]).thenComparingInt(a -> a[1]));
      int next = -1;
      for (int[] cand : found) {
        Rule rule = rules.get(cand[1]);
        if (rule.negative()) {
          next = cand[0];
          break;
        }
        Matcher m = matchers[rule.index()];
        m.region(i, to);
        if (!m.lookingAt()) {
          continue;
        }
        if (!contextAllows(rule, text, i, m.end(), from, to)) {
          continue;
        }
        TimeSpec spec = interpret(rule, m);
        if (spec != null) {
          spec.cue = cueBefore(text, i, from);
          out.add(new Match(i, m.end(), rule, spec));
          next = m.end();
          break;
        }
      }
      i = next > i ? next : skipWord(text, i, to);
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static int skipWord(String text, int i, int to) {
    int j = i;
    while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return Math.max(j, i + 1);
  }

  private static final int[] NONE = new int[0];

  /**
   * The rules worth trying at {@code i}: those that can start with the word there, or with a number
   * (unless it continues a number such as {@code 2.500} or {@code 1/2013}).
   */
  private int[] candidateRules(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isDigit(c)) {
      if (i >= 2) {
        char p = text.charAt(i - 1);
        char pp = text.charAt(i - 2);
        if ((p == '.' || p == ',' || p == '/' || p == ':') && Character.isLetterOrDigit(pp)
            || p == '-' && Character.isLetter(pp)) {
          return NONE;
        }
      }
      int j = i;
      while (j < to && Character.isDigit(text.charAt(j))) {
        j++;
      }
      return digitRules[Math.min(j - i, DIGIT_SAMPLES.length - 1)][charClass(text, j, to)];
    }
    int j = i;
    int h = 0;
    boolean ascii = true;
    while (j < to && Character.isLetter(c = text.charAt(j))) {
      ascii &= c < 0x80;
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
      j++;
    }
    if (ascii && (wordHashes[(h >>> 6) & (wordHashes.length - 1)] & (1L << h)) == 0) {
      return NONE; // neither the word nor its lower case is a rule word (see wordHashes)
    }
    String word = text.substring(i, j);
    int[] r = rulesByWord.get(word);
    if (r == null) {
      r = rulesByWord.get(lower(word));
    }
    return r == null ? NONE : r;
  }

  /** The word just before {@code start} in lower case (across spaces only), or "". */
  private static String previousWord(String text, int start, int from) {
    int i = start;
    while (i > from && text.charAt(i - 1) == ' ') {
      i--;
    }
    int end = i;
    while (i > from && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return lower(text.substring(i, end));
  }

  /**
   * Checks a rule's context conditions: {@code notafter=C} (the word before is not of cue class C),
   * {@code notbefore=C} (the word after is not of class C) unless {@code unlessafter=C2} (the word
   * before is of class C2).
   */
  private boolean contextAllows(Rule rule, String text, int start, int end, int from, int to) {
    Map<String, String> d = rule.defaults();
    String notAfter = d.get("notafter");
    if (notAfter != null && hasClass(previousWord(text, start, from), notAfter)) {
      return false;
    }
    String notBefore = d.get("notbefore");
    if (notBefore != null && hasClass(nextWord(text, end, to), notBefore)) {
      String unless = d.get("unlessafter");
      return unless != null && hasClass(previousWord(text, start, from), unless);
    }
    return true;
  }

  private boolean hasClass(String word, String cueClass) {
    Set<String> c = cueClasses.get(word);
    return c != null && c.contains(cueClass);
  }

  /** The word just after {@code end} in lower case (across spaces only), or "". */
  private static String nextWord(String text, int end, int to) {
    int i = end;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return lower(text.substring(start, i));
  }

  /** PAST or FUTURE if one of the three words before {@code start} (same clause) is a cue. */
  private TimeSpec.Cue cueBefore(String text, int start, int from) {
    int i = start;
    for (int w = 0; w < 3; w++) {
      while (i > from && text.charAt(i - 1) == ' ') {
        i--;
      }
      if (i <= from || !Character.isLetter(text.charAt(i - 1))) {
        return null;
      }
      int end = i;
      while (i > from && (Character.isLetter(text.charAt(i - 1)))) {
        i--;
      }
      TimeSpec.Cue cue = cues.get(lower(text.substring(i, end)));
      if (cue != null) {
        return cue;
      }
    }
    return null;
  }

  /** Reads the named groups of a match into a spec; null if the parts make no sense. */
  private TimeSpec interpret(Rule rule, Matcher m) {
    TimeSpec s = new TimeSpec(rule.kind());
    s.type = rule.type();
    Map<String, String> d = rule.defaults();
    try {
      String y = group(rule, m, "y");
      if (y != null) {
        s.year = Integer.parseInt(y);
      }
      String yy = group(rule, m, "yy");
      if (yy != null) {
        int v = Integer.parseInt(yy);
        s.year = v < 50 ? 2000 + v : 1900 + v;
      }
      String ydir = group(rule, m, "ydir");
      if (ydir != null) {
        s.yearOffset = directions.get(normal(ydir));
      }
      String mo = group(rule, m, "m");
      if (mo != null) {
        s.month = Integer.parseInt(mo);
      }
      String mn = group(rule, m, "mn");
      if (mn != null) {
        s.month = months.get(lower(mn).replace(".", ""));
      }
      String day = group(rule, m, "d0");
      if (day == null) {
        day = group(rule, m, "d");
      }
      if (day != null) {
        s.day = Integer.parseInt(day);
      }
      if (s.month != null && (s.month < 1 || s.month > 12)) {
        return null;
      }
      if (s.day != null
          && (s.month == null
              || s.day < 1
              || s.day > java.time.Month.of(s.month).maxLength()
              || (s.year != null
                  && s.day > java.time.YearMonth.of(s.year, s.month).lengthOfMonth()))) {
        return null;
      }
      String wd = group(rule, m, "wd");
      if (wd != null) {
        s.weekday = weekdays.get(lower(wd));
      }
      String pod = group(rule, m, "pod");
      if (pod != null) {
        String[] p = partsOfDay.get(normal(pod));
        s.partOfDay = p[0];
        s.partOfDayShift = Integer.parseInt(p[1]);
      }
      String h = group(rule, m, "h");
      String hw = group(rule, m, "hw");
      if (h != null || hw != null) {
        int hour = h != null ? Integer.parseInt(h) : parseNumber(hw).intValue();
        String mi = group(rule, m, "min");
        int minute = mi == null ? 0 : Integer.parseInt(mi);
        if (hour < 12 && s.partOfDayShift > 0 && !(hour < 5 && "TNI".equals(s.partOfDay))) {
          hour += s.partOfDayShift;
        }
        if (hour > 24 || minute > 59) {
          return null;
        }
        s.hour = hour;
        s.minute = minute;
      }
      String dir = group(rule, m, "dir");
      if (dir != null) {
        s.direction = directions.get(normal(dir));
      }
      String unit = group(rule, m, "unit");
      if (unit != null) {
        s.unit = units.get(lower(unit));
      }
      String se = group(rule, m, "seunit");
      if (se != null) {
        s.unit = units.get(lower(se).substring(2));
        s.number = BigDecimal.ONE;
      }
      String redup = group(rule, m, "redup");
      if (redup != null) {
        s.unit = units.get(lower(redup).substring(3, redup.indexOf('-')));
        s.vague = true;
      }
      if (d.containsKey("unit")) {
        if (s.unit == null) {
          s.unit = TimeUnit.parse(d.get("unit"));
        }
      }
      String num = group(rule, m, "numto");
      if (num == null) {
        num = group(rule, m, "num");
      }
      if (num == null && d.containsKey("num")) {
        num = d.get("num");
      }
      if (num != null) {
        BigDecimal n = parseNumber(num);
        if (n == null) {
          s.vague = true;
        } else if (n.signum() <= 0) {
          return null;
        } else {
          s.number = n;
        }
      }
      String reld = group(rule, m, "reld");
      if (reld != null) {
        s.unit = TimeUnit.D;
        s.offset = relativeDays.get(normal(reld));
      }
      String ana = group(rule, m, "ana");
      if (ana != null) {
        int sign = anaphoric.get(normal(ana));
        s.offset = sign * (s.number == null ? 1 : s.number.intValue());
      }
      if (d.containsKey("off") && s.offset == null && s.direction == null) {
        s.offset = Integer.parseInt(d.get("off").replace("+", ""));
      }
      String fx = group(rule, m, "fixed");
      if (fx != null) {
        String[] v = fixed.get(normal(fx));
        s.type = TimeType.valueOf(v[0]);
        s.fixedValue = v[1];
      } else if (d.containsKey("value")) {
        s.fixedValue = d.get("value");
      }
      String qunit = group(rule, m, "qunit");
      if (qunit != null) {
        String qu = lower(qunit);
        s.unit = qu.equals("semester") || qu.equals("paruh") ? TimeUnit.HALF : TimeUnit.Q;
        if (qu.equals("caturwulan")) {
          return null;
        }
        s.quarter = ordinals.get(lower(group(rule, m, "q")));
        String q2 = group(rule, m, "q2");
        if (q2 != null) {
          s.quarterTo = ordinals.get(lower(q2));
        }
        int max = s.unit == TimeUnit.HALF ? 2 : 4;
        if (s.quarter == null
            || s.quarter > max
            || (s.quarterTo != null && (s.quarterTo > max || s.quarterTo <= s.quarter))) {
          return null;
        }
      }
      String dec = group(rule, m, "dec");
      if (dec != null) {
        s.decade = dec;
      }
      String cent = group(rule, m, "cent");
      String centRoman = group(rule, m, "centr");
      if (cent != null || centRoman != null) {
        int c = cent != null ? Integer.parseInt(cent) : roman(centRoman);
        s.decade = String.format(Locale.ROOT, "%02d", c - 1);
      }
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
    if (s.kind == TimeSpec.Kind.DUR && s.unit == null) {
      return null;
    }
    return s;
  }

  /** A Roman numeral up to XXXIX. */
  private static int roman(String r) {
    int v = 0;
    String u = r.toUpperCase(Locale.ROOT);
    for (int i = 0; i < u.length(); i++) {
      int d = u.charAt(i) == 'X' ? 10 : u.charAt(i) == 'V' ? 5 : 1;
      int next =
          i + 1 < u.length() ? (u.charAt(i + 1) == 'X' ? 10 : u.charAt(i + 1) == 'V' ? 5 : 1) : 0;
      v += d < next ? -d : d;
    }
    return v;
  }

  private static String group(Rule rule, Matcher m, String name) {
    return rule.groups().contains(name) ? m.group(name) : null;
  }

  /**
   * A number written in digits ({@code 5,5}) or words ({@code dua puluh lima}, {@code satu
   * setengah}); null for a vague count ({@code beberapa}).
   */
  BigDecimal parseNumber(String raw) {
    String t = raw.trim();
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      return new BigDecimal(t.replace(',', '.'));
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    BigDecimal last = BigDecimal.ZERO;
    for (String w : SPACES.split(lower(t))) {
      String[] e = numbers.get(w);
      if (e == null) {
        throw new NumberFormatException(w);
      }
      switch (e[0]) {
        case "vague" -> {
          return null;
        }
        case "unit" -> {
          last = new BigDecimal(e[1]);
          current = current.add(last);
        }
        case "teen" -> {
          current = current.add(BigDecimal.TEN);
          last = BigDecimal.ZERO;
        }
        case "tens", "hundreds" -> {
          current = current.subtract(last).add(last.multiply(new BigDecimal(e[1])));
          last = BigDecimal.ZERO;
        }
        case "thousands" -> {
          total = total.add(current.multiply(new BigDecimal(e[1])));
          current = BigDecimal.ZERO;
          last = BigDecimal.ZERO;
        }
        default -> throw new NumberFormatException(e[0]);
      }
    }
    return total.add(current);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Lower case with runs of white space as one space: the key of a multi-word lexicon entry. */
  private static String normal(String s) {
    return SPACES.matcher(lower(s).trim()).replaceAll(" ");
  }

  private static String expand(String regex, Map<String, String> macros) {
    Matcher m = MACRO.matcher(regex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = macros.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("unknown macro {" + m.group(1) + "} in " + regex);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * The alternation of a lexicon's forms, longest first. Column {@code caseCol} says {@code any}
   * (matched in any case), {@code exact} (as written, Capitalised or UPPER) or {@code abbr} (exact,
   * with an optional period; only when {@code withAbbr}).
   */
  private String lexiconMacro(
      Class<?> base,
      String resource,
      int formCol,
      int caseCol,
      boolean withAbbr,
      Map<String, Integer> into) {
    Set<String> any = new LinkedHashSet<>();
    Set<String> exact = new LinkedHashSet<>();
    Set<String> abbr = new LinkedHashSet<>();
    for (String[] row : read(base, resource)) {
      String form = row[formCol];
      String mode = row.length > caseCol ? row[caseCol] : "any";
      if (into != null && (withAbbr || !mode.equals("abbr"))) {
        into.put(lower(form), Integer.parseInt(row[1]));
      }
      switch (mode) {
        case "exact" -> exact.add(form);
        case "abbr" -> {
          if (withAbbr) {
            abbr.add(form);
          }
        }
        default -> any.add(form);
      }
    }
    String core = alternation(any, exact);
    if (abbr.isEmpty()) {
      return core;
    }
    return "(?:" + core + "|(?-i:" + exactForms(abbr) + ")\\.?)";
  }

  private static String alternation(java.util.Collection<String> any, Set<String> exact) {
    List<String> a = new ArrayList<>(any);
    a.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder("(?:");
    boolean first = true;
    if (!exact.isEmpty()) {
      b.append("(?-i:").append(exactForms(exact)).append(")");
      first = false;
    }
    for (String f : a) {
      if (!first) {
        b.append('|');
      }
      b.append(literal(f));
      first = false;
    }
    return b.append(')').toString();
  }

  private static String exactForms(Set<String> forms) {
    List<String> all = new ArrayList<>();
    for (String f : forms) {
      all.add(f);
      all.add(Character.toUpperCase(f.charAt(0)) + f.substring(1));
      all.add(f.toUpperCase(Locale.ROOT));
    }
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(all));
    unique.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String f : unique) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(literal(f));
    }
    return b.toString();
  }

  /**
   * A lexicon form as a regex: letters and digits as is, white space flexible, the rest escaped.
   */
  private static String literal(String form) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (Character.isWhitespace(c)) {
        if (b.length() < 3 || !b.substring(b.length() - 3).equals("\\s+")) {
          b.append("\\s+");
        }
      } else {
        b.append('\\').append(c);
      }
    }
    return b.toString();
  }

  private static List<String[]> read(Class<?> base, String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(base, resource)) {
      if (!line.startsWith("@")) {
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }

  /** The non-blank, non-comment lines of a UTF-8 resource. */
  private static List<String> lines(Class<?> base, String resource) {
    try (InputStream in = base.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
