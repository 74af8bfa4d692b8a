package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warta.model.CharSpan;
import org.warta.model.Quote;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds direct quotes ({@link QuoteMarks}) and their speakers from reporting patterns whose words
 * come from a {@link CueLexicon}.
 *
 * <p>The speaker of a quotation is looked for, in this order:
 *
 * <ol>
 *   <li>after it: {@code "…," kata X} / {@code ujar X} / {@code menurut X} / {@code "…," X
 *       menambahkan}; {@code "…," ujarnya} and {@code kata dia} resolve the pronoun; {@code lapor
 *       KCNA mengutip perkataan Kim} gives Kim (channel KCNA);
 *   <li>before it in the same sentence: {@code X mengatakan, "…"}, {@code X menyatakan: "…"},
 *       {@code menurut X, "…"}, and a speech verb earlier in the sentence ({@code Kim mengatakan ia
 *       dipenuhi "kesedihan"});
 *   <li>for a quotation that opens a sentence only: the subject of a speech verb in the previous
 *       sentence ({@code Agus mengatakan … . "…"}), the speaker of the quotation just before it, or
 *       the last person named in the same or the previous paragraph.
 * </ol>
 *
 * <p>The speaker is an entity id when the phrase names an entity (the last person in it, since
 * titles precede names), and {@code speakerText} is the speaker as written: the mention ({@code
 * Kim}), the pronoun ({@code dia}, {@code ujarnya}) or the phrase ({@code media pemerintah}).
 *
 * <p>Design decision: short scare quotes ({@code "kesedihan"}) are quotes like any other and get a
 * speaker only through the same patterns; {@code "dukacita yang mendalam," menurut media
 * pemerintah} is attributed to {@code media pemerintah}, the source the text names, not to the
 * person who presumably said the words.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteStage implements Stage {
  private final CueLexicon cues;

  public QuoteStage(CueLexicon cues) {
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  @Override
  public String name() {
    return "quote";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(Layers.QUOTES, find(ReportingContext.of(article, cues)));
  }

  /** The quotes of the article behind {@code ctx}; also marks them as quoted in {@code ctx}. */
  public List<Quote> find(ReportingContext ctx) {
    String text = ctx.text();
    List<QuoteMarks.Segment> segments = QuoteMarks.find(text, ctx.paragraphs());
    for (QuoteMarks.Segment s : segments) {
      ctx.addQuoted(s.open(), s.close() >= 0 ? s.close() + 1 : s.end());
    }
    List<List<QuoteMarks.Segment>> groups = new ArrayList<>();
    for (QuoteMarks.Segment s : segments) {
      if (groups.isEmpty() || groups.get(groups.size() - 1).get(0).group() != s.group()) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(s);
    }
    // Speech verbs in narrative and quotations, in text order, so pronouns see earlier speakers.
    List<int[]> anchors = new ArrayList<>(); // {pos, kind(0 verb, 1 group), index}
    List<Word> words = ctx.words();
    for (int i = 0; i < words.size(); i++) {
      Deadline.check();
      Word w = words.get(i);
      if (w.isWord() && !ctx.inQuote(w.start()) && cues.is(words, i, CueRole.SAY_VERB)) {
        anchors.add(new int[] {w.start(), 0, i});
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      anchors.add(new int[] {groups.get(g).get(0).open(), 1, g});
    }
    anchors.sort(Comparator.comparingInt(a -> a[0]));

    List<Quote> quotes = new ArrayList<>();
    Speaker previous = null;
    int previousEnd = -1;
    for (int[] anchor : anchors) {
      Deadline.check();
      if (anchor[1] == 0) {
        int v = anchor[2];
        ctx.recordSpeaker(anchor[0], ctx.subjectBefore(v, ctx.sentenceStartWord(anchor[0])));
        continue;
      }
      List<QuoteMarks.Segment> group = groups.get(anchor[2]);
      Speaker speaker = speakerOf(ctx, group, previous, previousEnd);
      ctx.recordSpeaker(anchor[0], speaker);
      for (QuoteMarks.Segment s : group) {
        quotes.add(
            new Quote(
                "q" + (quotes.size() + 1),
                text.substring(s.start(), s.end()),
                s.start(),
                s.end(),
                speaker == null ? null : speaker.entity(),
                speaker == null ? null : speaker.text()));
      }
      QuoteMarks.Segment last = group.get(group.size() - 1);
      previous = speaker;
      previousEnd = last.close() >= 0 ? last.close() + 1 : last.end();
    }
    return List.copyOf(quotes);
  }

  private Speaker speakerOf(
      ReportingContext ctx, List<QuoteMarks.Segment> group, Speaker previous, int previousEnd) {
    QuoteMarks.Segment first = group.get(0);
    QuoteMarks.Segment last = group.get(group.size() - 1);
    Speaker s = last.close() >= 0 ? after(ctx, last.close()) : null;
    if (s == null) {
      s = before(ctx, first.open());
    }
    if (s == null && opensSentence(ctx, first.open())) {
      s = previousSentence(ctx, first.open());
      if (s == null && previous != null && sameOrNextParagraph(ctx, previousEnd, first.open())) {
        s = previous;
      }
      if (s == null) {
        s = lastPersonNearby(ctx, first.open());
      }
    }
    return s;
  }

  /** {@code "…," kata X}, {@code "…," ujarnya}, {@code "…," menurut X}, {@code "…," X berkata}. */
  private Speaker after(ReportingContext ctx, int close) {
    List<Word> words = ctx.words();
    int limit = ctx.paragraphEndWord(close);
    int k = ctx.wordAt(close + 1);
    if (k < limit && words.get(k).is(',')) {
      k++;
    }
    if (k >= limit || !words.get(k).isWord()) {
      return null;
    }
    CueLexicon.Match m = cues.match(words, k, CueRole.SAY_AFTER);
    if (m == null) {
      m = cues.match(words, k, CueRole.ACCORDING);
    }
    if (m != null) {
      return ctx.speakerOf(m.end(), ctx.phraseEnd(m.end(), limit));
    }
    if (cues.is(words, k, CueRole.SAY_AFTER_NYA) || cues.is(words, k, CueRole.ACCORDING_NYA)) {
      return ctx.pronoun(words.get(k));
    }
    // inverted: "…," Agus menambahkan.
    for (int v = k + 1; v < Math.min(limit, k + 7); v++) {
      Word w = words.get(v);
      if (!w.isWord()) {
        break;
      }
      if (cues.is(words, v, CueRole.SAY_VERB)) {
        return ctx.speakerOf(k, v);
      }
    }
    return null;
  }

  /**
   * {@code X mengatakan, "…"}, {@code menurut X, "…"}, or a speech verb earlier in the sentence.
   */
  private Speaker before(ReportingContext ctx, int open) {
    List<Word> words = ctx.words();
    int sentStart = ctx.sentenceStartWord(open);
    int paraStart = ctx.wordAt(ctx.paragraphs().get(ctx.paragraphIndex(open)).start());
    int k = ctx.wordAt(open) - 1;
    int from = Math.max(Math.max(sentStart, paraStart), k - ReportingContext.MAX_LOOKBACK_WORDS);
    for (int i = k; i >= from; i--) {
      Word w = words.get(i);
      if (!w.isWord() || ctx.inQuote(w.start())) {
        continue;
      }
      if (cues.is(words, i, CueRole.SAY_VERB)) {
        return ctx.subjectBefore(i, from);
      }
      CueLexicon.Match acc = cues.match(words, i, CueRole.ACCORDING);
      if (acc != null) {
        return ctx.speakerOf(acc.end(), ctx.phraseEnd(acc.end(), k + 1));
      }
      if (cues.is(words, i, CueRole.ACCORDING_NYA)) {
        return ctx.pronoun(w);
      }
    }
    return null;
  }

  private static boolean opensSentence(ReportingContext ctx, int open) {
    int k = ctx.wordAt(open);
    int start = ctx.sentenceStartWord(open);
    int paraStart = ctx.wordAt(ctx.paragraphs().get(ctx.paragraphIndex(open)).start());
    if (k <= start || k <= paraStart) {
      return true;
    }
    Word prev = ctx.words().get(k - 1);
    return prev.is('.') || prev.is('!') || prev.is('?') || prev.is(':');
  }

  /** The subject of the last speech verb (outside quotes) in the sentence before {@code open}. */
  private Speaker previousSentence(ReportingContext ctx, int open) {
    List<Word> words = ctx.words();
    int start = ctx.wordAt(open);
    if (start == 0) {
      return null;
    }
    int prevWordPos = words.get(start - 1).start();
    if (ctx.paragraphIndex(open) - ctx.paragraphIndex(prevWordPos) > 1) {
      return null;
    }
    int from =
        Math.max(ctx.sentenceStartWord(prevWordPos), start - ReportingContext.MAX_LOOKBACK_WORDS);
    for (int i = start - 1; i >= from; i--) {
      Word w = words.get(i);
      if (ctx.inQuote(w.start())) {
        return null;
      }
      if (w.isWord() && cues.is(words, i, CueRole.SAY_VERB)) {
        return ctx.subjectBefore(i, from);
      }
    }
    return null;
  }

  private static boolean sameOrNextParagraph(ReportingContext ctx, int previousEnd, int open) {
    if (previousEnd < 0) {
      return false;
    }
    int d = ctx.paragraphIndex(open) - ctx.paragraphIndex(Math.max(0, previousEnd - 1));
    return d >= 0 && d <= 1;
  }

  /** The last person named (outside quotes) in this or the previous paragraph. */
  private static Speaker lastPersonNearby(ReportingContext ctx, int open) {
    int pi = ctx.paragraphIndex(open);
    List<CharSpan> paras = ctx.paragraphs();
    int from = paras.isEmpty() ? 0 : paras.get(Math.max(0, pi - 1)).start();
    EntityIndex.Ref best = null;
    for (EntityIndex.Ref r : ctx.entities().overlapping(from, open)) {
      if (r.isPerson() && r.end() <= open && !ctx.inQuote(r.start())) {
        best = r;
      }
    }
    return best == null
        ? null
        : new Speaker(best.entity(), best.mention().text(), best.start(), null, null);
  }
}
