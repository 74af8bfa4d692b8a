package org.warta.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.warta.model.CharSpan;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Sentence;
import org.warta.model.Token;
import org.warta.nlp.entity.EntityLexicon.Strength;
import org.warta.nlp.entity.EntityLexicon.WordClass;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds PERSON, ORGANIZATION and LOCATION names and groups their mentions into one entity per
 * referent.
 *
 * <p>Three sources of proposals, combined per article:
 *
 * <ol>
 *   <li><b>Gazetteer</b> ({@link EntityLexicon}): a capitalised token sequence that is a listed
 *       country, province, regency or known organisation is that entity.
 *   <li><b>Rules</b>: maximal capitalised token sequences (with particles such as {@code bin},
 *       {@code van} and, inside organisation names, {@code dan}) are cut into chunks at titles
 *       ({@code Presiden}), gazetteer names, organisation heads ({@code Badan}, {@code
 *       Kementerian}) and place heads ({@code Kabupaten}, {@code Desa}); a chunk is typed by its
 *       head, by a title before it (person), by context ({@code kata X}, {@code X (48 tahun)} →
 *       person; {@code di X} → place), by organisation words ({@code Nasional}, {@code Air}), all
 *       capitals → organisation.
 *   <li><b>Models</b>: any number of {@link NameFinder}s (a trained recogniser), sentence by
 *       sentence.
 * </ol>
 *
 * <p>Design decision, precedence when proposals overlap (measured on the dev gold, where letting
 * every model span win lost 0.09 F1 to the rules alone): a gazetteer name and a chunk typed by a
 * head beat an overlapping model span; a chunk typed by a title or context beats it too unless the
 * model is confident ({@link #OVERRIDE_CONF}) and its span does not lie inside the chunk; a model
 * span replaces rule chunks that are mere capitalisation guesses (a default type); a model span
 * with exactly the span of a rule chunk adds its type evidence to the chunk's (or, when confident,
 * replaces a type from context) unless the chunk comes from the gazetteer or a head or title; a
 * span only the model proposes is kept unless the rules rejected its words on purpose (weekdays,
 * codes, lone titles, acronyms the article defines from common words, half a bracket). Model
 * evidence is kept apart from rule evidence, so that a model's type does not stop a surname joining
 * its person.
 *
 * <p>Design decision, the model's silence: where the model read a sentence and proposed nothing, a
 * rule chunk typed only by capitals, or by context when the model is sure its words are outside any
 * name ({@link #VETO_CONF}), needs another mention in the article to count. Gazetteer names and
 * head-typed chunks are exempt: the model learned idner-news-2k, which leaves acting countries
 * untagged, and the record contract does not (see docs/ner.md). On the dev articles this took
 * micro-F1 from 0.930 (rules) to 0.946.
 *
 * <p>Then, for the whole article: mentions with the same text are one entity; an acronym in
 * brackets after a long form ({@code Badan Nasional Penanggulangan Bencana (BNPB)}) and a listed
 * acronym whose long form is written in the article join the long form; a single word that is part
 * of a person's name ({@code Kim}, {@code Putin}, {@code Jeri}) joins the nearest person named
 * before it; a bare region joins the one region written with its prefix ({@code Sukabumi} → {@code
 * Kabupaten Sukabumi}). A name found once is then found everywhere in the article (document
 * consistency). The entity's name is its fullest mention (most tokens, then longest).
 *
 * <p>Design decision, roles: titles are never part of a mention ({@code Presiden Jeri} gives the
 * mention {@code Jeri}), so that every mention of a person is a form of the name itself and quotes
 * and events can compare names without stripping roles.
 *
 * <p>Design decision, unreliable capitals: a capital at the start of a sentence, and every word of
 * a title-case line (the headline, sub-headings), is not evidence of a name. A chunk there is kept
 * only when a gazetteer lists it or the same name (or a part of a person's name) is found where
 * capitals are reliable. Sentence-initial words that the article also writes in lower case, and
 * function words, are cut off first.
 *
 * <p>Thread-safe and stateless: all per-article state lives in local objects.
 */
public final class EntityStage implements Stage {
  private static final EntityType[] TYPES = EntityType.values();
  private static final double W_GAZ = 4;
  private static final double W_MODEL = 3;
  private static final double W_STRONG = 2;
  private static final double W_MEDIUM = 1.5;
  private static final double W_LOW = 1;
  private static final double W_WEAK = 0.5;
  private static final double W_DEFAULT = 0.4;

  /** Which proposals an entity stage uses, for measuring each part alone. */
  public enum Mode {
    /** Gazetteer and rules only. */
    RULES,
    /** The name finders only (with document consistency and canonical names). */
    MODEL,
    /** Everything. */
    COMBINED
  }

  private final EntityLexicon lexicon;
  private final List<NameFinder> finders;

  /**
   * With rules on, a model proposal takes part only from this confidence up. Measured on the dev
   * gold ({@code warta eval entities --mode combined}, system property {@code
   * warta.ner.minConfidence}), before the override and veto below were added: floors 0 to 0.3 gave
   * micro-F1 0.932 and 0.5 to 0.9 gave 0.929 to 0.930; the rules alone give 0.930.
   */
  static final double MIN_MODEL_CONFIDENCE_WITH_RULES =
      Double.parseDouble(System.getProperty("warta.ner.minConfidence", "0.3"));

  private final boolean useRules;

  /**
   * Model confidence from which a model span overrides a rule chunk typed only by context or
   * capitals (rule evidence up to {@link #W_MEDIUM}): its type replaces the rules' type on the same
   * span, its boundaries replace theirs on an overlapping one. Chosen on the dev articles (0.5 lost
   * a true mention there; 0.7 and 0.9 tie; 0.7 is better on idner-news-2k dev).
   */
  static final double OVERRIDE_CONF = 0.7;

  /**
   * Model confidence from which a name at a sentence start (single word) counts without another
   * mention confirming it; the rules alone never trust such a capital. Chosen on the dev articles,
   * where 0.5 added false positives and 0.7 equals 0.9.
   */
  static final double INITIAL_CONF = 0.7;

  /**
   * The model's probability that every token of a rule chunk is outside any name, from which the
   * chunk needs confirmation elsewhere in the article when only context typed it ({@code Menteri X}
   * → person, {@code kata X}). Chunks only capitals support (a default type) need it whenever the
   * model read the sentence and proposed nothing there. Gazetteer names and chunks typed by a head
   * word are never vetoed: the model follows idner-news-2k, which leaves countries acting or used
   * as modifiers ({@code militer Israel}) untagged, while the record contract calls them LOCATION.
   * Measured on the dev articles with 0.5 / 0.7 / 0.9: 0.9455 / 0.9459 / 0.9437.
   */
  static final double VETO_CONF = 0.7;

  /** Share of a model's type evidence against a rule type from context or a list of places. */
  private static final double MODEL_SHARE_AGAINST_CONTEXT = 0.3;

  /** Rules and gazetteer only. */
  public EntityStage(EntityLexicon lexicon) {
    this(lexicon, List.of(), true);
  }

  /** Rules and gazetteer, combined with the model if one is given. */
  public EntityStage(EntityLexicon lexicon, Optional<NameFinder> finder) {
    this(lexicon, finder.map(List::of).orElse(List.of()), true);
  }

  /**
   * @param finders statistical recognisers whose proposals are combined with the rules
   * @param useRules false to use the finders alone (still with document consistency and canonical
   *     names), for measuring what the rules add
   */
  public EntityStage(EntityLexicon lexicon, List<NameFinder> finders, boolean useRules) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.finders = List.copyOf(finders);
    this.useRules = useRules;
  }

  /** A stage in {@code mode}; finders are ignored in {@link Mode#RULES}. */
  public static EntityStage of(EntityLexicon lexicon, Mode mode, List<NameFinder> finders) {
    return switch (mode) {
      case RULES -> new EntityStage(lexicon, List.of(), true);
      case MODEL -> new EntityStage(lexicon, finders, false);
      case COMBINED -> new EntityStage(lexicon, finders, true);
    };
  }

  @Override
  public String name() {
    return "entity";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    List<Token> tokens = article.get(Layers.TOKENS);
    if (tokens.isEmpty()) {
      article.put(Layers.ENTITIES, List.of());
      return;
    }
    Doc doc =
        new Doc(
            article.text(),
            tokens,
            article.get(Layers.SENTENCES),
            article.find(Layers.PARAGRAPHS).orElse(List.of()));
    article.put(Layers.ENTITIES, find(doc));
  }

  /** Entities of a text already split into tokens and sentences; title = first paragraph. */
  public List<Entity> find(
      String text, List<Token> tokens, List<Sentence> sentences, List<CharSpan> paragraphs) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return find(new Doc(text, tokens, sentences, paragraphs));
  }

  private List<Entity> find(Doc d) {
    List<Cand> model = withoutRunOns(d, modelCandidates(d));
    List<Cand> rules = withoutRunOns(d, useRules ? ruleCandidates(d) : List.of());
    List<Cand> cands = merge(d, model, rules);
    return resolve(d, cands);
  }

  /**
   * The longest name we accept, in tokens. The longest official names in news run to about a dozen
   * ({@code Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan}); a longer capitalised run
   * is a headline in title case or garbage, and as one "name" it costs memory quadratic in its
   * length.
   */
  static final int MAX_NAME_TOKENS = 24;

  private List<Cand> withoutRunOns(Doc d, List<Cand> cands) {
    boolean any = false;
    for (Cand c : cands) {
      any |= c.b - c.a > MAX_NAME_TOKENS;
    }
    if (!any) {
      return cands;
    }
    List<Cand> out = new ArrayList<>();
    for (Cand c : cands) {
      if (c.b - c.a <= MAX_NAME_TOKENS) {
        c.linkTo = -1;
        out.add(c);
      }
    }
    linkBrackets(d, out);
    return out;
  }

  // ------------------------------------------------------------------ per-article state

  /** One article's tokens with the indexes the rules need. */
  private final class Doc {
    final String text;
    final List<Token> tokens;
    final int n;
    final int[] sentOf;
    final int[] sentFirst;
    final int[] parOf;
    final boolean[] titleMode;
    final boolean[] lowerTitle;

    /** Sentences a name finder has read (its silence there is evidence). */
    final Set<Integer> modelRead = new HashSet<>();

    /** Per token, a finder's probability that it is in no name (NaN where none could tell). */
    double[] outside;

    final Set<String> lowerWords = new HashSet<>();

    /** Acronyms the article defines from lower-case words: "pusat pemindahan sementara (PPS)". */
    final Set<String> commonAcronyms = new HashSet<>();

    final int[] coveredBy;

    Doc(String text, List<Token> tokens, List<Sentence> sentences, List<CharSpan> paragraphs) {
      this.text = text;
      this.tokens = tokens;
      this.n = tokens.size();
      this.sentOf = new int[n];
      this.parOf = new int[n];
      this.coveredBy = new int[n];
      java.util.Arrays.fill(coveredBy, -1);
      this.nameEnds = new int[n][];
      this.nameLists = new Object[n][];
      this.wordEnds = new int[n][];
      this.wordSets = new Object[n][];
      // Sentences: token i belongs to the last sentence starting at or before it. Without
      // sentences, each paragraph (or the whole text) is one.
      List<? extends org.warta.model.Spanned> sents =
          !sentences.isEmpty()
              ? sentences
              : !paragraphs.isEmpty() ? paragraphs : List.of(new CharSpan(0, text.length()));
      List<? extends org.warta.model.Spanned> pars =
          !paragraphs.isEmpty() ? paragraphs : List.of(new CharSpan(0, text.length()));
      assign(sents, sentOf);
      assign(pars, parOf);
      int ns = sents.size();
      sentFirst = new int[ns + 1];
      java.util.Arrays.fill(sentFirst, -1);
      for (int i = n - 1; i >= 0; i--) {
        sentFirst[sentOf[i]] = i;
      }
      firstWordOf = new int[ns + 1];
      java.util.Arrays.fill(firstWordOf, Integer.MAX_VALUE);
      for (int i = n - 1; i >= 0; i--) {
        if (tokens.get(i).kind() != Token.Kind.PUNCT) {
          firstWordOf[sentOf[i]] = i;
        }
      }
      int np = pars.size();
      int[] words = new int[np];
      int[] caps = new int[np];
      boolean[] anyUpper = new boolean[np];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.WORD) {
          continue;
        }
        char c = t.text().charAt(0);
        if (Character.isLowerCase(c)) {
          lowerWords.add(t.text());
        }
        int p = parOf[i];
        if (!Character.isLowerCase(c) || !t.text().equals(t.text().toLowerCase(Locale.ROOT))) {
          anyUpper[p] = true;
        }
        if (lexicon.isFunctionWord(t.text())) {
          continue;
        }
        words[p]++;
        if (Character.isUpperCase(c)) {
          caps[p]++;
        }
      }
      for (int i = 1; i + 1 < n; i++) {
        String w = tokens.get(i).text();
        if (isPunct(i - 1, "(") && isPunct(i + 1, ")") && EntityLexicon.isAcronym(w)) {
          if (definedByCommonWords(i)) {
            commonAcronyms.add(w);
          }
        }
      }
      titleMode = new boolean[np];
      lowerTitle = new boolean[np];
      for (int p = 0; p < np; p++) {
        if (p == 0) {
          titleMode[p] = words[p] >= 1 && caps[p] >= 0.6 * words[p];
          lowerTitle[p] = !anyUpper[p];
        } else {
          // a sub-heading: short, title case, no closing punctuation
          titleMode[p] =
              words[p] >= 2
                  && words[p] <= 15
                  && caps[p] >= 0.75 * words[p]
                  && !endsLikeSentence(pars.get(p));
        }
      }
    }

    /** Whether the lower-case words before "(" at {@code i - 1} spell the acronym at {@code i}. */
    private boolean definedByCommonWords(int i) {
      String acr = tokens.get(i).text().replaceAll("[^A-Za-z]", "");
      int k = acr.length();
      if (k < 2 || i - 1 - k < 0) {
        return false;
      }
      for (int j = 0; j < k; j++) {
        Token t = tokens.get(i - 1 - k + j);
        String w = t.text();
        if (t.kind() != Token.Kind.WORD
            || !Character.isLowerCase(w.charAt(0))
            || Character.toLowerCase(acr.charAt(j)) != w.charAt(0)) {
          return false;
        }
      }
      return true;
    }

    private boolean endsLikeSentence(org.warta.model.Spanned par) {
      int e = Math.min(par.end(), text.length()) - 1;
      while (e >= par.start() && Character.isWhitespace(text.charAt(e))) {
        e--;
      }
      return e >= par.start() && ".?!\"”’'…:".indexOf(text.charAt(e)) >= 0;
    }

    private void assign(List<? extends org.warta.model.Spanned> spans, int[] out) {
      int s = 0;
      for (int i = 0; i < n; i++) {
        int start = tokens.get(i).start();
        while (s + 1 < spans.size() && spans.get(s + 1).start() <= start) {
          s++;
        }
        out[i] = s;
      }
    }

    // Lexicon matches per start token, computed once: ends ascending, with their entries.
    private final int[][] nameEnds;
    private final Object[][] nameLists;
    private final int[][] wordEnds;
    private final Object[][] wordSets;
    private final int[] firstWordOf;

    int start(int t) {
      return tokens.get(t).start();
    }

    private void matchNames(int i) {
      if (nameEnds[i] != null) {
        return;
      }
      List<Integer> ends = new ArrayList<>(2);
      List<Object> vals = new ArrayList<>(2);
      lexicon.forEachName(
          tokens,
          i,
          n,
          (e, v) -> {
            ends.add(e);
            vals.add(v);
          });
      nameEnds[i] = ends.stream().mapToInt(Integer::intValue).toArray();
      nameLists[i] = vals.toArray();
    }

    private void matchWords(int i) {
      if (wordEnds[i] != null) {
        return;
      }
      List<Integer> ends = new ArrayList<>(2);
      List<Object> vals = new ArrayList<>(2);
      lexicon.forEachWord(
          tokens,
          i,
          n,
          (e, v) -> {
            ends.add(e);
            vals.add(v);
          });
      wordEnds[i] = ends.stream().mapToInt(Integer::intValue).toArray();
      wordSets[i] = vals.toArray();
    }

    /** The known name covering exactly {@code [i, end)} of at least strength {@code min}. */
    @SuppressWarnings("unchecked")
    EntityLexicon.Name name(int i, int end, Strength min) {
      if (i < 0 || i >= n) {
        return null;
      }
      matchNames(i);
      int[] ends = nameEnds[i];
      for (int k = 0; k < ends.length; k++) {
        if (ends[k] == end) {
          return lexicon.pick(
              (List<EntityLexicon.Name>) nameLists[i][k], text, tokens, i, end, min);
        }
      }
      return null;
    }

    /** Longest known name at {@code i} ending at or before {@code limit}, or -1. */
    int longestName(int i, int limit, Strength min) {
      if (i < 0 || i >= n) {
        return -1;
      }
      matchNames(i);
      int[] ends = nameEnds[i];
      for (int k = ends.length - 1; k >= 0; k--) {
        if (ends[k] <= limit && name(i, ends[k], min) != null) {
          return ends[k];
        }
      }
      return -1;
    }

    /** Longest phrase of class {@code cls} at {@code i} ending at or before {@code limit}. */
    @SuppressWarnings("unchecked")
    int longestWord(int i, int limit, WordClass cls) {
      if (i < 0 || i >= n) {
        return -1;
      }
      matchWords(i);
      int[] ends = wordEnds[i];
      for (int k = ends.length - 1; k >= 0; k--) {
        if (ends[k] <= limit && ((java.util.EnumSet<WordClass>) wordSets[i][k]).contains(cls)) {
          return ends[k];
        }
      }
      return -1;
    }

    /** Whether {@code [i, end)} is a phrase of class {@code cls}. */
    @SuppressWarnings("unchecked")
    boolean is(int i, int end, WordClass cls) {
      if (i < 0 || i >= n) {
        return false;
      }
      matchWords(i);
      int[] ends = wordEnds[i];
      for (int k = 0; k < ends.length; k++) {
        if (ends[k] == end) {
          return ((java.util.EnumSet<WordClass>) wordSets[i][k]).contains(cls);
        }
      }
      return false;
    }

    boolean is(int i, WordClass cls) {
      return is(i, i + 1, cls);
    }

    int end(int t) {
      return tokens.get(t).end();
    }

    String tok(int t) {
      return tokens.get(t).text();
    }

    String lower(int t) {
      return tokens.get(t).text().toLowerCase(Locale.ROOT);
    }

    boolean sameSentence(int i, int j) {
      return i >= 0 && j < n && sentOf[i] == sentOf[j];
    }

    /** A capitalised word: {@code Jakarta}, {@code BNPB}, {@code H.}, {@code al-Baghdadi}. */
    boolean isNameToken(int i) {
      Token t = tokens.get(i);
      String s = t.text();
      char c = s.charAt(0);
      if (t.kind() == Token.Kind.ALPHANUM) {
        // "P2BK", "G20": capitals with digits; not "JT610"-like codes glued to long numbers
        return Character.isUpperCase(c) && EntityLexicon.isAcronym(s) && digits(s) <= 2;
      }
      if (t.kind() != Token.Kind.WORD) {
        return false;
      }
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return !isCode(i);
      }
      if (isCamelCase(s)) {
        return true;
      }
      int h = s.indexOf('-');
      return h > 0
          && h <= 2
          && h + 1 < s.length()
          && Character.isUpperCase(s.charAt(h + 1))
          && (s.startsWith("al") || s.startsWith("el") || s.startsWith("a"));
    }

    /**
     * Codes, not names: capitals followed by a number ("JT 610", "RT 03/09") and hyphenated
     * capitals ("PK-LQP").
     */
    boolean isCode(int i) {
      String s = tokens.get(i).text();
      if (!EntityLexicon.isAcronym(s) || s.length() > 6) {
        return false;
      }
      if (s.indexOf('-') > 0) {
        return true;
      }
      return i + 1 < n
          && tokens.get(i + 1).kind() == Token.Kind.NUMBER
          && sameSentence(i, i + 1)
          && tokens.get(i + 1).start() - tokens.get(i).end() <= 1;
    }

    private static int digits(String s) {
      int k = 0;
      for (int j = 0; j < s.length(); j++) {
        if (Character.isDigit(s.charAt(j))) {
          k++;
        }
      }
      return k;
    }

    boolean isPunct(int i, String... marks) {
      if (i < 0 || i >= n || tokens.get(i).kind() != Token.Kind.PUNCT) {
        return false;
      }
      String s = tokens.get(i).text();
      for (String m : marks) {
        if (s.equals(m)) {
          return true;
        }
      }
      return marks.length == 0;
    }

    /** Whether capitals at token {@code a} are unreliable: start of sentence, or after a quote. */
    boolean sentenceInitial(int a) {
      if (firstWordOf[sentOf[a]] >= a) {
        return true;
      }
      return isPunct(a - 1, "\"", "“", "'", "‘", ":", "-", "–", "—", "(");
    }

    String surface(int a, int b) {
      return text.substring(start(a), end(b - 1));
    }
  }

  /** A proposed mention with its type evidence. */
  private static final class Cand {
    final int a;
    final int b;

    /** Type evidence from the gazetteer and rules. */
    final double[] votes = new double[TYPES.length];

    /** Type evidence from the name finders, kept apart so rules can tell their own evidence. */
    final double[] modelVotes = new double[TYPES.length];

    boolean needsConfirm;
    boolean gaz;
    boolean model;
    boolean orgLike;
    boolean defaultType;

    /** Typed by a head word ({@code Badan}, {@code Kabupaten}, {@code Perang}), not by context. */
    boolean head;

    int linkTo = -1;
    int index;

    Cand(int a, int b) {
      this.a = a;
      this.b = b;
    }

    Cand vote(EntityType t, double w) {
      if (t != null) {
        votes[t.ordinal()] += w;
      }
      return this;
    }

    double total() {
      double s = 0;
      for (double v : votes) {
        s += v;
      }
      return s;
    }

    EntityType best() {
      int bi = -1;
      double bw = 0;
      for (int i = 0; i < votes.length; i++) {
        if (votes[i] > bw) {
          bw = votes[i];
          bi = i;
        }
      }
      return bi < 0 ? null : TYPES[bi];
    }

    /** The best type by rule and model evidence together. */
    EntityType bestAll() {
      int bi = -1;
      double bw = 0;
      for (int i = 0; i < votes.length; i++) {
        if (votes[i] + modelVotes[i] > bw) {
          bw = votes[i] + modelVotes[i];
          bi = i;
        }
      }
      return bi < 0 ? null : TYPES[bi];
    }

    double modelTotal() {
      double s = 0;
      for (double v : modelVotes) {
        s += v;
      }
      return s;
    }

    boolean nonPersonEvidence() {
      for (int t = 0; t < votes.length; t++) {
        if (t != EntityType.PERSON.ordinal() && votes[t] > 0) {
          return true;
        }
      }
      return false;
    }

    boolean overlaps(Cand o) {
      return a < o.b && o.a < b;
    }
  }

  // ------------------------------------------------------------------ model proposals

  private List<Cand> modelCandidates(Doc d) {
    List<Cand> out = new ArrayList<>();
    if (finders.isEmpty()) {
      return out;
    }
    int i = 0;
    while (i < d.n) {
      Deadline.check();
      int j = i;
      while (j < d.n && d.sentOf[j] == d.sentOf[i]) {
        j++;
      }
      List<Token> sentence = d.tokens.subList(i, j);
      if (useRules && d.start(i) == 0) {
        // The headline is Title Case, unlike anything the model was trained on: rules only there.
        i = j;
        continue;
      }
      d.modelRead.add(d.sentOf[i]);
      for (NameFinder f : finders) {
        List<NameSpan> spans;
        try {
          NameFinder.Reading reading = f.read(d.text, sentence);
          spans = reading.names();
          double[] o = reading.outside();
          if (o != null && o.length == j - i) {
            if (d.outside == null) {
              d.outside = new double[d.n];
              java.util.Arrays.fill(d.outside, Double.NaN);
            }
            for (int k = 0; k < o.length; k++) {
              double prev = d.outside[i + k];
              d.outside[i + k] = Double.isNaN(prev) ? o[k] : Math.min(prev, o[k]);
            }
          }
        } catch (RuntimeException e) {
          continue; // a failing model must not take the article down; rules still run
        }
        for (NameSpan s : spans) {
          // token starts and ends increase: binary search keeps a sentence of thousands of
          // tokens with as many spans linear-logarithmic instead of quadratic
          int a = firstStartingAtOrAfter(d, i, j, s.start());
          a = a < j ? a : -1;
          int b = firstEndingAfter(d, i, j, s.end());
          b = b > i ? b : -1;
          if (a >= 0
              && b > a
              && s.type() != EntityType.MISC
              && s.type() != EntityType.EVENT
              && (!useRules || s.confidence() >= MIN_MODEL_CONFIDENCE_WITH_RULES)) {
            double conf = Math.max(0.1, Math.min(1.0, s.confidence()));
            Cand c = new Cand(a, b);
            c.modelVotes[s.type().ordinal()] += W_MODEL * conf;
            c.model = true;
            out.add(c);
          }
        }
      }
      i = j;
    }
    // Overlapping proposals of several models: the more confident one wins.
    out.sort(Comparator.comparingDouble((Cand c) -> -c.modelTotal()).thenComparingInt(c -> c.a));
    List<Cand> kept = new ArrayList<>();
    // kept candidates never overlap, so the one starting last before c ends is the only one that
    // can overlap c: a sorted map answers in log time what a scan of all kept ones answered in
    // linear time (quadratic over a long run of names)
    TreeMap<Integer, Cand> keptByStart = new TreeMap<>();
    for (Cand c : out) {
      Map.Entry<Integer, Cand> before = keptByStart.lowerEntry(c.b);
      if (before == null || !before.getValue().overlaps(c)) {
        kept.add(c);
        keptByStart.put(c.a, c);
      } else {
        Cand k = keptByStart.get(c.a);
        if (k != null && k.b == c.b) {
          for (int t = 0; t < TYPES.length; t++) {
            k.modelVotes[t] += c.modelVotes[t];
          }
        }
      }
    }
    if (useRules) {
      for (Cand c : kept) {
        EntityLexicon.Name g = d.name(c.a, c.b, Strength.STRONG);
        if (g != null && d.isNameToken(c.a)) {
          java.util.Arrays.fill(c.modelVotes, 0); // the gazetteer's type beats the model's
          c.vote(g.type(), W_GAZ);
          c.gaz = true;
        }
      }
    }
    return kept;
  }

  /** The first token of {@code [from, to)} starting at or after {@code pos}, or {@code to}. */
  private static int firstStartingAtOrAfter(Doc d, int from, int to, int pos) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (d.start(mid) >= pos) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The first token of {@code [from, to)} ending after {@code pos}, or {@code to}. */
  private static int firstEndingAfter(Doc d, int from, int to, int pos) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (d.end(mid) > pos) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  // ------------------------------------------------------------------ rule proposals

  private List<Cand> ruleCandidates(Doc d) {
    List<Cand> out = new ArrayList<>();
    int carryTitleAt = -1;
    int i = 0;
    while (i < d.n) {
      Deadline.check();
      int skip = nonEntityEnd(d, i);
      if (skip > i) {
        i = skip;
        continue;
      }
      if (!d.isNameToken(i)) {
        i++;
        continue;
      }
      int a = i;
      int j = i + 1;
      boolean orgSeq = d.longestWord(a, d.n, WordClass.ORG_HEAD) > a;
      while (j < d.n && d.sameSentence(a, j)) {
        orgSeq |= d.is(j - 1, WordClass.ORG_HEAD);
        if (d.tok(j - 1).endsWith(".") && lexicon.isFunctionWord(d.tok(j))) {
          break; // "media sosial X. Namun": the splitter kept an initial-like "X." in the sentence
        }
        if (d.isNameToken(j) && nonEntityEnd(d, j) == j) {
          j++;
        } else if (j + 1 < d.n
            && d.sameSentence(a, j + 1)
            && d.isNameToken(j + 1)
            && nonEntityEnd(d, j + 1) == j + 1
            && (d.is(j, WordClass.CONNECTOR)
                || (orgSeq
                    && (d.is(j, WordClass.ORG_CONNECTOR) || listComma(d, j))
                    && d.longestWord(j + 1, d.n, WordClass.ORG_HEAD) < 0
                    && d.longestWord(j + 1, d.n, WordClass.TITLE) < 0
                    && d.longestName(j + 1, d.n, Strength.STRONG) < 0))) {
          j += 2;
        } else if (orgSeq
            && j + 2 < d.n
            && d.sameSentence(a, j + 2)
            && d.isPunct(j, ",")
            && d.is(j + 1, WordClass.ORG_CONNECTOR)
            && d.isNameToken(j + 2)
            && d.longestWord(j + 2, d.n, WordClass.ORG_HEAD) < 0
            && d.longestName(j + 2, d.n, Strength.STRONG) < 0) {
          j += 3; // "Badan Meteorologi, Klimatologi, dan Geofisika"
        } else {
          break;
        }
      }
      boolean carried = carryTitleAt == a;
      boolean pending = sequence(d, a, j, carried, out);
      carryTitleAt = pending && d.isPunct(j, ",") ? j + 1 : -1;
      i = j;
    }
    List<Cand> trimmed = new ArrayList<>(out.size());
    for (Cand c : out) {
      int e = c.b;
      while (e > c.a && !d.isNameToken(e - 1) && d.tokens.get(e - 1).kind() != Token.Kind.NUMBER) {
        e--; // "Aburizal Bakrie dan": a name does not end with a particle or a comma
      }
      if (e == c.b) {
        trimmed.add(c);
      } else if (e > c.a) {
        Cand t = new Cand(c.a, e);
        System.arraycopy(c.votes, 0, t.votes, 0, c.votes.length);
        t.needsConfirm = c.needsConfirm;
        t.gaz = c.gaz;
        t.orgLike = c.orgLike;
        t.defaultType = c.defaultType;
        t.head = c.head;
        trimmed.add(t);
      }
    }
    out = trimmed;
    linkBrackets(d, out);
    propagateLists(d, out);
    return out;
  }

  /**
   * Names in a list share the type of a confidently typed neighbour: places across commas and
   * conjunctions ("Pelabuhan Kali Adem, Muara Angke, Jakarta Utara"), persons across conjunctions
   * only ("Rasinah (48) dan Salam"; a comma after a title is an apposition, "Kepala Badan Humas
   * Basarnas, Marsudi").
   */
  private void propagateLists(Doc d, List<Cand> cands) {
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < cands.size(); k++) {
        Cand c = cands.get(k);
        if (!c.defaultType) {
          continue;
        }
        for (int dir = -1; dir <= 1; dir += 2) {
          int m = k + dir;
          if (m < 0 || m >= cands.size()) {
            continue;
          }
          Cand o = cands.get(m);
          EntityType t = o.best();
          if (o.defaultType || t == null || o.total() < W_LOW) {
            continue;
          }
          int from = dir < 0 ? o.b : c.b;
          int to = dir < 0 ? c.a : o.a;
          String sep = separator(d, from, to);
          boolean ok =
              t == EntityType.LOCATION
                  ? sep != null
                  : t == EntityType.PERSON && sep != null && !sep.equals(",");
          if (ok) {
            java.util.Arrays.fill(c.votes, 0); // the default type was only a guess
            c.vote(t, W_LOW);
            c.defaultType = false;
            break;
          }
        }
      }
    }
  }

  /**
   * The list separator between two candidates: a comma, {@code dan}, {@code atau}, {@code serta}
   * (optionally after an age or figure in brackets), or null.
   */
  private static String separator(Doc d, int from, int to) {
    int k = from;
    if (k < to && d.isPunct(k, "(")) {
      while (k < to && !d.isPunct(k, ")")) {
        k++;
      }
      k++;
    } else if (k < to && d.tokens.get(k).kind() == Token.Kind.NUMBER) {
      k++; // "Salam 95 karena"
    }
    if (k >= to || !d.sameSentence(from == 0 ? 0 : from - 1, to)) {
      return null;
    }
    String sep = null;
    if (d.isPunct(k, ",")) {
      sep = ",";
      k++;
    }
    if (k < to) {
      String w = d.lower(k);
      if (w.equals("dan") || w.equals("atau") || w.equals("serta") || w.equals("maupun")) {
        sep = w;
        k++;
      }
    }
    return k == to ? sep : null;
  }

  /**
   * A comma inside an organisation name lists its parts and is followed, after one more part, by
   * {@code dan}: "Pusat Data, Informasi, dan Humas", "Data, Informasi dan Humas".
   */
  private boolean listComma(Doc d, int j) {
    if (!d.isPunct(j, ",") || j + 3 >= d.n) {
      return false;
    }
    int k = j + 2;
    if (d.isPunct(k, ",")) {
      k++;
    }
    return d.is(k, WordClass.ORG_CONNECTOR);
  }

  private int nonEntityEnd(Doc d, int i) {
    if (d.commonAcronyms.contains(d.tok(i))) {
      return i + 1; // "PPS" after "pusat pemindahan sementara (PPS)"
    }
    int e = d.longestWord(i, d.n, WordClass.NON_ENTITY);
    if (e > i && d.isNameToken(i)) {
      // "Jumat" is never a name, but "BBC" must not be swallowed by "B" lists: exact-case only
      // for all-capital entries is not needed here because NON_ENTITY words are whole words.
      return e;
    }
    return i;
  }

  /**
   * Cuts one capitalised sequence {@code [a, b)} into chunks and adds them to {@code out}.
   *
   * @return whether a title was seen and not yet used by a person chunk
   */
  private boolean sequence(Doc d, int a, int b, boolean carriedTitle, List<Cand> out) {
    boolean initial = d.sentenceInitial(a);
    boolean title = d.titleMode[d.parOf[a]];
    boolean pendingTitle = carriedTitle || titleBefore(d, a);
    boolean personBefore = cueBefore(d, a, WordClass.PERSON_BEFORE);
    boolean locBefore = cueBefore(d, a, WordClass.LOC_BEFORE);
    boolean miscBefore = cueBefore(d, a, WordClass.MISC_BEFORE);
    boolean weakLocBefore = a > 0 && (d.lower(a - 1).equals("dari") || d.lower(a - 1).equals("ke"));
    int i = a;
    boolean atStart = true;
    while (i < b) {
      boolean chunkInitial = atStart && initial;
      int g = d.longestName(i, b, Strength.STRONG);
      // Function words, and at a sentence start or in a title-case line words the article also
      // writes in lower case ("Korban", "Lima" = five), are cut off; a name the article confirms
      // elsewhere is found again by the document pass.
      boolean unreliable = chunkInitial || title;
      boolean commonWord =
          lexicon.isFunctionWord(d.tok(i))
              || (unreliable
                  && (d.lowerWords.contains(d.lower(i))
                      || lexicon.isCommonWord(d.tok(i))
                      || looksLikeCommonWord(d.tok(i))));
      if ((atStart || title)
          && commonWord
          && !startsPhrase(d, i, b)
          && (g < 0 || (g == i + 1 && unreliable))) {
        i++;
        initial = false; // "Menurut Haposan": the capital after a cut-off word is a name's
        continue;
      }
      atStart = false;
      if (g > i) {
        EntityLexicon.Name name = d.name(i, g, Strength.STRONG);
        int e = name.type() == EntityType.ORGANIZATION ? officeEnd(d, g, b) : g;
        Cand c = new Cand(i, e).vote(name.type(), W_GAZ);
        c.gaz = e == g;
        c.orgLike = name.type() == EntityType.ORGANIZATION;
        out.add(c);
        i = e;
        continue;
      }
      int t = d.longestWord(i, b, WordClass.TITLE);
      if (t > i) {
        // "Menko Perekonomian Boediono": the portfolio belongs to the title
        int p = d.longestWord(t, b, WordClass.PORTFOLIO);
        while (p > t && p < b) {
          t = p;
          p = d.longestWord(t, b, WordClass.PORTFOLIO);
        }
        pendingTitle = t < b || pendingTitle;
        i = t;
        continue;
      }
      int h = d.longestWord(i, b, WordClass.ORG_HEAD);
      if (h > i) {
        boolean alone = d.is(i, h, WordClass.ORG_ALONE);
        int e =
            alone && pendingTitle && plainTail(d, h, b)
                ? officeEnd(d, h, b)
                : headEnd(d, h, b, pendingTitle, true);
        if (e > h || (alone && !chunkInitial && !title)) {
          // "Kongres": an institution named by its head alone
          Cand c = new Cand(i, e).vote(EntityType.ORGANIZATION, e > h ? W_STRONG : W_LOW);
          c.needsConfirm = title;
          c.head = true;
          c.orgLike = true;
          out.add(c);
        }
        i = Math.max(e, h);
        continue;
      }
      h = d.longestWord(i, b, WordClass.EVENT_HEAD);
      if (h < 0) {
        h = d.longestWord(i, b, WordClass.MISC_HEAD);
      }
      if (h > i || (miscBefore && i == a)) {
        // "Perang Dunia II", "KM Zahro Express": kept as one chunk so that their words are not
        // taken for names; neither is a PERSON, ORGANIZATION or LOCATION
        boolean event = d.longestWord(i, b, WordClass.EVENT_HEAD) > i;
        int e = Math.max(h, i + 1);
        while (e < b && !boundary(d, e, b)) {
          e++;
        }
        if (e > h) {
          Cand c = new Cand(i, e).vote(event ? EntityType.EVENT : EntityType.MISC, W_STRONG);
          c.needsConfirm = title;
          c.head = true;
          out.add(c);
        }
        i = e;
        continue;
      }
      h = d.longestWord(i, b, WordClass.LOC_HEAD);
      if (h > i) {
        int e = headEnd(d, h, b, pendingTitle, false);
        if (e > h) {
          Cand c = new Cand(i, e).vote(EntityType.LOCATION, W_STRONG);
          c.needsConfirm = title;
          c.head = true;
          out.add(c);
        }
        i = Math.max(e, h);
        continue;
      }
      // A plain name: up to the next gazetteer name, title, or head followed by a name.
      int e = i + 1;
      boolean acronym = EntityLexicon.isAcronym(d.tok(i));
      boolean afterTitle = pendingTitle;
      if (d.tok(i).length() == 1 && e == b) {
        i = e; // "gempa M 6,9": a lone capital letter is no name
        continue;
      }
      if (acronym && !title && !d.is(i, WordClass.NOT_ALONE)) {
        e = officeEnd(d, e, b); // "P2BK Purabaya": an unknown office named by its place
      } else {
        while (e < b && !boundary(d, e, b)) {
          e++;
        }
        if (afterTitle
            && e < b
            && e > i + 0
            && d.longestName(e, b, Strength.STRONG) == b
            && e + 1 == b
            && d.name(e, b, Strength.STRONG).type() == EntityType.LOCATION) {
          e = b; // "Komjen Pol Badrodin Haiti": a surname that is also a place
        }
      }
      boolean placeTail = false;
      if (e == i + 1 && e < b && !acronym && !pendingTitle && !personBefore) {
        int g2 = d.longestName(e, b, Strength.STRONG);
        if (g2 == b && d.name(e, g2, Strength.STRONG).type() == EntityType.LOCATION) {
          e = g2; // "Metropolitan Lima"
          placeTail = true;
        }
      }
      Cand c = new Cand(i, e);
      boolean orgWord = false;
      int common = 0;
      for (int k = i; k < e; k++) {
        orgWord |= d.is(k, WordClass.ORG_WORD);
        if (d.lowerWords.contains(d.lower(k)) || lexicon.isFunctionWord(d.tok(k))) {
          common++;
        }
      }
      boolean single = e - i == 1;
      boolean allCaps = single && acronym && d.tok(i).length() >= 2;
      if (d.is(i, e, WordClass.NOT_ALONE)) {
        // "pejabat Barat", "Tim SAR": a direction or generic word, no name by itself
      } else if (orgWord) {
        c.vote(EntityType.ORGANIZATION, W_MEDIUM);
        c.orgLike = true;
      } else if (placeTail) {
        c.vote(EntityType.LOCATION, W_LOW);
      } else if (acronym && e > i + 1) {
        c.vote(EntityType.ORGANIZATION, W_LOW); // "Direktur LBH Makassar Nurul Huda"
        c.orgLike = true;
      } else if (pendingTitle) {
        c.vote(EntityType.PERSON, W_STRONG);
        pendingTitle = false;
      } else if ((i == a && personBefore) || (e == b && personAfter(d, b))) {
        c.vote(EntityType.PERSON, W_MEDIUM);
      } else if (acronym) {
        c.vote(EntityType.ORGANIZATION, W_LOW);
        c.orgLike = true;
      } else if (isCamelCase(d.tok(i)) || isDomain(d.tok(e - 1))) {
        c.vote(EntityType.ORGANIZATION, W_LOW); // "detikJabar", "Kompas.com": brands and media
      } else if (i == a && locBefore) {
        c.vote(EntityType.LOCATION, weakLocBefore ? W_WEAK : W_LOW);
      } else if (d.name(i, e, Strength.WEAK) != null) {
        c.vote(EntityType.LOCATION, W_WEAK);
      } else if (!single && common >= 2 && 2 * common >= e - i) {
        // "Penanggulangan Bencana Kecamatan": common words make an institution, not a person
        c.vote(EntityType.ORGANIZATION, W_WEAK);
      } else {
        // Indonesian news names most people with one or two words: a capitalised word in the
        // middle of a sentence with no other evidence is more often a person than anything else
        c.vote(EntityType.PERSON, single ? W_DEFAULT : W_WEAK);
      }
      c.defaultType = c.total() <= W_WEAK;
      c.needsConfirm = title || (chunkInitial && single);
      out.add(c);
      i = e;
    }
    return pendingTitle;
  }

  /** Whether {@code [from, to)} holds no known name and no list comma: "Kongres Jose Jeri". */
  private boolean plainTail(Doc d, int from, int to) {
    for (int k = from; k < to; k++) {
      if (d.isPunct(k, ",") || d.longestName(k, to, Strength.STRONG) > k) {
        return false;
      }
    }
    return true;
  }

  /**
   * End of an organisation named with its place, the organisation's name ending at {@code g}: "BPBD
   * Kabupaten Sukabumi", "Basarnas Jakarta", "Basarnas Pusat", "P2BK Purabaya".
   */
  private int officeEnd(Doc d, int g, int b) {
    if (g >= b) {
      return g;
    }
    int h2 = d.longestWord(g, b, WordClass.REGION_HEAD);
    if (h2 > g && h2 < b && d.isNameToken(h2)) {
      return headEnd(d, h2, b, true, false);
    }
    int g2 = d.longestName(g, b, Strength.WEAK);
    if (g2 > g && d.name(g, g2, Strength.WEAK).type() == EntityType.LOCATION) {
      return g2;
    }
    if (g + 1 == b && d.is(g, WordClass.OFFICE_SUFFIX)) {
      return b;
    }
    return g;
  }

  /** Whether a title, head or event phrase starts at {@code i}: "Menteri Luar Negeri ...". */
  private boolean startsPhrase(Doc d, int i, int b) {
    return d.longestWord(i, b, WordClass.TITLE) > i
        || d.longestWord(i, b, WordClass.ORG_HEAD) > i
        || d.longestWord(i, b, WordClass.LOC_HEAD) > i
        || d.longestWord(i, b, WordClass.EVENT_HEAD) > i
        || d.longestWord(i, b, WordClass.MISC_HEAD) > i;
  }

  /**
   * A derived Indonesian word rather than a name: {@code Disebutkan}, {@code Perinciannya}, {@code
   * Menurutnya}. Used only for the first word of a sentence.
   */
  static boolean looksLikeCommonWord(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (s.length() >= 6 && s.endsWith("nya")) {
      return true;
    }
    return s.length() >= 8
        && (s.endsWith("kan") || s.endsWith("an"))
        && (s.startsWith("di")
            || s.startsWith("me")
            || s.startsWith("ber")
            || s.startsWith("ter")
            || s.startsWith("per")
            || s.startsWith("pe"));
  }

  /** {@code Kompas.com}, {@code CNNIndonesia.com}: a web domain names a medium. */
  static boolean isDomain(String w) {
    int dot = w.lastIndexOf('.');
    if (dot <= 0 || dot == w.length() - 1) {
      return false;
    }
    String tld = w.substring(dot + 1).toLowerCase(Locale.ROOT);
    return tld.equals("com")
        || tld.equals("id")
        || tld.equals("net")
        || tld.equals("org")
        || tld.equals("co")
        || tld.equals("tv")
        || tld.equals("my");
  }

  /** {@code detikJabar}, {@code iPhone}: a short lower-case prefix, then a capital. */
  static boolean isCamelCase(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < Math.min(w.length(), 7); k++) {
      char c = w.charAt(k);
      if (Character.isUpperCase(c)) {
        return true;
      }
      if (!Character.isLowerCase(c)) {
        return false;
      }
    }
    return false;
  }

  /** Where a chunk starting with a head ending at {@code h} ends. */
  private int headEnd(Doc d, int h, int b, boolean afterTitle, boolean org) {
    int e = h;
    while (e < b) {
      if (d.isNameToken(e) || !org) {
        int t = d.longestWord(e, b, WordClass.TITLE);
        if (t > e && t < b) {
          break; // "Kepolisian Peru Jenderal Oscar Arriola"
        }
      }
      int g = d.longestName(e, b, Strength.STRONG);
      if (g > e) {
        e = g;
        if (e < b && (afterTitle || !org)) {
          break; // "Kepala Dinas Kesehatan Jawa Barat Berli Hamdani", "Kab. Sukabumi Ajay"
        }
        continue;
      }
      e++;
      if (afterTitle && !org && e < b) {
        break; // "Kepala Desa Sukamaju Ahmad": one name word after a place head
      }
    }
    return e;
  }

  private boolean boundary(Doc d, int e, int b) {
    if (d.longestName(e, b, Strength.STRONG) > e) {
      return true;
    }
    int t = d.longestWord(e, b, WordClass.TITLE);
    if (t > e && t < b && d.tok(e).length() > 2) {
      return true;
    }
    int h = d.longestWord(e, b, WordClass.ORG_HEAD);
    if (h > e && h < b) {
      return true;
    }
    h = d.longestWord(e, b, WordClass.LOC_HEAD);
    return h > e && h < b && !d.is(e, WordClass.TITLE);
  }

  private boolean titleBefore(Doc d, int a) {
    for (int k = 1; k <= 3; k++) {
      int from = a - k;
      if (from < 0 || !d.sameSentence(from, a)) {
        return false;
      }
      if (d.is(from, a, WordClass.TITLE)) {
        return true;
      }
    }
    return false;
  }

  private boolean cueBefore(Doc d, int a, WordClass cls) {
    for (int k = 1; k <= 2; k++) {
      int from = a - k;
      if (from < 0 || !d.sameSentence(from, a)) {
        return false;
      }
      if (d.is(from, a, cls)) {
        return true;
      }
    }
    return false;
  }

  private boolean personAfter(Doc d, int b) {
    if (b < d.n && d.sameSentence(b - 1, b) && d.is(b, WordClass.PERSON_AFTER)) {
      return true;
    }
    // "..., Denny Wahyu, mengatakan"
    if (b + 1 < d.n
        && d.isPunct(b, ",")
        && d.sameSentence(b - 1, b + 1)
        && d.is(b + 1, WordClass.PERSON_AFTER)) {
      return true;
    }
    // "Rasinah (48 tahun)", "Ajay (58)"
    return b + 2 < d.n
        && d.isPunct(b, "(")
        && d.tokens.get(b + 1).kind() == Token.Kind.NUMBER
        && (d.isPunct(b + 2, ")")
            || d.lower(b + 2).startsWith("tahun")
            || d.lower(b + 2).equals("thn"));
  }

  /** {@code Badan Nasional Penanggulangan Bencana (BNPB)}: the acronym links to the long form. */
  private void linkBrackets(Doc d, List<Cand> cands) {
    for (int k = 0; k + 1 < cands.size(); k++) {
      Cand x = cands.get(k);
      Cand y = cands.get(k + 1);
      if (y.b - y.a != 1 || y.a != x.b + 1 || !d.isPunct(x.b, "(") || !d.isPunct(y.b, ")")) {
        continue;
      }
      String acr = d.tok(y.a);
      boolean acronymLike =
          EntityLexicon.isAcronym(acr)
              || (x.b - x.a >= 2
                  && Character.toUpperCase(acr.charAt(0)) == d.tok(x.a).charAt(0)
                  && acr.length() <= 12);
      if (acronymLike && x.b - x.a >= 2) {
        y.linkTo = k;
        if (x.best() == null) {
          x.vote(y.best(), W_LOW);
        }
        y.needsConfirm = false;
      }
    }
  }

  // ------------------------------------------------------------------ merge

  private List<Cand> merge(Doc d, List<Cand> model, List<Cand> rules) {
    if (!useRules) {
      return model;
    }
    if (d.modelRead.isEmpty()) {
      return rules; // no model, or it read nothing (a headline only)
    }
    List<Cand> acc = new ArrayList<>(rules);
    for (Cand m : model) {
      List<Cand> over = new ArrayList<>();
      for (Cand r : acc) {
        if (r.overlaps(m)) {
          over.add(r);
        }
      }
      if (over.isEmpty()) {
        // a name only the model sees: kept unless the rules rejected its words on purpose
        boolean lower = d.lowerTitle[d.parOf[m.a]];
        if ((d.isNameToken(m.a) || lower) && !rejectedByRules(d, m.a, m.b)) {
          m.needsConfirm =
              d.titleMode[d.parOf[m.a]]
                  || (d.sentenceInitial(m.a)
                      && m.b - m.a == 1
                      && m.modelTotal() < W_MODEL * INITIAL_CONF);
          acc.add(m);
        }
      } else if (over.size() == 1 && over.get(0).a == m.a && over.get(0).b == m.b) {
        Cand r = over.get(0);
        if (!r.gaz
            && r.total() <= W_MEDIUM
            && m.modelTotal() >= W_MODEL * OVERRIDE_CONF
            && r.best() != m.bestAll()) {
          java.util.Arrays.fill(r.votes, 0); // a confident model beats a rule type from context
          System.arraycopy(m.modelVotes, 0, r.modelVotes, 0, TYPES.length);
          r.defaultType = false;
          r.needsConfirm &= m.modelTotal() < W_MODEL * INITIAL_CONF;
        } else if (!r.gaz && r.total() < W_STRONG) {
          // same span: the evidence adds up; a rule type from context or a list counts more
          double scale = r.defaultType ? 1 : MODEL_SHARE_AGAINST_CONTEXT;
          for (int t = 0; t < TYPES.length; t++) {
            r.modelVotes[t] += scale * m.modelVotes[t];
          }
          r.defaultType = false;
          // an unreliable capital (sentence start, headline) needs a confident model to count
          r.needsConfirm &= m.modelTotal() < W_MODEL * INITIAL_CONF;
        }
        // a gazetteer name, a head or a title keeps its type
      } else if ((over.stream().allMatch(r -> !r.gaz && r.total() <= W_WEAK)
              || (m.modelTotal() >= W_MODEL * OVERRIDE_CONF
                  && over.stream().allMatch(r -> !r.gaz && r.total() <= W_MEDIUM)
                  && over.stream().noneMatch(r -> r.a <= m.a && m.b <= r.b)))
          && !rejectedByRules(d, m.a, m.b)) {
        acc.removeAll(over); // the rules only guessed from capitals here: the model's span wins
        acc.add(m);
      }
      // otherwise a gazetteer name or a head, title or context rule beats the model's span
    }
    // The model read the sentence and saw no name where the rules guessed one from capitals or
    // context: that guess now needs a mention elsewhere in the article to count.
    for (Cand r : acc) {
      if (r.model
          || r.gaz
          || r.head
          || r.total() > W_STRONG
          || !d.modelRead.contains(d.sentOf[r.a])
          || model.stream().anyMatch(m -> m.overlaps(r))) {
        continue;
      }
      double out = outsideMin(d, r);
      if (r.total() <= W_WEAK || Double.isNaN(out) || out >= VETO_CONF) {
        r.needsConfirm = true;
      }
    }
    acc.sort(Comparator.comparingInt(c -> c.a));
    for (Cand c : acc) {
      c.linkTo = -1;
    }
    linkBrackets(d, acc);
    return acc;
  }

  /** The least probability that a token of {@code c} is outside every name; NaN if unknown. */
  private static double outsideMin(Doc d, Cand c) {
    if (d.outside == null) {
      return Double.NaN;
    }
    double m = Double.NaN;
    for (int k = c.a; k < c.b; k++) {
      double o = d.outside[k];
      if (!Double.isNaN(o)) {
        m = Double.isNaN(m) ? o : Math.min(m, o);
      }
    }
    return m;
  }

  /**
   * Whether the rules rejected these words on purpose: weekdays and other non-entities, codes,
   * acronyms the article defines from common words, a lone title or function word.
   */
  private boolean rejectedByRules(Doc d, int a, int b) {
    int depth = 0;
    for (int k = a; k < b; k++) {
      if (d.isPunct(k, "(", "[")) {
        depth++;
      } else if (d.isPunct(k, ")", "]")) {
        depth--;
      } else if (d.isPunct(k, "\"", "“", "”")) {
        return true; // a name does not hold a quotation mark
      }
    }
    if (depth != 0) {
      return true; // "Pelaksana Harian (Plh": brackets cut in half
    }
    for (int k = a; k < b; k++) {
      if (nonEntityEnd(d, k) > k || d.isCode(k)) {
        return true;
      }
    }
    if (b - a == 1) {
      return lexicon.isFunctionWord(d.tok(a))
          || d.is(a, WordClass.TITLE)
          || d.is(a, WordClass.NOT_ALONE)
          || d.tok(a).length() == 1;
    }
    return d.is(a, b, WordClass.TITLE) || d.is(a, b, WordClass.NOT_ALONE);
  }

  // ------------------------------------------------------------------ resolution

  private List<Entity> resolve(Doc d, List<Cand> input) {
    List<Cand> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparingInt((Cand c) -> c.a).thenComparingInt(c -> -c.b));
    // drop overlaps (rules never overlap themselves; merged lists might)
    List<Cand> clean = new ArrayList<>();
    int lastEnd = -1;
    Map<Cand, Cand> linkTarget = new HashMap<>();
    for (Cand c : sorted) {
      if (c.a >= lastEnd) {
        clean.add(c);
        lastEnd = c.b;
      }
    }
    for (int pos = 1; pos < clean.size(); pos++) {
      Cand c = clean.get(pos);
      if (c.linkTo >= 0) {
        // the link was made to the candidate right before the acronym
        linkTarget.put(c, clean.get(pos - 1));
      }
    }
    final List<Cand> cands = clean;
    for (int k = 0; k < cands.size(); k++) {
      cands.get(k).index = k;
    }
    UnionFind uf = new UnionFind(cands.size());
    Map<String, Integer> bySurface = new HashMap<>();
    for (Cand c : cands) {
      String key = PhraseTable.normalize(d.surface(c.a, c.b));
      Integer prev = bySurface.putIfAbsent(key, c.index);
      if (prev != null) {
        uf.union(prev, c.index);
      }
    }
    linkTarget.forEach((acr, lng) -> uf.union(acr.index, lng.index));
    // listed acronyms whose long form is written in the article
    for (Cand c : cands) {
      if (c.b - c.a == 1) {
        String lf = lexicon.longFormOf(d.tok(c.a));
        if (lf != null) {
          for (String form : lf.split("\\|")) {
            Integer target = bySurface.get(PhraseTable.normalize(form));
            if (target != null) {
              uf.union(c.index, target);
            }
          }
        }
      }
    }
    // bare region -> the region written with its prefix, when all prefixed forms agree
    // ("Kabupaten Lebak", "Kab. Lebak" and "Lebak" are one; "Kota X" and "Kabupaten X" are not)
    Map<String, List<Cand>> prefixed = new HashMap<>();
    for (Cand c : cands) {
      Deadline.check();
      if (c.b - c.a >= 2 && c.bestAll() == EntityType.LOCATION) {
        int h = d.longestWord(c.a, c.b, WordClass.REGION_HEAD);
        if (h > c.a && h < c.b) {
          String bare = PhraseTable.normalize(d.surface(h, c.b));
          prefixed.computeIfAbsent(bare, x -> new ArrayList<>()).add(c);
        }
      }
    }
    prefixed.forEach(
        (bare, list) -> {
          String first = regionPrefix(d, list.get(0));
          for (Cand c : list) {
            String p = regionPrefix(d, c);
            if (!p.startsWith(first) && !first.startsWith(p)) {
              return; // different kinds of region share the name
            }
          }
          for (Cand c : list) {
            uf.union(list.get(0).index, c.index);
          }
          Integer b = bySurface.get(bare);
          if (b != null && cands.get(b).bestAll() != EntityType.PERSON) {
            uf.union(b, list.get(0).index);
          }
        });

    // Person aliases: a word of a confirmed person's full name.
    Clusters cl = new Clusters(cands, uf);
    Map<String, List<Integer>> alias = new HashMap<>();
    for (int root : cl.roots()) {
      if (cl.type(root) != EntityType.PERSON || !cl.confirmed(root)) {
        continue;
      }
      Cand full = cl.fullest(root, d);
      if (full.b - full.a < 2) {
        continue;
      }
      for (int k = full.a; k < full.b; k++) {
        String w = d.tok(k);
        if (w.length() >= 3 && d.isNameToken(k) && !d.is(k, WordClass.CONNECTOR)) {
          List<Integer> roots =
              alias.computeIfAbsent(w.toLowerCase(Locale.ROOT), x -> new ArrayList<>());
          if (roots.isEmpty() || roots.get(roots.size() - 1) != root) {
            roots.add(root); // once per cluster: a name repeating a word must not grow the list
          }
        }
      }
    }
    for (Cand c : cands) {
      Deadline.check();
      if (c.b - c.a != 1 || cl.hasGaz(uf.find(c.index)) || c.nonPersonEvidence()) {
        continue;
      }
      List<Integer> targets = alias.get(d.lower(c.a));
      if (targets == null || targets.contains(uf.find(c.index))) {
        continue;
      }
      int target = nearestBefore(cl, targets, d.start(c.a), d);
      uf.union(target, c.index);
    }
    cl = new Clusters(cands, uf);

    // Keep confirmed clusters with a type.
    List<Cand> kept = new ArrayList<>();
    for (Cand c : cands) {
      Deadline.check();
      int r = uf.find(c.index);
      if (cl.confirmed(r) && cl.type(r) != null) {
        kept.add(c);
      }
    }
    // Document consistency: every other occurrence of a kept name (or of a person's name word).
    PhraseTable<Integer> known = new PhraseTable<>();
    for (Cand c : kept) {
      known.putIfAbsent(d.surface(c.a, c.b), uf.find(c.index));
    }
    for (Map.Entry<String, List<Integer>> e : alias.entrySet()) {
      int target = e.getValue().get(0);
      if (cl.confirmed(uf.find(target))) {
        known.putIfAbsent(e.getKey(), uf.find(target));
      }
    }
    for (Cand c : kept) {
      for (int k = c.a; k < c.b; k++) {
        d.coveredBy[k] = c.index;
      }
    }
    List<Cand> added = new ArrayList<>();
    Map<Cand, Integer> linkAdded = new java.util.IdentityHashMap<>();
    int i = 0;
    while (i < d.n) {
      boolean lowerOk = d.lowerTitle[d.parOf[i]];
      if (d.coveredBy[i] >= 0
          || !(d.isNameToken(i) || (lowerOk && d.tokens.get(i).kind() == Token.Kind.WORD))) {
        i++;
        continue;
      }
      int limit = i;
      while (limit < d.n && d.sameSentence(i, limit) && d.coveredBy[limit] < 0) {
        limit++;
      }
      int e = known.longest(d.text, d.tokens, i, limit);
      if (e > i
          && (e == d.n
              || !d.isNameToken(e)
              || d.coveredBy[e] >= 0
              || !d.sameSentence(i, e)
              || lowerOk)
          && (i == 0
              || !d.isNameToken(i - 1)
              || !d.sameSentence(i - 1, i)
              || d.coveredBy[i - 1] >= 0)) {
        Integer root = known.valueOf(d.tokens, i, e, false);
        if (root != null) {
          Cand c = new Cand(i, e);
          c.index = -1;
          added.add(c);
          linkAdded.put(c, root);
          for (int k = i; k < e; k++) {
            d.coveredBy[k] = Integer.MAX_VALUE;
          }
          i = e;
          continue;
        }
      }
      i++;
    }
    // Build entities.
    Map<Integer, List<Cand>> groups = new HashMap<>();
    for (Cand c : kept) {
      groups.computeIfAbsent(uf.find(c.index), x -> new ArrayList<>()).add(c);
    }
    for (Cand c : added) {
      groups.computeIfAbsent(linkAdded.get(c), x -> new ArrayList<>()).add(c);
    }
    List<Entity> out = new ArrayList<>();
    List<Map.Entry<Integer, List<Cand>>> entries = new ArrayList<>(groups.entrySet());
    for (Map.Entry<Integer, List<Cand>> e : entries) {
      e.getValue().sort(Comparator.comparingInt(c -> c.a));
    }
    entries.sort(Comparator.comparingInt(e -> e.getValue().get(0).a));
    int id = 1;
    for (Map.Entry<Integer, List<Cand>> e : entries) {
      EntityType type = cl.type(e.getKey());
      Cand full = cl.fullest(e.getKey(), d);
      List<Mention> mentions = new ArrayList<>();
      for (Cand c : e.getValue()) {
        mentions.add(Mention.of(d.text, d.start(c.a), d.end(c.b - 1)));
      }
      out.add(new Entity("e" + id++, type, d.surface(full.a, full.b), mentions));
    }
    return out;
  }

  /** The administrative prefix of a region mention, lower case without dots: "kab", "kota". */
  private String regionPrefix(Doc d, Cand c) {
    int h = d.longestWord(c.a, c.b, WordClass.REGION_HEAD);
    return PhraseTable.normalize(d.surface(c.a, h)).replace(".", "");
  }

  private static int nearestBefore(Clusters cl, List<Integer> roots, int pos, Doc d) {
    int best = -1;
    int bestStart = -1;
    for (int r : roots) {
      int s = d.start(cl.first(r).a);
      if (s < pos && s > bestStart) {
        best = r;
        bestStart = s;
      }
    }
    return best >= 0 ? best : roots.get(0);
  }

  /** Cluster views over candidates grouped by a union-find. */
  private static final class Clusters {
    final List<Cand> cands;
    final UnionFind uf;
    final Map<Integer, List<Cand>> members = new HashMap<>();
    final Map<Integer, Cand> firstByRoot = new HashMap<>();
    final Map<Integer, Cand> fullestByRoot = new HashMap<>();
    final Map<Integer, EntityType> typeByRoot = new HashMap<>();
    final Map<Integer, Boolean> confirmedByRoot = new HashMap<>();
    final Map<Integer, Boolean> gazByRoot = new HashMap<>();

    Clusters(List<Cand> cands, UnionFind uf) {
      this.cands = cands;
      this.uf = uf;
      for (Cand c : cands) {
        members.computeIfAbsent(uf.find(c.index), x -> new ArrayList<>()).add(c);
      }
    }

    Set<Integer> roots() {
      return members.keySet();
    }

    List<Cand> of(int root) {
      return members.getOrDefault(uf.find(root), List.of());
    }

    /*
     * Cluster properties are cached by the cluster's key: the members of a key never change once
     * the view is built, and asking for them once per candidate was quadratic on text where one
     * cluster holds thousands of mentions (a run of capitalised words).
     */
    EntityType type(int root) {
      int key = uf.find(root);
      if (typeByRoot.containsKey(key)) {
        return typeByRoot.get(key);
      }
      EntityType t = computeType(key);
      typeByRoot.put(key, t);
      return t;
    }

    boolean confirmed(int root) {
      return confirmedByRoot.computeIfAbsent(uf.find(root), this::computeConfirmed);
    }

    boolean hasGaz(int root) {
      return gazByRoot.computeIfAbsent(uf.find(root), this::computeHasGaz);
    }

    private EntityType computeType(int root) {
      double[] v = new double[TYPES.length];
      for (Cand c : of(root)) {
        for (int t = 0; t < v.length; t++) {
          v[t] += c.votes[t] + c.modelVotes[t];
        }
      }
      int bi = -1;
      double bw = 0;
      for (int t = 0; t < v.length; t++) {
        if (v[t] > bw) {
          bw = v[t];
          bi = t;
        }
      }
      return bi < 0 ? null : TYPES[bi];
    }

    private boolean computeConfirmed(int root) {
      for (Cand c : of(root)) {
        if (!c.needsConfirm) {
          return true;
        }
      }
      return false;
    }

    private boolean computeHasGaz(int root) {
      for (Cand c : of(root)) {
        if (c.gaz) {
          return true;
        }
      }
      return false;
    }

    /**
     * The earliest member, cached per cluster: alias resolution asks for it once per candidate and
     * target, which was quadratic on long texts full of capitalised words.
     */
    Cand first(int root) {
      return firstByRoot.computeIfAbsent(
          uf.find(root),
          r ->
              members.getOrDefault(r, List.of()).stream()
                  .min(Comparator.comparingInt(c -> c.a))
                  .orElseThrow());
    }

    /** The fullest mention: most tokens, then most characters, then earliest. */
    Cand fullest(int root, Doc d) {
      return fullestByRoot.computeIfAbsent(uf.find(root), r -> computeFullest(r, d));
    }

    private Cand computeFullest(int root, Doc d) {
      Cand best = null;
      for (Cand c : of(root)) {
        if (best == null) {
          best = c;
          continue;
        }
        int tc = c.b - c.a;
        int tb = best.b - best.a;
        int lc = d.end(c.b - 1) - d.start(c.a);
        int lb = d.end(best.b - 1) - d.start(best.a);
        if (tc > tb || (tc == tb && lc > lb) || (tc == tb && lc == lb && c.a < best.a)) {
          best = c;
        }
      }
      return best;
    }
  }

  private static final class UnionFind {
    final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        // the earlier candidate stays the root so that roots are stable
        if (ra < rb) {
          parent[rb] = ra;
        } else {
          parent[ra] = rb;
        }
      }
    }
  }
}
