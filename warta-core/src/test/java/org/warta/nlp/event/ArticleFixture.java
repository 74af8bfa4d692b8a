package org.warta.nlp.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.lang.id.IndonesianEventLexicon;
import org.warta.model.Approx;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

/**
 * Builds an article with hand-made layers (entities, times, quantities, quotes found by their text)
 * and runs the event stage on it, so event tests do not depend on the other stages.
 */
final class ArticleFixture {
  static final EventStage STAGE = new EventStage(IndonesianEventLexicon.rules());

  private final String text;
  private final LocalDate published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private boolean useTokenLayer = true;

  ArticleFixture(String text) {
    this(text, LocalDate.of(2025, 8, 30));
  }

  ArticleFixture(String text, LocalDate published) {
    this.text = text;
    this.published = published;
  }

  /** An entity whose mentions are all whole-word occurrences of the given forms, longest first. */
  ArticleFixture entity(String id, EntityType type, String name, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    List<String> sorted = new ArrayList<>(List.of(forms));
    sorted.add(name);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String form : sorted) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(text);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        boolean covered =
            mentions.stream().anyMatch(x -> x.start() < e && s < x.end())
                || entities.stream()
                    .flatMap(en -> en.mentions().stream())
                    .anyMatch(x -> x.start() < e && s < x.end());
        if (!covered) {
          mentions.add(Mention.of(text, s, e));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    entities.add(new Entity(id, type, name, mentions));
    return this;
  }

  ArticleFixture time(String id, String form, TimeType type, String value) {
    int s = indexOf(form);
    times.add(new TimeExpression(id, form, s, s + form.length(), type, value));
    return this;
  }

  ArticleFixture quantity(String id, String form, double value, String object, String category) {
    int s = indexOf(form);
    quantities.add(
        new Quantity(
            id, form, s, s + form.length(), value, null, null, Approx.EXACT, object, category));
    return this;
  }

  /** A quote whose span is the text between the quote marks around {@code inner}. */
  ArticleFixture quote(String id, String inner, String speakerId) {
    int s = indexOf(inner);
    quotes.add(new Quote(id, inner, s, s + inner.length(), speakerId, null));
    return this;
  }

  /** Leaves TOKENS and SENTENCES empty, as a pipeline without a segmenter would. */
  ArticleFixture withoutSegmenter() {
    useTokenLayer = false;
    return this;
  }

  private int indexOf(String form) {
    int s = text.indexOf(form);
    if (s < 0) {
      throw new IllegalArgumentException("not in text: " + form);
    }
    return s;
  }

  AnnotatedArticle article() {
    AnnotatedArticle a = AnnotatedArticle.of(text, published);
    if (useTokenLayer) {
      a.put(Layers.TOKENS, List.copyOf(Words.tokens(text, List.of())));
      a.put(
          Layers.SENTENCES,
          List.copyOf(Words.sentences(text, List.of(), a.get(Layers.PARAGRAPHS))));
    } else {
      a.put(Layers.TOKENS, List.of());
      a.put(Layers.SENTENCES, List.of());
    }
    a.put(Layers.ENTITIES, List.copyOf(entities));
    a.put(Layers.TIMES, List.copyOf(times));
    a.put(Layers.QUANTITIES, List.copyOf(quantities));
    a.put(Layers.QUOTES, List.copyOf(quotes));
    return a;
  }

  List<Event> events() {
    AnnotatedArticle a = article();
    STAGE.process(a);
    List<Event> events = a.get(Layers.EVENTS);
    for (Event e : events) {
      Mention t = e.trigger();
      if (!text.substring(t.start(), t.end()).equals(t.text())) {
        throw new AssertionError("bad trigger span " + t);
      }
    }
    return events;
  }

  List<Event> events(EventType type) {
    return events().stream().filter(e -> e.type() == type).toList();
  }

  String text() {
    return text;
  }
}
