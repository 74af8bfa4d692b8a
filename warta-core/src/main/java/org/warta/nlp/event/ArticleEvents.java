package org.warta.nlp.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.model.CharSpan;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Sentence;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;
import org.warta.model.Token;
import org.warta.pipeline.Deadline;

/**
 * The event extraction of one article: per-article working state, created and discarded by {@link
 * EventStage#process} (so the stage itself stays stateless). The rules are described on {@link
 * EventStage} and in {@code docs/event-taxonomy.md}.
 */
final class ArticleEvents {
  /** Types whose main participant undergoes the event: their subject is a target, not an actor. */
  private static final Set<EventType> EXPERIENCER =
      EnumSet.of(EventType.DIE, EventType.INJURE, EventType.EVACUATE, EventType.APPOINT);

  /** Types whose direct-object location is where the event happens, not what it targets. */
  private static final Set<EventType> LOCATIVE_OBJECT =
      EnumSet.of(EventType.VISIT, EventType.DEPLOY, EventType.DISASTER, EventType.EVACUATE);

  private static final Pattern VERB_SHAPE =
      Pattern.compile("(?:me|di|ber|be|ter|memper|diper)[a-z]{3,}");

  private static final List<String> PREPOSITION_CLASSES =
      List.of(
          EventCues.PREP_AGENT, EventCues.PREP_TARGET, EventCues.PREP_PLACE, EventCues.PREP_OTHER);
  private static final List<String> FUNCTION_WORD_CLASSES =
      List.of(
          EventCues.PREP_AGENT,
          EventCues.PREP_TARGET,
          EventCues.PREP_PLACE,
          EventCues.PREP_OTHER,
          EventCues.BOUNDARY,
          EventCues.AUX,
          EventCues.COORD,
          EventCues.DEMONSTRATIVE,
          EventCues.PRON_PERSON,
          EventCues.PRON_PLURAL,
          EventCues.PRON_SPEAKER,
          EventCues.LIGHT_VERB);

  private static final int MAX_BACK = 20;
  private static final int MAX_FORWARD = 15;
  private static final int MAX_FORWARD_DISASTER = 30;
  private static final int MAX_PLACE_BACK = 12;
  private static final int QUANTITY_ADJACENCY = 3;

  private final EventRules rules;
  private final EventCues cues;
  private final long prepositionMask;
  private final long functionWordMask;
  private final String text;
  private final List<Token> tokens;
  private final String[] low;
  private final int n;
  private final List<Sentence> sentences;
  private final int[] sentStart;
  private final int[] sentEnd;
  private final int[] sentOfToken;
  private final int[] paraOfSentence;
  private final MentionRef[] mentionAt;
  private final int[] quoteOf;
  private final boolean[] verbLike;
  private final boolean[] triggerToken;
  private final List<Quote> quotes;
  private final List<TimeExpression> times;
  private final List<Quantity> quantities;
  private final List<MentionRef> persons = new ArrayList<>();

  /** One mention of an entity, located in tokens. */
  record MentionRef(String entityId, EntityType type, int first, int last) {}

  /** A trigger occurrence. */
  record Trigger(int first, int end, TriggerDef def, int sentence, boolean clitic) {
    EventType type() {
      return def.type();
    }
  }

  /** An event being built. */
  static final class Draft {
    final Trigger trigger;
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> targets = new LinkedHashSet<>();
    final Set<String> places = new LinkedHashSet<>();
    final Set<String> quantities = new LinkedHashSet<>();
    TimeExpression time;
    boolean anaphoric;

    Draft(Trigger trigger) {
      this.trigger = trigger;
    }

    EventType type() {
      return trigger.type();
    }

    /** Whether the event has any named participant or place. */
    boolean named() {
      return !actors.isEmpty() || !targets.isEmpty() || !places.isEmpty();
    }

    boolean sharesParticipant(Draft o) {
      for (String a : actors) {
        if (o.actors.contains(a) || o.targets.contains(a)) {
          return true;
        }
      }
      for (String t : targets) {
        if (o.actors.contains(t) || o.targets.contains(t)) {
          return true;
        }
      }
      for (String p : places) {
        if (o.places.contains(p)) {
          return true;
        }
      }
      return false;
    }
  }

