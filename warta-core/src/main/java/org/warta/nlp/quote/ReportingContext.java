package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.CharSpan;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Sentence;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Paragraphs;

/**
 * Per-article working state shared by the quote and claim rules: the words of the text, sentence
 * and paragraph lookup, the entity mentions, the quoted regions and the speakers met so far (for
 * pronouns). Created inside {@code process}, used by one thread, then dropped.
 *
 * <p>The phrase rules are the language-neutral core of attribution; which words open, end or modify
 * a phrase comes from the {@link CueLexicon}.
 */
public final class ReportingContext {
  private static final int MAX_PHRASE_WORDS = 12;
  private static final int MAX_SUBJECT_WORDS = 10;
  private static final int SUBJECT_POSITION_WORDS = 4;

  /** How far back (in words) the rules look for a verb or subject: keeps them linear on garbage. */
  public static final int MAX_LOOKBACK_WORDS = 60;

  private final String text;
  private final CueLexicon cues;
  private final List<Word> words;
  private final EntityIndex entities;
  private final Map<String, EntityType> typeById = new HashMap<>();
  private final List<CharSpan> paragraphs;
  private final List<Sentence> sentences;
  private final List<CharSpan> quoted = new ArrayList<>();
  private List<EntityIndex.Ref> personsOutsideQuotes;
  private final List<int[]> speakerEvents = new ArrayList<>(); // {pos, index into speakerIds}
  private final List<String> speakerIds = new ArrayList<>();

  private ReportingContext(
      String text,
      CueLexicon cues,
      List<Entity> entities,
      List<CharSpan> paragraphs,
      List<Sentence> sentences) {
    this.text = text;
    this.cues = cues;
    this.words = Words.scan(text, 0, text.length());
    this.entities = new EntityIndex(entities);
    for (Entity e : entities) {
      typeById.put(e.id(), e.type());
    }
    this.paragraphs = paragraphs.isEmpty() ? Paragraphs.split(text) : paragraphs;
    this.sentences = sentences.isEmpty() ? fallbackSentences(text, this.paragraphs) : sentences;
  }

  /** The context of {@code article}; layers that are absent count as empty. */
  public static ReportingContext of(AnnotatedArticle article, CueLexicon cues) {
    return new ReportingContext(
        article.text(),
        cues,
        article.find(Layers.ENTITIES).orElse(List.of()),
        article.find(Layers.PARAGRAPHS).orElse(List.of()),
        article.find(Layers.SENTENCES).orElse(List.of()));
  }

  public String text() {
    return text;
  }

  public CueLexicon cues() {
    return cues;
  }

  public List<Word> words() {
    return words;
  }

  public EntityIndex entities() {
    return entities;
  }

  public List<CharSpan> paragraphs() {
    return paragraphs;
  }

  /**
   * The sentences of the article: the SENTENCES layer, or, when that layer is empty for a non-empty
   * text, a simple split at sentence punctuation followed by a capital or quote mark.
   */
  public List<Sentence> sentences() {
    return sentences;
  }

  // ---------------------------------------------------------------- positions

