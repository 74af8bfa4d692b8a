package org.warta.index;

import java.time.LocalDate;

/**
 * A search: free text (Lucene's simple query syntax: words, {@code "phrases"}, {@code -not}, {@code
 * a | b}, {@code prefix*}; it never fails on odd input) and optional filters.
 *
 * @param query the words; empty or null matches every article
 * @param from first publication day, or null
 * @param to last publication day, or null
 * @param entity an entity name in any spelling (matched by {@link EntityNames#key}), or null
 * @param eventType an event type such as {@code DISASTER}, or null
 * @param language an ISO 639-1 code, or null
 * @param limit hits to return
 * @param offset hits to skip (paging)
 */
public record SearchRequest(
    String query,
    LocalDate from,
    LocalDate to,
    String entity,
    String eventType,
    String language,
    int limit,
    int offset) {
  public SearchRequest {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** A plain query, first 10 hits. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, 10, 0);
  }
}
