package org.warta.model;

import java.util.List;
import java.util.Objects;

/**
 * The complete, explainable record of one article: what {@code warta analyze} prints. Field names
 * follow the record contract ({@code docs/record-contract.md}).
 *
 * @param published {@code YYYY-MM-DD} or an ISO date-time as given by the source, or null
 * @param text cleaned text: title, blank line, body paragraphs separated by blank lines
 */
public record ArticleRecord(
    String id,
    SourceInfo source,
    String published,
    String language,
    String title,
    String text,
    List<Removal> removed,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<Quote> quotes,
    List<Claim> claims,
    List<Event> events) {
  public ArticleRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
  }
}