  ArticleEvents(
      EventRules rules,
      String text,
      List<CharSpan> paragraphs,
      List<Sentence> sentenceLayer,
      List<Token> tokenLayer,
      List<Entity> entities,
      List<Quantity> quantities,
      List<TimeExpression> times,
      List<Quote> quotes) {
    this.rules = rules;
    this.cues = rules.cues();
    this.prepositionMask = cues.mask(PREPOSITION_CLASSES);
    this.functionWordMask = cues.mask(FUNCTION_WORD_CLASSES);
    this.text = text;
    this.tokens = Words.tokens(text, tokenLayer);
    this.n = tokens.size();
    this.low = new String[n];
    for (int i = 0; i < n; i++) {
      low[i] = Words.lower(tokens.get(i).text());
    }
    this.sentences = Words.sentences(text, sentenceLayer, paragraphs);
    this.quotes = quotes;
    this.times = times;
    this.quantities = quantities;
    int s = sentences.size();
    this.sentStart = new int[s];
    this.sentEnd = new int[s];
    this.sentOfToken = new int[n];
    Arrays.fill(sentOfToken, -1);
    for (int i = 0; i < s; i++) {
      Sentence sent = sentences.get(i);
      int a = firstTokenAtOrAfter(sent.start());
      int b = a;
      while (b < n && tokens.get(b).start() < sent.end()) {
        sentOfToken[b] = i;
        b++;
      }
      sentStart[i] = a;
      sentEnd[i] = b;
    }
    this.paraOfSentence = new int[s];
    for (int i = 0; i < s; i++) {
      int start = sentences.get(i).start();
      int p = 0;
      for (int k = 0; k < paragraphs.size(); k++) {
        if (paragraphs.get(k).start() <= start) {
          p = k;
        }
      }
      paraOfSentence[i] = p;
    }
    this.mentionAt = new MentionRef[n];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        int a = firstTokenAtOrAfter(m.start());
        if (a > 0 && tokens.get(a - 1).end() > m.start()) {
          a--;
        }
        int b = a;
        while (b < n && tokens.get(b).start() < m.end()) {
          b++;
        }
        if (b <= a) {
          continue;
        }
        MentionRef ref = new MentionRef(e.id(), e.type(), a, b - 1);
        for (int k = a; k < b; k++) {
          if (mentionAt[k] == null || mentionAt[k].last - mentionAt[k].first < b - 1 - a) {
            mentionAt[k] = ref;
          }
        }
        if (e.type() == EntityType.PERSON) {
          persons.add(ref);
        }
      }
    }
    persons.sort((x, y) -> Integer.compare(x.first, y.first));
    this.quoteOf = quoteIds(paragraphs);
    this.verbLike = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = low[i];
      char c0 = w.isEmpty() ? ' ' : w.charAt(0);
      verbLike[i] =
          (c0 == 'm' || c0 == 'd' || c0 == 'b' || c0 == 't')
              && w.length() >= 5
              && tokens.get(i).kind() == Token.Kind.WORD
              && Character.isLowerCase(tokens.get(i).text().charAt(0))
              && VERB_SHAPE.matcher(w).matches()
              && !isCue(w)
              && !cues.is(EventCues.NOT_VERB, w);
    }
    this.triggerToken = new boolean[n];
  }

  /** Runs every step and returns the events in text order. */
  List<Event> run() {
    List<Trigger> triggers = findTriggers();
    for (Trigger t : triggers) {
      Deadline.check();
      for (int k = t.first; k < t.end; k++) {
        triggerToken[k] = true;
      }
    }
    triggers = dropStatementsAboutEvents(triggers);
    List<Draft> drafts = new ArrayList<>();
    for (Trigger t : triggers) {
      Deadline.check();
      Draft d = arguments(t, drafts);
      if (TriggerDef.NEEDS_AGENT.equals(t.def.needs()) && d.actors.isEmpty()) {
        continue;
      }
      drafts.add(d);
    }
    drafts = mergeSameTypeInSentence(drafts);
    linkTimes(drafts);
    List<Event> out = new ArrayList<>(drafts.size());
    int id = 1;
    for (Draft d : drafts) {
      Token a = tokens.get(d.trigger.first);
      Token b = tokens.get(d.trigger.end - 1);
      out.add(
          new Event(
              "ev" + id++,
              d.type(),
              Mention.of(text, a.start(), b.end()),
              List.copyOf(d.actors),
              List.copyOf(d.targets),
              List.copyOf(d.places),
              d.time == null ? null : d.time.id(),
              List.copyOf(d.quantities)));
    }
    return out;
  }

  // ---------------------------------------------------------------- triggers

  /**
   * Longest lexicon match at each word of each sentence. Quote marks inside a phrase are skipped
   * ({@code menyampaikan “dukacita yang mendalam”} matches {@code menyampaikan dukacita}).
   */
  private List<Trigger> findTriggers() {
    List<Trigger> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      boolean titleCase = isTitleCase(s);
      List<Integer> at = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int k = sentStart[s]; k < sentEnd[s]; k++) {
        if (!isQuoteMark(low[k])) {
          at.add(k);
          words.add(low[k]);
        }
      }
      int j = 0;
      while (j < words.size()) {
        int i = at.get(j);
        if (tokens.get(i).kind() != Token.Kind.WORD) {
          j++;
          continue;
        }
        TriggerLexicon.Match m = rules.lexicon().longest(words, j);
        if (m == null) {
          j++;
          continue;
        }
        int end = at.get(j + m.words() - 1) + 1;
        if (!m.def().isBlocker() && keep(m.def(), i, end, s, titleCase)) {
          out.add(new Trigger(i, end, m.def(), s, m.clitic()));
        }
        j += m.words();
      }
    }
    return out;
  }

  private boolean keep(TriggerDef def, int first, int end, int s, boolean titleCase) {
    if (negated(first, sentStart[s])) {
      return false;
    }
    for (int k = first; k < end; k++) {
      MentionRef m = mentionAt[k];
      if (m != null && (m.last - m.first + 1 > end - first || m.first < first || m.last >= end)) {
        return false; // part of a longer name: Badan Nasional Penanggulangan Bencana
      }
    }
    if (!titleCase && first > sentStart[s] && isCapitalized(first) && isCapitalized(first - 1)) {
      return false; // inside a name the entity layer did not catch
    }
    String needs = def.needs();
    if (needs != null && !TriggerDef.NEEDS_AGENT.equals(needs)) {
      return nounNearby(needs, def.voice(), first, end, s);
    }
    return true;
  }

  private boolean negated(int first, int sentenceStart) {
    int j = first - 1;
    int skipped = 0;
    while (j >= sentenceStart && skipped < 2 && cues.is(EventCues.AUX, low[j])) {
      j--;
      skipped++;
    }
    if (j < sentenceStart) {
      return false;
    }
    if (cues.is(EventCues.NEG, low[j])) {
      return true;
    }
    return j - 1 >= sentenceStart && cues.is(EventCues.NEG, low[j - 1] + " " + low[j]);
  }

  /**
   * Whether a noun of class {@code cls} stands next to the trigger: within four words after it, or
   * (for a passive, whose subject is the thing moved: {@code pasukan yang dikirim}) four before.
   * Vehicles precede the trigger ({@code pesawat … yang jatuh}) by up to eight words.
   */
  private boolean nounNearby(String cls, Voice voice, int first, int end, int s) {
    boolean vehicle = EventCues.VEHICLE.equals(cls);
    if (!vehicle) {
      for (int k = end; k < Math.min(sentEnd[s], end + 4); k++) {
        if (cues.is(cls, low[k])) {
          return true;
        }
      }
    }
    if (vehicle || voice == Voice.PASSIVE) {
      int reach = vehicle ? 8 : 4;
      for (int k = first - 1; k >= Math.max(sentStart[s], first - reach); k--) {
        if (cues.is(cls, low[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A communication verb whose content is itself an event is not annotated separately: in {@code
   * mengumumkan satu kematian dalam bentrokan} the events are the death and the clash.
   */
  private List<Trigger> dropStatementsAboutEvents(List<Trigger> triggers) {
    List<Trigger> out = new ArrayList<>(triggers.size());
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      if (t.type() == EventType.STATEMENT && t.def.voice() == Voice.PASSIVE && i > 0) {
        Trigger prev = triggers.get(i - 1);
        if (prev.sentence == t.sentence
            && prev.type() != EventType.STATEMENT
            && t.first - prev.end <= 6) {
          continue; // "Boluarte dicopot …, demikian diumumkan oleh …"
        }
      }
      if (t.type() == EventType.STATEMENT && i + 1 < triggers.size()) {
        Trigger next = triggers.get(i + 1);
        if (next.sentence == t.sentence
            && next.type() != EventType.STATEMENT
            && next.first - t.end <= 6
            && rightLimit(t) >= next.first) {
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  // ---------------------------------------------------------------- arguments

  private Draft arguments(Trigger t, List<Draft> previous) {
    Draft d = new Draft(t);
    EventType type = t.type();
    Voice voice = t.def.voice();
    int left = leftLimit(t);
    int right = rightLimit(t);

    // subject before the trigger
    boolean useSubject = voice != Voice.NOUN || lightVerbBefore(t, left);
    if (useSubject) {
      List<String> subject = subject(t, left, previous);
      if (subject.isEmpty()
          && left > sentStart[t.sentence]
          && cues.is(EventCues.SHARED_SUBJECT, low[left - 1])) {
        subject = sentenceSubject(t.sentence, left - 1, previous);
      }
      boolean subjectUndergoes =
          voice == Voice.PASSIVE
              || voice == Voice.RECEIVE
              || (voice == Voice.INTRANSITIVE && EXPERIENCER.contains(type))
              || (voice == Voice.NOUN && EXPERIENCER.contains(type));
      (subjectUndergoes ? d.targets : d.actors).addAll(subject);
    }

    // possessive pronoun on a noun trigger: kunjungannya, pertemuan ketiga mereka
    if (voice == Voice.NOUN) {
      List<String> owner = List.of();
      if (t.clitic && low[t.end - 1].endsWith("nya")) {
        owner = previousActorsInSentence(t, previous);
      } else {
        for (int k = t.end; k < Math.min(right, t.end + 2); k++) {
          if (isPronoun(k)) {
            owner = resolvePronoun(k, previous);
            break;
          }
          if (mentionAt[k] != null || !isPlainWord(k)) {
            break;
          }
        }
      }
      (EXPERIENCER.contains(type) ? d.targets : d.actors).addAll(owner);
    }

    if (voice == Voice.NOUN && d.actors.isEmpty() && d.targets.isEmpty()) {
      // "kata Agus Wibowo dalam konferensi pers": the named party right before "dalam"
      int p = t.first - 1;
      if (p - 1 >= left && cues.is(EventCues.FRAME, low[p]) && mentionAt[p - 1] != null) {
        MentionRef m = mentionAt[p - 1];
        if (m.last == p - 1 && m.type != EntityType.LOCATION) {
          (EXPERIENCER.contains(type) ? d.targets : d.actors).add(m.entityId);
        }
      }
      // "korban jiwa bernama Rasinah …"
      if (t.end < right && cues.is(EventCues.NAMING, low[t.end])) {
        Phrase named = phrase(t.end + 1, right);
        addHeads(EXPERIENCER.contains(type) ? d.targets : d.actors, named, false);
      }
    }

    // phrases after the trigger
    int k = t.end;
    int reach = type == EventType.DISASTER ? MAX_FORWARD_DISASTER : MAX_FORWARD;
    int stop = Math.min(right, t.end + reach);
    boolean first = true;
    boolean directObjectFound = false;
    boolean pastVerb = false; // after another predicate only places are taken
    while (k < stop) {
      if (triggerToken[k] && type != EventType.DISASTER) {
        break;
      }
      if (verbLike[k]) {
        pastVerb = true;
      }
      String w = low[k];
      if ((pastVerb && type != EventType.DISASTER) || cues.is(EventCues.PREP_OTHER, w)) {
        if (cues.is(EventCues.PREP_PLACE, w) && !affiliation(k)) {
          Phrase p = phrase(k + 1, stop);
          addPlaces(d.places, p);
          k = Math.max(k + 1, p.end);
        } else {
          k++;
        }
        first = false;
        continue;
      }
      if (cues.is(EventCues.PREP_AGENT, w)) {
        Phrase p = phrase(k + 1, stop);
        addHeads(d.actors, p, false);
        k = Math.max(k + 1, p.end);
      } else if (cues.is(EventCues.PREP_TARGET, w) && !(directObjectFound && w.equals("dengan"))) {
        Phrase p = phrase(k + 1, stop);
        if (LOCATIVE_OBJECT.contains(type)) {
          addPlaces(d.places, p);
          addHeads(d.targets, p, true);
        } else {
          addHeads(d.targets, p, false);
        }
        k = Math.max(k + 1, p.end);
      } else if (voice == Voice.RECEIVE && w.equals("dari")) {
        Phrase p = phrase(k + 1, stop);
        addHeads(d.actors, p, false);
        k = Math.max(k + 1, p.end);
      } else if (cues.is(EventCues.PREP_PLACE, w)) {
        Phrase p = phrase(k + 1, stop);
        if (!affiliation(k)) {
          addPlaces(d.places, p);
        }
        k = Math.max(k + 1, p.end);
      } else if (cues.is(EventCues.PREP_TARGET, w) && directObjectFound && w.equals("dengan")) {
        k++; // "membantu perang Rusia dengan Ukraina": part of the object, not a second target
      } else if (first
          && (voice != Voice.NOUN || t.end - t.first == 1)
          && (mentionAt[k] != null || (objectMaySkip(voice) && isNounLike(k)))) {
        Phrase p = phrase(k, stop);
        directObject(d, voice, type, p);
        directObjectFound = !p.runs.isEmpty();
        k = Math.max(k + 1, p.end);
      } else if (type == EventType.DISASTER && mentionAt[k] != null) {
        Phrase p = phrase(k, stop);
        addPlaces(d.places, p);
        k = Math.max(k + 1, p.end);
      } else {
        k++;
      }
      first = false;
    }

    // places before the trigger in the same clause: "Di Kabupaten Lebak, dua orang meninggal"
    // (only "di": a "dari"/"ke" before the trigger belongs to another predicate)
    for (int j = Math.max(left, t.first - MAX_PLACE_BACK); j < t.first; j++) {
      if (low[j].equals("di")) {
        Phrase p = phrase(j + 1, t.first);
        addPlaces(d.places, p);
      }
    }
    d.actors.removeAll(d.places);
    d.targets.removeAll(d.actors);

    // time: the nearest date or time in the clause, on the same side of any quote mark
    d.time = clauseTime(t, left, right);
    // quantities of the sentence that measure this type of event
    quantities(d, t);
    d.anaphoric =
        voice == Voice.NOUN
            && t.end < sentEnd[t.sentence]
            && cues.is(EventCues.DEMONSTRATIVE, low[t.end]);
    return d;
  }

  /** Verbs may have a common noun before a named object ("menyerang kota Kharkiv"). */
  private static boolean objectMaySkip(Voice voice) {
    return voice == Voice.ACTIVE || voice == Voice.INTRANSITIVE;
  }

  private void directObject(Draft d, Voice voice, EventType type, Phrase p) {
    switch (voice) {
      case ACTIVE, INTRANSITIVE -> {
        if (LOCATIVE_OBJECT.contains(type) || voice == Voice.INTRANSITIVE) {
          addPlaces(d.places, p);
          addHeads(d.targets, p, true);
        } else {
          addHeads(d.targets, p, false);
        }
      }
      case PASSIVE -> addHeads(d.actors, p, false);
      case NOUN -> {
        if (LOCATIVE_OBJECT.contains(type)) {
          addPlaces(d.places, p);
          addHeads(EXPERIENCER.contains(type) ? d.targets : d.actors, p, true);
        } else {
          addHeads(EXPERIENCER.contains(type) ? d.targets : d.actors, p, false);
        }
      }
      case RECEIVE -> {}
    }
  }

  /** The subject of the trigger: the nearest entity before it that no preposition governs. */
  private List<String> subject(Trigger t, int left, List<Draft> previous) {
    int j = t.first - 1;
    if (t.def.voice() == Voice.NOUN) {
      while (j >= left && !cues.is(EventCues.LIGHT_VERB, low[j])) {
        j--;
      }
      j--;
    }
    while (j >= left && cues.is(EventCues.AUX, low[j])) {
      j--;
    }
    if (j >= left && isPronoun(j)) {
      return resolvePronoun(j, previous);
    }
    boolean linked = false; // passed "dan"/"untuk": the subject is shared with an earlier verb
    for (int steps = 0; j >= left && steps < MAX_BACK; steps++) {
      String w = low[j];
      if (w.equals(",") && j - 1 >= left) {
        // ", yang menjabat … ," between the subject and its verb: skip the relative clause
        int open = j - 1;
        while (open >= left && !low[open].equals(",") && !cues.is(EventCues.BOUNDARY, low[open])) {
          open--;
        }
        if (open >= left && low[open].equals(",") && open + 1 < j && low[open + 1].equals("yang")) {
          j = open - 1;
          continue;
        }
      }
      if (w.equals("yang") && !linked) {
        int k = j - 1;
        if (k >= left && low[k].equals(",")) {
          k--;
        }
        if (k >= left && low[k].equals(")")) {
          while (k >= left && !low[k].equals("(")) {
            k--;
          }
          k--;
        }
        MentionRef head = k >= left ? mentionAt[k] : null;
        if (head != null
            && head.last == k
            && canAct(head)
            && !(head.first - 1 >= left && isPreposition(low[head.first - 1]))) {
          return List.of(head.entityId);
        }
        return List.of();
      }
      if (cues.is(EventCues.COORD, w) || w.equals("untuk") || w.equals("guna")) {
        linked = true;
      }
      if ((verbLike[j] || triggerToken[j]) && !linked) {
        return List.of();
      }
      MentionRef m = mentionAt[j];
      if (m != null) {
        int before = m.first - 1;
        if (before >= left && isPreposition(low[before])) {
          j = before - 1;
          continue;
        }
        if (!canAct(m)) {
          j = m.first - 1;
          continue;
        }
        List<String> out = new ArrayList<>();
        out.add(m.entityId);
        // coordinated subjects: "X dan Y bertemu"
        int c = m.first - 1;
        while (c - 1 >= left && cues.is(EventCues.COORD, low[c]) && mentionAt[c - 1] != null) {
          MentionRef o = mentionAt[c - 1];
          if (canAct(o) && !out.contains(o.entityId)) {
            out.add(0, o.entityId);
          }
          c = o.first - 1;
        }
        return out;
      }
      j--;
    }
    return List.of();
  }

  /**
   * The subject of the sentence's main clause: its first entity or pronoun that no preposition
   * governs ("Selama acara, Kim mengatakan …, seraya berjanji …": Kim promises).
   */
  private List<String> sentenceSubject(int s, int before, List<Draft> previous) {
    for (int k = sentStart[s]; k < before; k++) {
      if (isPronoun(k)) {
        return resolvePronoun(k, previous);
      }
      MentionRef m = mentionAt[k];
      if (m != null) {
        if (canAct(m) && !(k > sentStart[s] && isPreposition(low[k - 1]))) {
          return List.of(m.entityId);
        }
        k = m.last;
      }
    }
    return List.of();
  }

  private boolean lightVerbBefore(Trigger t, int left) {
    for (int j = t.first - 1; j >= Math.max(left, t.first - 2); j--) {
      if (cues.is(EventCues.LIGHT_VERB, low[j])) {
        return true;
      }
    }
    return false;
  }

  private List<String> previousActorsInSentence(Trigger t, List<Draft> previous) {
    for (int i = previous.size() - 1; i >= 0; i--) {
      Draft p = previous.get(i);
      if (p.trigger.sentence != t.sentence) {
        break;
      }
      if (!p.actors.isEmpty()) {
        return List.copyOf(p.actors);
      }
    }
    return lastPerson(t.first);
  }

  // ---------------------------------------------------------------- pronouns

  private boolean isPronoun(int k) {
    String w = low[k];
    return cues.is(EventCues.PRON_PERSON, w)
        || cues.is(EventCues.PRON_PLURAL, w)
        || cues.is(EventCues.PRON_SPEAKER, w);
  }

  /**
   * {@code ia}/{@code dia}: the last PERSON mentioned before; {@code mereka}: the participants of
   * the last event with two or more named participants in the previous three sentences, else the
   * last PERSON; {@code saya}/{@code kami} inside a quote: the quote's speaker.
   */
  private List<String> resolvePronoun(int k, List<Draft> previous) {
    String w = low[k];
    if (cues.is(EventCues.PRON_SPEAKER, w)) {
      int pos = tokens.get(k).start();
      for (Quote q : quotes) {
        if (q.start() <= pos && pos < q.end() && q.speaker() != null) {
          return List.of(q.speaker());
        }
      }
      return List.of();
    }
    if (cues.is(EventCues.PRON_PLURAL, w)) {
      int s = sentOfToken[k];
      for (int i = previous.size() - 1; i >= 0; i--) {
        Draft p = previous.get(i);
        if (s - p.trigger.sentence > 3) {
          break;
        }
        Set<String> all = new LinkedHashSet<>(p.actors);
        all.addAll(p.targets);
        if (all.size() >= 2) {
          return List.copyOf(all);
        }
      }
      return List.of();
    }
    return lastPerson(k);
  }

  private List<String> lastPerson(int before) {
    MentionRef best = null;
    for (MentionRef m : persons) {
      if (m.last >= before) {
        break;
      }
      best = m;
    }
    return best == null ? List.of() : List.of(best.entityId);
  }

  // ---------------------------------------------------------------- phrases

  /** Mentions of a noun phrase: runs of adjacent mentions, chained by commas or "dan". */
  private record Phrase(List<List<MentionRef>> runs, int end) {}

  private Phrase phrase(int from, int limit) {
    int k = from;
    int skipped = 0;
    while (k < limit && skipped < 3 && mentionAt[k] == null && isNounLike(k)) {
      k++;
      skipped++;
    }
    List<List<MentionRef>> runs = new ArrayList<>();
    while (k < limit && mentionAt[k] != null) {
      List<MentionRef> run = new ArrayList<>();
      while (k < limit && mentionAt[k] != null) {
        MentionRef m = mentionAt[k];
        run.add(m);
        k = m.last + 1;
      }
      runs.add(run);
      // chain: ", X", "dan X", ", dan X"
      int c = k;
      if (c < limit && low[c].equals(",")) {
        c++;
        int skip = 0;
        while (c < limit && skip < 2 && mentionAt[c] == null && isPlainWord(c)) {
          c++;
          skip++;
        }
        if (c < limit && mentionAt[c] == null) {
          c = k + 1;
        }
      }
      if (c < limit && cues.is(EventCues.COORD, low[c])) {
        c++;
      }
      if (c > k && c < limit && mentionAt[c] != null) {
        k = c;
      } else {
        break;
      }
    }
    return new Phrase(runs, runs.isEmpty() ? from : k);
  }

  /** The head (last mention) of each run; locations only where {@code skipLocations} is false. */
  private void addHeads(Set<String> into, Phrase p, boolean skipLocations) {
    for (List<MentionRef> run : p.runs) {
      MentionRef head = run.get(run.size() - 1);
      if (!canAct(head) || (skipLocations && head.type == EntityType.LOCATION)) {
        continue;
      }
      into.add(head.entityId);
    }
  }

  private void addPlaces(Set<String> into, Phrase p) {
    for (List<MentionRef> run : p.runs) {
      for (MentionRef m : run) {
        if (m.type == EntityType.LOCATION) {
          into.add(m.entityId);
        }
      }
    }
  }

  /**
   * {@code Vladimir Putin dari Rusia}: "dari" right after a person or organisation is affiliation.
   */
  private boolean affiliation(int prep) {
    if (!low[prep].equals("dari") || prep == 0) {
      return false;
    }
    MentionRef m = mentionAt[prep - 1];
    return m != null && m.type != EntityType.LOCATION;
  }

  private static boolean canAct(MentionRef m) {
    return m.type == EntityType.PERSON
        || m.type == EntityType.ORGANIZATION
        || m.type == EntityType.LOCATION;
  }

  private boolean isPlainWord(int k) {
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.WORD
        && Character.isLowerCase(t.text().charAt(0))
        && !isCue(low[k])
        && !verbLike[k]
        && !triggerToken[k];
  }

  /** A common noun or a title before a name ("pemimpin", "Perdana Menteri"). */
  private boolean isNounLike(int k) {
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.WORD && !isCue(low[k]) && !verbLike[k] && !triggerToken[k];
  }

  private boolean isPreposition(String w) {
    return cues.isAny(prepositionMask, w);
  }

  private boolean isCue(String w) {
    return cues.isAny(functionWordMask, w) || w.equals("yang");
  }

  // ---------------------------------------------------------------- clauses

  private boolean isBoundary(int k, int quote) {
    String w = low[k];
    return cues.is(EventCues.BOUNDARY, w)
        || w.equals(";")
        || w.equals(":")
        || quoteOf[k] != quote
        || isQuoteMark(w);
  }

  private int leftLimit(Trigger t) {
    int q = quoteOf[t.first];
    int j = t.first - 1;
    while (j >= sentStart[t.sentence] && !isBoundary(j, q)) {
      j--;
    }
    return j + 1;
  }

  private int rightLimit(Trigger t) {
    int q = quoteOf[t.first];
    int j = t.end;
    while (j < sentEnd[t.sentence] && !isBoundary(j, q)) {
      j++;
    }
    return j;
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»");
  }

  /**
   * Quote index of each token (-1 outside quotes), from the quote-mark tokens: an opening mark
   * starts a quote that the next closing mark or the end of the paragraph ends.
   */
  private int[] quoteIds(List<CharSpan> paragraphs) {
    int[] ids = new int[n];
    Arrays.fill(ids, -1);
    int quote = -1;
    int next = 0;
    int para = 0;
    for (int k = 0; k < n; k++) {
      int pos = tokens.get(k).start();
      while (para < paragraphs.size() && paragraphs.get(para).end() <= pos) {
        para++;
        quote = -1; // quotes do not run past their paragraph
      }
      String w = low[k];
      if (quote < 0 && (w.equals("“") || w.equals("\"") || w.equals("«"))) {
        quote = next++;
      } else if (quote >= 0 && (w.equals("”") || w.equals("\"") || w.equals("»"))) {
        quote = -1;
      } else {
        ids[k] = quote;
      }
    }
    return ids;
  }

  // ---------------------------------------------------------------- time and quantities

  private TimeExpression clauseTime(Trigger t, int left, int right) {
    if (left >= n || right <= 0) {
      return null;
    }
    int from = tokens.get(Math.min(left, n - 1)).start();
    int to = tokens.get(Math.max(0, Math.min(right, n) - 1)).end();
    int anchor = tokens.get(t.first).start();
    int q = quoteOf[t.first];
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression x : times) {
      if (x.start() < from || x.end() > to) {
        continue;
      }
      if (x.type() != TimeType.DATE && x.type() != TimeType.TIME) {
        continue;
      }
      int tok = firstTokenAtOrAfter(x.start());
      if (tok < n && quoteOf[tok] != q) {
        continue;
      }
      if (x.end() <= anchor && relativeBetween(x.end(), anchor)) {
        // "upacara yang digelar Jumat lalu … orang yang telah wafat": not the time of the death
        continue;
      }
      if (!usableTime(x, tok)) {
        continue;
      }
      int dist = Math.abs(x.start() - anchor);
      if (dist < bestDistance) {
        best = x;
        bestDistance = dist;
      }
    }
    return best;
  }

  /**
   * Whether a time can date an event: not a vague reference ({@code kini}: PRESENT_REF), not an
   * as-of date of a count ({@code per Ahad (4/8)}), not inside a {@code , yang …,} clause that
   * describes someone ({@code Jeri, yang menjabat … hingga pemilu pada April tahun depan, …}).
   */
  private boolean usableTime(TimeExpression x, int tok) {
    if (x.value() != null && x.value().endsWith("_REF")) {
      return false;
    }
    if (tok > 0 && tok < n && cues.is(EventCues.AS_OF, low[tok - 1])) {
      return false;
    }
    int s = tok < n ? sentOfToken[tok] : -1;
    int from = s >= 0 ? sentStart[s] : 0;
    for (int k = Math.min(tok, n) - 1; k >= from; k--) {
      if (low[k].equals(",")) {
        return !(k + 1 < n && low[k + 1].equals("yang") && closedAfter(tok, s));
      }
    }
    return true;
  }

  /** Whether a comma follows token {@code tok} in its sentence (the relative clause closes). */
  private boolean closedAfter(int tok, int s) {
    int end = s >= 0 ? sentEnd[s] : n;
    for (int k = tok; k < end; k++) {
      if (low[k].equals(",")) {
        return true;
      }
    }
    return false;
  }

  private boolean relativeBetween(int from, int to) {
    for (int k = firstTokenAtOrAfter(from); k < n && tokens.get(k).start() < to; k++) {
      if (low[k].equals("yang")) {
        return true;
      }
    }
    return false;
  }

  private static final Map<EventType, Set<String>> CATEGORIES = categories();

  private static Map<EventType, Set<String>> categories() {
    Map<EventType, Set<String>> m = new HashMap<>();
    Set<String> dead = Set.of("killed", "dead", "deaths", "death", "died", "fatalities");
    m.put(EventType.DIE, dead);
    m.put(EventType.KILL, dead);
    m.put(EventType.INJURE, Set.of("injured", "wounded"));
    m.put(EventType.DEPLOY, Set.of("deployed", "troops", "personnel", "forces"));
    m.put(EventType.SEARCH_RESCUE, Set.of("missing", "rescued", "found", "survivors"));
    m.put(EventType.EVACUATE, Set.of("evacuated", "displaced", "refugees", "evacuees"));
    m.put(EventType.AID, Set.of("aid", "money"));
    m.put(EventType.ARREST, Set.of("arrested", "detained"));
    m.put(EventType.PROTEST, Set.of("protesters"));
    m.put(EventType.DISASTER, Set.of("damaged", "affected"));
    return m;
  }

  /**
   * Quantities of the sentence whose category measures this event type (killed for DIE…), and
   * uncategorised or generic counts ({@code people}) written right next to the trigger ({@code
   * 33.000 orang mengungsi}).
   */
  private void quantities(Draft d, Trigger t) {
    Set<String> fits = CATEGORIES.getOrDefault(t.type(), Set.of());
    int from = tokens.get(sentStart[t.sentence]).start();
    int to = tokens.get(sentEnd[t.sentence] - 1).end();
    for (Quantity q : quantities) {
      if (q.start() < from || q.end() > to) {
        continue;
      }
      String cat = q.category();
      if (cat != null && fits.contains(cat)) {
        d.quantities.add(q.id());
      } else if (cat == null || cat.equals("people")) {
        int qFirst = firstTokenAtOrAfter(q.start());
        int qLast = Math.max(qFirst, firstTokenAtOrAfter(q.end()) - 1);
        boolean before = qLast < t.first && t.first - qLast <= QUANTITY_ADJACENCY;
        boolean after = qFirst >= t.end && qFirst - t.end < QUANTITY_ADJACENCY;
        if (before || after) {
          d.quantities.add(q.id());
        }
      }
    }
  }

  // ---------------------------------------------------------------- merging and time links

  private List<Draft> mergeSameTypeInSentence(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Map<String, Draft> bySentenceType = new HashMap<>();
    for (Draft d : drafts) {
      String key = d.trigger.sentence + "/" + d.type();
      Draft first = bySentenceType.get(key);
      if (first == null) {
        bySentenceType.put(key, d);
        out.add(d);
        continue;
      }
      first.actors.addAll(d.actors);
      first.targets.addAll(d.targets);
      first.targets.removeAll(first.actors);
      first.places.addAll(d.places);
      first.quantities.addAll(d.quantities);
      if (first.time == null) {
        first.time = d.time;
      }
      first.anaphoric |= d.anaphoric;
    }
    return out;
  }

  /**
   * Gives a time to events whose own clause has none, in this order:
   *
   * <ol>
   *   <li><b>Lead</b>: an event of the lead paragraph takes the first date of the lead or the
   *       following paragraph written in a sentence that names one of its participants ("Kim
   *       bertemu …" in the lead, "Jumat lalu, Kim …" in the second paragraph).
   *   <li><b>Anaphor</b>: a noun trigger followed by {@code ini}/{@code itu}/{@code tersebut}
   *       ("pertemuan ini") takes the time — and, if it has none, the actors — of the nearest
   *       earlier event of its type.
   *   <li><b>Same participants</b>: otherwise the nearest earlier event of the same type that
   *       shares an actor, target or place lends its time.
   *   <li><b>Headline</b>: an event of the title takes the time of the first body event of its type
   *       that has one (headlines restate the lead).
   * </ol>
   */
  private void linkTimes(List<Draft> drafts) {
    int lead = leadParagraph();
    for (Draft d : drafts) {
      if (d.time == null && lead >= 0 && paraOfSentence[d.trigger.sentence] == lead) {
        d.time = leadTime(d, lead);
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.time != null && !(d.anaphoric && d.actors.isEmpty())) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Draft p = drafts.get(j);
        if (p.type() != d.type()) {
          continue;
        }
        if (d.anaphoric) {
          if (d.actors.isEmpty()) {
            d.actors.addAll(p.actors);
          }
          if (d.time == null) {
            d.time = p.time;
          }
          break;
        }
        if (p.time != null && (d.sharesParticipant(p) || !d.named() || !p.named())) {
          d.time = p.time;
          break;
        }
      }
    }
    for (Draft d : drafts) {
      if (d.time == null && paraOfSentence[d.trigger.sentence] == 0 && lead > 0) {
        for (Draft b : drafts) {
          if (paraOfSentence[b.trigger.sentence] > 0 && b.type() == d.type() && b.time != null) {
            d.time = b.time;
            break;
          }
        }
      }
    }
  }

  /** The first paragraph after the title that has a sentence, or -1. */
  private int leadParagraph() {
    for (int s = 0; s < sentences.size(); s++) {
      if (paraOfSentence[s] > 0) {
        return paraOfSentence[s];
      }
    }
    return -1;
  }

  private TimeExpression leadTime(Draft d, int lead) {
    Set<String> who = new LinkedHashSet<>(d.actors);
    who.addAll(d.targets);
    if (who.isEmpty()) {
      return null;
    }
    for (int s = 0; s < sentences.size(); s++) {
      int p = paraOfSentence[s];
      if (p < lead) {
        continue;
      }
      if (p > lead + 1) {
        break;
      }
      boolean names = false;
      for (int k = sentStart[s]; k < sentEnd[s]; k++) {
        if (mentionAt[k] != null && who.contains(mentionAt[k].entityId)) {
          names = true;
          break;
        }
      }
      if (!names) {
        continue;
      }
      Sentence sent = sentences.get(s);
      for (TimeExpression x : times) {
        if (sent.start() <= x.start()
            && x.end() <= sent.end()
            && (x.type() == TimeType.DATE || x.type() == TimeType.TIME)) {
          return x;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  private boolean isTitleCase(int s) {
    int words = 0;
    int caps = 0;
    for (int k = sentStart[s]; k < sentEnd[s]; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.WORD && t.text().length() > 3) {
        words++;
        if (Character.isUpperCase(t.text().charAt(0))) {
          caps++;
        }
      }
    }
    return paraOfSentence[s] == 0 || (words >= 2 && caps * 100 >= words * 85);
  }

  private boolean isCapitalized(int k) {
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().charAt(0));
  }

  private int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
