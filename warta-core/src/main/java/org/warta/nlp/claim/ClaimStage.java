package org.warta.nlp.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warta.model.CharSpan;
import org.warta.model.Claim;
import org.warta.model.ClaimSource;
import org.warta.model.Mention;
import org.warta.model.Modality;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Sentence;
import org.warta.model.Spanned;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;
import org.warta.nlp.quote.CueLexicon;
import org.warta.nlp.quote.CueRole;
import org.warta.nlp.quote.ReportingContext;
import org.warta.nlp.quote.Speaker;
import org.warta.nlp.quote.Word;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds claims — statements of fact or figure — with their source and modality.
 *
 * <p><b>Unit.</b> A claim is a clause: a sentence, split where a comma or semicolon is followed by
 * a clause cue ({@code namun}, {@code sedangkan}, {@code seraya}…), so that {@code pejabat Barat
 * mengatakan … 1.000 …, namun estimasi yang lebih mutakhir menyebutkan … 600 orang} gives two
 * claims with two sources. The span is the whole clause, attribution included (design decision: the
 * complement after {@code bahwa} is not always marked, and the clause keeps the cue and the source
 * visible in the span); trailing punctuation is left out.
 *
 * <p><b>Which clauses.</b> Design decision, to keep the layer useful rather than exhaustive: a
 * clause is a claim when it states a figure (a quantity lies inside it), carries an attribution or
 * modality cue, or is direct speech (mostly inside a quote: a quoted statement is a reported claim
 * of the quote's speaker). Plain narrative without figures or cues is left out; titles too
 * (headlines restate body claims in telegraphic form).
 *
 * <p><b>Source.</b> The outermost attribution outside quotes, in text order: the subject of a
 * speech or belief verb ({@code Korea Selatan meyakini bahwa …}), the phrase after {@code menurut}
 * or after a post-posed {@code kata}/{@code ujar}, the agent of a passive ({@code diumumkan oleh
 * X}), the speaker after {@code mengutip}; then the speaker of the quote the clause is in; then a
 * bare channel ({@code dilansir AFP}). Channels ({@code kepada BBC}, {@code seperti dilansir AFP})
 * are kept beside the source. No attribution: source null, the article's own voice.
 *
 * <p><b>Modality.</b> Design decision: a reporting cue makes the claim {@code reported}, but when a
 * belief, estimate, possibility, plan or denial cue also applies, the inner modality wins ({@code
 * pejabat Barat mengatakan kepada BBC mereka yakin …} is {@code believed}); among several such cues
 * the first (outermost) one. {@code dapat} and {@code bisa} alone are not cues (mostly ability, not
 * hedging). Without any cue the claim is {@code asserted}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimStage implements Stage {
  private final CueLexicon cues;

  public ClaimStage(CueLexicon cues) {
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  @Override
  public String name() {
    return "claim";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(
        Layers.SENTENCES, Layers.ENTITIES, Layers.QUANTITIES, Layers.TIMES, Layers.QUOTES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.CLAIMS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    ReportingContext ctx = ReportingContext.of(article, cues);
    List<Quote> quotes = byStart(article.find(Layers.QUOTES).orElse(List.of()));
    List<Quantity> quantities = byStart(article.find(Layers.QUANTITIES).orElse(List.of()));
    List<TimeExpression> times = byStart(article.find(Layers.TIMES).orElse(List.of()));
    article.put(Layers.CLAIMS, find(ctx, quotes, quantities, times));
  }

  private static <T extends Spanned> List<T> byStart(List<T> spans) {
    List<T> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Spanned::start));
    return sorted;
  }

  /** The claims of the article behind {@code ctx}; the span lists must be ordered by start. */
  public List<Claim> find(
      ReportingContext ctx,
      List<Quote> quotes,
      List<Quantity> quantities,
      List<TimeExpression> times) {
    String text = ctx.text();
    for (Quote q : quotes) {
      int s = Math.max(0, q.start() - 1);
      int e = Math.min(text.length(), q.end() + 1);
      ctx.addQuoted(s, e);
    }
    List<Word> words = ctx.words();
    List<CharSpan> paras = ctx.paragraphs();
    int bodyStart = paras.size() > 1 ? paras.get(1).start() : 0;
    List<Claim> claims = new ArrayList<>();
    int qi = 0;
    for (Sentence sentence : ctx.sentences()) {
      Deadline.check();
      if (sentence.start() < bodyStart || isHeadline(ctx, sentence, paras)) {
        continue;
      }
      int ws = ctx.wordAt(sentence.start());
      int we = ctx.wordAt(sentence.end());
      // speakers of quotes before this sentence are known for pronouns
      while (qi < quotes.size() && quotes.get(qi).start() < sentence.start()) {
        Quote q = quotes.get(qi++);
        if (q.speaker() != null) {
          ctx.recordSpeaker(
              q.start(),
              new Speaker(
                  q.speaker(), Objects.toString(q.speakerText(), ""), q.start(), null, null));
        }
      }
      int cs = ws;
      Speaker[] lastSource = new Speaker[2];
      int inherit = 0;
      for (int i = ws; i <= we; i++) {
        boolean sameSubject = i < we - 1 && i > cs && cues.is(words, i + 1, CueRole.CLAUSE_SAME);
        boolean split =
            i == we
                || (i > cs
                    && i + 1 < we
                    && (words.get(i).is(',') || words.get(i).is(';'))
                    && !ctx.inQuote(words.get(i).start())
                    && !cues.is(words, i - 1, CueRole.SAY_VERB)
                    && (sameSubject || cues.is(words, i + 1, CueRole.CLAUSE)));
        if (!split) {
          continue;
        }
        Speaker inherited = inherit == 1 ? lastSource[0] : inherit == 2 ? lastSource[1] : null;
        lastSource[0] = null;
        lastSource[1] = null;
        Claim c =
            clause(
                ctx,
                cs,
                i,
                quotes,
                quantities,
                times,
                claims.size() + 1,
                inherited,
                inherit == 2,
                lastSource);
        if (c != null) {
          claims.add(c);
        }
        inherit = i == we ? 0 : sameSubject ? 1 : 2;
        cs = i + 1;
      }
    }
    return List.copyOf(claims);
  }

  private Claim clause(
      ReportingContext ctx,
      int cs,
      int ce,
      List<Quote> quotes,
      List<Quantity> quantities,
      List<TimeExpression> times,
      int number,
      Speaker inherited,
      boolean inheritedReport,
      Speaker[] sourceOut) {
    List<Word> words = ctx.words();
    while (cs < ce && !words.get(cs).isWord() && words.get(cs).kind() != Word.Kind.QUOTE) {
      cs++;
    }
    while (ce > cs
        && !words.get(ce - 1).isWord()
        && words.get(ce - 1).kind() != Word.Kind.QUOTE
        && !words.get(ce - 1).is(')')) {
      ce--;
    }
    if (cs > 0 && cs < ce && (words.get(cs - 1).is(',') || words.get(cs - 1).is(';'))) {
      CueLexicon.Match conj = cues.match(words, cs, CueRole.CLAUSE);
      if (conj == null) {
        conj = cues.match(words, cs, CueRole.CLAUSE_SAME);
      }
      if (conj != null && conj.end() < ce) {
        cs = conj.end();
      }
    }
    if (cs >= ce) {
      return null;
    }
    int start = words.get(cs).start();
    int end = words.get(ce - 1).end();

    Speaker source = null;
    Speaker adjunctSource = null;
    Speaker channel = null;
    Mention attributionCue = null;
    Modality inner = null;
    Mention innerCue = null;
    Modality nounModality = null;
    Mention nounCue = null;
    boolean reported = false;
    int quotedWords = 0;
    int allWords = 0;
    for (int i = cs; i < ce; i++) {
      Deadline.check();
      Word w = words.get(i);
      if (!w.isWord()) {
        continue;
      }
      allWords++;
      boolean inQuote = ctx.inQuote(w.start());
      if (inQuote) {
        quotedWords++;
      }
      for (CueLexicon.Match m : cues.matchesAt(words, i)) {
        Modality mod = m.modality();
        Mention cueSpan = Mention.of(ctx.text(), w.start(), words.get(m.end() - 1).end());
        if (mod != null
            && mod != Modality.REPORTED
            && inner == null
            && countsAsModal(m, words, i)) {
          if (m.role() == CueRole.NOUN) {
            if (nounModality == null) {
              nounModality = mod;
              nounCue = cueSpan;
            }
          } else {
            inner = mod;
            innerCue = cueSpan;
          }
        }
        if (inQuote) {
          continue;
        }
        Speaker found = null;
        boolean attribution = false;
        switch (m.role()) {
          case SAY_VERB -> {
            attribution = true;
            found = ctx.subjectBefore(i, cs);
            CueLexicon.Match ch = cues.match(words, m.end(), CueRole.CHANNEL);
            if (ch != null && channel == null) {
              channel = ctx.channelAt(ch.end(), ce);
            }
          }
          case SAY_AFTER -> {
            boolean afterQuote = i > cs && words.get(i - 1).kind() == Word.Kind.QUOTE;
            if (afterCommaOrQuote(words, i, cs) && (afterQuote || startsName(ctx, m.end(), ce))) {
              attribution = true;
              found = ctx.speakerOf(m.end(), ctx.phraseEnd(m.end(), ce));
            }
          }
          case SAY_AFTER_NYA -> {
            if (afterCommaOrQuote(words, i, cs)) {
              attribution = true;
              found = ctx.pronoun(w);
            }
          }
          case ACCORDING -> {
            attribution = true;
            found = ctx.speakerOf(m.end(), ctx.phraseEnd(m.end(), ce));
          }
          case ACCORDING_NYA -> {
            attribution = true;
            found = ctx.pronoun(w);
          }
          case PASSIVE -> {
            attribution = mod == Modality.REPORTED;
            int k = m.end();
            if (k < ce && cues.is(words, k, CueRole.AGENT)) {
              found = ctx.speakerOf(k + 1, ctx.phraseEnd(k + 1, ce));
            } else if (k < ce && words.get(k).isWord() && words.get(k).capitalized()) {
              // "Disebutkan Arriola bahwa …": a name right after the verb, then "bahwa" or a comma
              int pe = k;
              while (pe < ce && words.get(pe).isWord() && words.get(pe).capitalized()) {
                pe++;
              }
              boolean agentLike =
                  pe < ce && (words.get(pe).is(',') || cues.is(words, pe, CueRole.THAT));
              Speaker named = agentLike ? ctx.speakerOf(k, pe) : null;
              found = named != null && named.entity() != null ? named : null;
            }
          }
          case CHANNEL -> {
            if (mod != null && channel == null) {
              attribution = true;
              channel = ctx.channelAt(m.end(), ce);
            }
          }
          case QUOTING -> {
            attribution = true;
            Speaker before = ctx.subjectBefore(i, cs);
            found = ctx.speakerOf(m.end(), ctx.phraseEnd(m.end(), ce));
            if (found != null) {
              found = found.withChannel(before);
            } else {
              found = before;
            }
          }
          default -> {}
        }
        if (attribution) {
          reported = true;
          if (attributionCue == null) {
            attributionCue = cueSpan;
          }
        }
        // parenthetical attributions (", menurut X", "Menurut dia, …", ", kata X") outrank the
        // subject of a verb; "X merilis berdasarkan data …" keeps X
        boolean parenthetical =
            i == cs || words.get(i - 1).is(',') || words.get(i - 1).kind() == Word.Kind.QUOTE;
        boolean adjunct =
            ((m.role() == CueRole.ACCORDING || m.role() == CueRole.ACCORDING_NYA) && parenthetical)
                || m.role() == CueRole.SAY_AFTER
                || m.role() == CueRole.SAY_AFTER_NYA;
        if (found != null && adjunct && adjunctSource == null) {
          adjunctSource = found;
          ctx.recordSpeaker(w.start(), found);
        } else if (found != null && source == null) {
          source = found;
          ctx.recordSpeaker(w.start(), found);
        }
      }
    }
    if (adjunctSource != null) {
      source = adjunctSource;
    }
    if (source == null && inherited != null) {
      // "X menyebut A, namun B": B is still X's; "X berjanji …, seraya …": same subject
      source = inherited;
      reported |= inheritedReport;
    }
    sourceOut[0] = source;
    boolean subordinate = cues.is(words, cs, CueRole.SUBORDINATOR);
    sourceOut[1] = reported && !subordinate ? source : null;
    boolean quoted = allWords > 0 && quotedWords * 2 >= allWords;
    if (source == null && quoted) {
      Quote q = quoteAt(within(quotes, start, end), start, end);
      if (q != null && q.speaker() != null || q != null && q.speakerText() != null) {
        source =
            new Speaker(q.speaker(), Objects.toString(q.speakerText(), ""), q.start(), null, null);
      }
    }
    if (source == null && channel != null) {
      source = channel;
      channel = null;
    } else if (source != null && channel != null) {
      source = source.withChannel(channel);
    }
    List<String> qids = new ArrayList<>();
    for (Quantity q : within(quantities, start, end)) {
      if (q.start() >= start && q.end() <= end) {
        qids.add(q.id());
      }
    }
    boolean figure = !qids.isEmpty();
    List<String> tids = new ArrayList<>();
    for (TimeExpression t : within(times, start, end)) {
      if (t.start() >= start && t.end() <= end) {
        tids.add(t.id());
      }
    }
    for (TimeExpression t : within(times, start, end)) {
      // a duration is a figure when it is specific: "tiga bulan" (P3M), not "beberapa hari" (PXD)
      if (t.type() == TimeType.DURATION
          && t.value() != null
          && t.value().indexOf('X') < 0
          && t.start() >= start
          && t.end() <= end) {
        figure = true;
      }
    }
    if (inner == null && nounModality != null && (figure || reported)) {
      // an estimate noun only hedges when there is a figure or a report: "estimasi … menyebutkan
      // 600 orang", not "taksiran kerugian masih dilakukan"
      inner = nounModality;
      innerCue = nounCue;
    }
    Modality modality;
    Mention cue;
    if (inner != null) {
      modality = inner;
      cue = innerCue;
    } else if (reported || quoted) {
      modality = Modality.REPORTED;
      cue = attributionCue;
    } else {
      modality = Modality.ASSERTED;
      cue = null;
    }
    if (modality == Modality.ASSERTED && !figure) {
      return null;
    }
    if (source != null && source.text().isBlank()) {
      source = null;
    }
    ClaimSource claimSource =
        source == null
            ? null
            : new ClaimSource(
                source.entity(), source.text(), source.channelEntity(), source.channelText());
    return new Claim(
        "c" + number,
        ctx.text().substring(start, end),
        start,
        end,
        claimSource,
        modality,
        cue,
        qids,
        tids);
  }

  /**
   * Whether {@code sentence} is a whole paragraph that looks like a headline or sub-heading (no
   * final punctuation, most words capitalised: {@code Demo dan Ricuh Terus Berlanjut}, related
   * article titles left in by the cleaner); those restate or advertise, they are not claims.
   */
  private static boolean isHeadline(ReportingContext ctx, Sentence sentence, List<CharSpan> paras) {
    CharSpan para = paras.get(ctx.paragraphIndex(sentence.start()));
    String text = ctx.text();
    if (para.start() < sentence.start() - 1 || sentence.end() < para.end() - 1) {
      return false;
    }
    int e = Math.min(para.end(), text.length());
    while (e > para.start() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == para.start() || ".!?\"\u201D:".indexOf(text.charAt(e - 1)) >= 0) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Word w : ctx.words().subList(ctx.wordAt(para.start()), ctx.wordAt(e))) {
      if (w.isWord() && Character.isLetter(w.lower().charAt(0))) {
        words++;
        if (w.capitalized()) {
          capitalised++;
        }
      }
    }
    return words >= 2 && capitalised * 5 >= words * 3;
  }

  /** Channel cues ({@code dilansir}) only attribute; every other cue with a modality counts. */
  private static boolean countsAsModal(CueLexicon.Match m, List<Word> words, int i) {
    return m.role() != CueRole.CHANNEL && m.role() != CueRole.QUOTING;
  }

  private static boolean afterCommaOrQuote(List<Word> words, int i, int cs) {
    if (i == cs) {
      return true;
    }
    Word prev = words.get(i - 1);
    return prev.is(',') || prev.kind() == Word.Kind.QUOTE;
  }

  private boolean startsName(ReportingContext ctx, int k, int ce) {
    if (k >= ce || !ctx.words().get(k).isWord()) {
      return false;
    }
    return ctx.words().get(k).capitalized() || cues.is(ctx.words(), k, CueRole.PRONOUN);
  }

  /**
   * The spans of {@code sorted} (ordered by start) that start before {@code end} and end after
   * {@code start}; a binary search, so claims stay linear on huge inputs. Spans are short, so the
   * search backs off a few entries for one that started earlier and still overlaps.
   */
  static <T extends Spanned> List<T> within(List<T> sorted, int start, int end) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int from = lo;
    while (from > 0 && lo - from < 8 && sorted.get(from - 1).end() > start) {
      from--;
    }
    int to = lo;
    while (to < sorted.size() && sorted.get(to).start() < end) {
      to++;
    }
    return sorted.subList(from, to);
  }

  private static Quote quoteAt(List<Quote> quotes, int start, int end) {
    Quote best = null;
    int bestOverlap = 0;
    for (Quote q : quotes) {
      int o = Math.min(end, q.end()) - Math.max(start, q.start());
      if (o > bestOverlap) {
        bestOverlap = o;
        best = q;
      }
    }
    return best;
  }
}