  /** Index of the first word that starts at or after {@code pos} ({@code words.size()} if none). */
  public int wordAt(int pos) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the sentence containing {@code pos}, or of the last sentence starting before it. */
  public int sentenceIndex(int pos) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= pos) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  /** Index of the paragraph containing {@code pos}, or of the last one starting before it. */
  public int paragraphIndex(int pos) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    int ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).start() <= pos) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  /** Word index where the paragraph containing {@code pos} ends (exclusive). */
  public int paragraphEndWord(int pos) {
    if (paragraphs.isEmpty()) {
      return words.size();
    }
    return wordAt(paragraphs.get(paragraphIndex(pos)).end());
  }

  /** Word index where the sentence containing {@code pos} starts. */
  public int sentenceStartWord(int pos) {
    if (sentences.isEmpty()) {
      return 0;
    }
    return wordAt(sentences.get(sentenceIndex(pos)).start());
  }

  /** Word index where the sentence containing {@code pos} ends (exclusive). */
  public int sentenceEndWord(int pos) {
    if (sentences.isEmpty()) {
      return words.size();
    }
    return wordAt(sentences.get(sentenceIndex(pos)).end());
  }

  // ---------------------------------------------------------------- quoted regions and speakers

  /** Marks {@code [start, end)} (marks included) as direct speech. Call in text order. */
  public void addQuoted(int start, int end) {
    quoted.add(new CharSpan(start, Math.max(start, end)));
    personsOutsideQuotes = null;
  }

  /** Whether {@code pos} lies inside a quoted region. */
  public boolean inQuote(int pos) {
    int lo = 0;
    int hi = quoted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CharSpan q = quoted.get(mid);
      if (pos < q.start()) {
        hi = mid - 1;
      } else if (pos >= q.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Remembers that a person spoke at {@code pos}; pronouns later on may refer back to them. */
  public void recordSpeaker(int pos, Speaker speaker) {
    if (speaker == null || speaker.entity() == null) {
      return;
    }
    if (typeById.get(speaker.entity()) != EntityType.PERSON) {
      return;
    }
    speakerEvents.add(new int[] {pos, speakerIds.size()});
    speakerIds.add(speaker.entity());
  }

  /** Whether {@code entityId} is a person. */
  public boolean isPerson(String entityId) {
    return entityId != null && typeById.get(entityId) == EntityType.PERSON;
  }

  // ---------------------------------------------------------------- phrases

  /**
   * End (exclusive word index) of the speaker phrase starting at word {@code i}: it runs over
   * names, titles and their commas ({@code Kepala Pusat Data, Informasi, dan Humas BNPB Agus
   * Wibowo}) and stops at a phrase-ending word ({@code dalam}, {@code di}, weekday names), a
   * channel or clause cue, a quote mark, sentence punctuation, a comma not followed by a
   * capitalised word, or after {@value #MAX_PHRASE_WORDS} words.
   */
  public int phraseEnd(int i, int limit) {
    int j = i;
    int count = 0;
    int lim = Math.min(limit, words.size());
    while (j < lim && count < MAX_PHRASE_WORDS) {
      Word w = words.get(j);
      if (w.kind() == Word.Kind.QUOTE) {
        break;
      }
      if (!w.isWord()) {
        if (w.is('(') || w.is(',')) {
          Word next = j + 1 < lim ? words.get(j + 1) : null;
          boolean capNext = next != null && next.isWord() && next.capitalized();
          boolean andCap =
              w.is(',')
                  && next != null
                  && cues.is(words, j + 1, CueRole.COORDINATOR)
                  && j + 2 < lim
                  && words.get(j + 2).capitalized();
          if (j > i && (capNext || andCap)) {
            j++;
            continue;
          }
          break;
        }
        if (w.is(')') || w.is('/') || w.is('&')) {
          j++;
          continue;
        }
        if (w.is('.') && j > i && isInitial(words.get(j - 1))) {
          j++;
          continue;
        }
        break;
      }
      if (j > i
          && (cues.is(words, j, CueRole.STOP)
              || cues.is(words, j, CueRole.CHANNEL)
              || cues.is(words, j, CueRole.CLAUSE)
              || cues.is(words, j, CueRole.CLAUSE_SAME)
              || cues.is(words, j, CueRole.SAY_VERB)
              || cues.is(words, j, CueRole.SAY_AFTER_NYA))) {
        break;
      }
      count++;
      j++;
    }
    while (j > i && !words.get(j - 1).isWord() && !words.get(j - 1).is(')')) {
      j--;
    }
    return j;
  }

  private static boolean isInitial(Word w) {
    return w.isWord() && w.end() - w.start() == 1 && w.capitalized();
  }

  /**
   * The speaker named by words {@code [a, b)}: a pronoun resolved to the last person who spoke or
   * was named; a {@code channel mengutip speaker} chain split in two; else the entity the phrase
   * names, or the phrase itself when it names none.
   */
  public Speaker speakerOf(int a, int b) {
    while (b > a && !words.get(b - 1).isWord() && !words.get(b - 1).is(')')) {
      b--;
    }
    while (a < b && !words.get(a).isWord()) {
      a++;
    }
    if (a >= b) {
      return null;
    }
    for (int q = a; q < b; q++) {
      CueLexicon.Match m = cues.match(words, q, CueRole.QUOTING);
      if (m != null) {
        Speaker channel = speakerOf(a, q);
        Speaker speaker = speakerOf(m.end(), b);
        if (speaker == null) {
          return channel;
        }
        return speaker.withChannel(channel);
      }
    }
    Word first = words.get(a);
    if (cues.is(words, a, CueRole.PRONOUN)) {
      return pronoun(first);
    }
    int start = first.start();
    int end = words.get(b - 1).end();
    EntityIndex.Ref ref = null;
    for (int c = a + 1; c < b; c++) {
      if (words.get(c).is(',')) {
        // "Paul Aiello, Managing Director …": a name alone before the first comma is the speaker
        EntityIndex.Ref head = entities.named(start, words.get(c - 1).end(), start);
        if (head != null
            && head.isPerson()
            && head.start() <= start
            && head.end() >= words.get(c - 1).end()) {
          ref = head;
        }
        break;
      }
    }
    if (ref == null) {
      ref = entities.named(start, end, start);
    }
    if (ref != null) {
      return new Speaker(ref.entity(), ref.mention().text(), ref.start(), null, null);
    }
    return new Speaker(null, text.substring(start, end), start, null, null);
  }

  /**
   * The speaker a pronoun ({@code dia}, {@code ujarnya}) stands for, keeping the pronoun as the
   * written text. Design decision: the antecedent is the last person who spoke (quote speaker or
   * subject of a speech verb) unless a person named more recently, in the same or the previous
   * sentence, stands in subject position (among the first words of its sentence: {@code Kepala BNPB
   * Doni Monardo tiba …. Menurut dia, …}). Reporters keep referring to the current speaker with
   * {@code kata dia} across narrative that names other people (victims, officials in passing), so a
   * recent mention elsewhere in a sentence does not take over.
   */
  public Speaker pronoun(Word w) {
    String written = text.substring(w.start(), w.end());
    String entity = antecedent(w.start());
    return new Speaker(entity, written, w.start(), null, null);
  }

  /** Entity id of the person a pronoun at {@code pos} most likely refers to, or null. */
  public String antecedent(int pos) {
    String spoke = null;
    int spokeAt = -1;
    for (int k = speakerEvents.size() - 1; k >= 0; k--) {
      int[] ev = speakerEvents.get(k);
      if (ev[0] < pos) {
        spoke = speakerIds.get(ev[1]);
        spokeAt = ev[0];
        break;
      }
    }
    EntityIndex.Ref named = lastPersonBefore(pos);
    if (named == null) {
      return spoke;
    }
    if (spoke == null) {
      return named.entity();
    }
    boolean recent =
        named.start() > spokeAt && sentenceIndex(pos) - sentenceIndex(named.start()) <= 1;
    return recent && inSubjectPosition(named) ? named.entity() : spoke;
  }

  private boolean inSubjectPosition(EntityIndex.Ref ref) {
    int first = sentenceStartWord(ref.start());
    return wordAt(ref.start()) - first <= SUBJECT_POSITION_WORDS;
  }

  private EntityIndex.Ref lastPersonBefore(int pos) {
    if (personsOutsideQuotes == null) {
      List<EntityIndex.Ref> persons = new ArrayList<>();
      for (EntityIndex.Ref r : entities.refs()) {
        if (r.isPerson() && !inQuote(r.start())) {
          persons.add(r);
        }
      }
      personsOutsideQuotes = persons;
    }
    List<EntityIndex.Ref> persons = personsOutsideQuotes;
    int lo = 0;
    int hi = persons.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (persons.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 8; i--) {
      if (persons.get(i).end() <= pos) {
        return persons.get(i);
      }
    }
    return null;
  }

  /**
   * The subject of the verb at word {@code v}, looking back no further than word {@code limit}:
   * adverbs are skipped ({@code Arriola, kemudian mengatakan}), a channel segment between commas is
   * kept as the channel ({@code Kantor Ombudsman Peru dalam laporannya, seperti dilansir AFP,
   * menyebut}), and inside the subject's comma segment the phrase stops before the first
   * phrase-ending word ({@code Kantor Ombudsman Peru dalam laporannya}). Null when there is none.
   */
  public Speaker subjectBefore(int v, int limit) {
    int j = v - 1;
    Speaker channel = null;
    for (int guard = 0; guard < 6; guard++) {
      while (j >= limit && words.get(j).isWord() && cues.is(words, j, CueRole.ADVERB)) {
        j--;
      }
      if (j < limit) {
        return null;
      }
      Word w = words.get(j);
      if (w.is(',')) {
        j--;
        continue;
      }
      if (w.isWord() && (cues.is(words, j, CueRole.COORDINATOR))) {
        // "X bertemu … dan menyampaikan": a coordinated predicate, its subject is too far back
        return null;
      }
      if (!w.isWord() && !w.is(')')) {
        return null;
      }
      int segStart = j;
      int floor = Math.max(limit, j - MAX_LOOKBACK_WORDS);
      while (segStart > floor) {
        Word p = words.get(segStart - 1);
        if (!p.isWord() && !p.is('(') && !p.is(')') && !p.is('/')) {
          break;
        }
        segStart--;
      }
      CueLexicon.Match ch = cues.match(words, segStart, CueRole.CHANNEL);
      if (ch != null && ch.end() <= j) {
        channel = channelOf(ch.end(), j + 1);
        j = segStart - 1;
        continue;
      }
      if (segStart > limit
          && words.get(segStart - 1).is(',')
          && cues.is(words, segStart, CueRole.APPOSITIVE)) {
        // "Jeri, yang menjabat …, bersumpah", "Koordinator …, sebuah LSM, menyebut": skip the
        // apposition between commas, the subject is before it
        j = segStart - 1;
        continue;
      }
      int a = segStart;
      while (a <= j
          && (cues.is(words, a, CueRole.CLAUSE)
              || cues.is(words, a, CueRole.CLAUSE_SAME)
              || cues.is(words, a, CueRole.COORDINATOR))) {
        a++;
      }
      if (a > j) {
        return null;
      }
      int stop = -1;
      int lastStop = -1;
      for (int k = a; k <= j; k++) {
        if (words.get(k).isWord() && cues.is(words, k, CueRole.STOP)) {
          if (stop < 0) {
            stop = k;
          }
          lastStop = k;
        }
      }
      int npStart = a;
      int npEnd = j + 1;
      if (stop > a) {
        npEnd = stop;
      } else if (stop == a) {
        npStart = lastStop + 1;
      }
      if (npEnd - npStart > MAX_SUBJECT_WORDS) {
        npStart = npEnd - MAX_SUBJECT_WORDS;
      }
      if (npStart >= npEnd) {
        return null;
      }
      Speaker s = speakerOf(npStart, npEnd);
      return s == null ? null : s.withChannel(channel);
    }
    return null;
  }

  /**
   * The channel named after a channel cue, from word {@code i}: up to three lower-case words and
   * then a run of capitalised words ({@code BBC}, {@code kantor berita AFP}); null without a
   * capitalised word, so {@code kepada wartawan} is no channel.
   */
  public Speaker channelAt(int i, int limit) {
    int lim = Math.min(limit, words.size());
    int j = i;
    int lower = 0;
    while (j < lim
        && words.get(j).isWord()
        && !words.get(j).capitalized()
        && !cues.is(words, j, CueRole.STOP)
        && lower < 3) {
      j++;
      lower++;
    }
    if (j >= lim || !words.get(j).isWord() || !words.get(j).capitalized()) {
      return null;
    }
    int capStart = j;
    while (j < lim && words.get(j).isWord() && words.get(j).capitalized()) {
      j++;
    }
    Speaker named = speakerOf(capStart, j);
    if (named != null && named.entity() != null) {
      return named;
    }
    return speakerOf(i, j);
  }

  private Speaker channelOf(int a, int b) {
    return speakerOf(a, b);
  }

  // ---------------------------------------------------------------- fallback sentences

  static List<Sentence> fallbackSentences(String text, List<CharSpan> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    for (CharSpan p : paragraphs) {
      int start = p.start();
      int end = Math.min(p.end(), text.length());
      int s = start;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?') {
          int k = i + 1;
          while (k < end && Words.isDoubleQuote(text.charAt(k))) {
            k++;
          }
          if (k < end && text.charAt(k) == ' ') {
            int n = k;
            while (n < end && text.charAt(n) == ' ') {
              n++;
            }
            if (n < end
                && (Character.isUpperCase(text.charAt(n)) || Words.isDoubleQuote(text.charAt(n)))
                && !(i - s <= 3 && Character.isUpperCase(text.charAt(s)))
                && !(i >= 2 && text.charAt(i - 2) == ' ' && c == '.')) {
              out.add(new Sentence(s, k));
              s = n;
              i = n - 1;
            }
          }
        }
      }
      if (s < end) {
        out.add(new Sentence(s, end));
      }
    }
    return out;
  }
}
