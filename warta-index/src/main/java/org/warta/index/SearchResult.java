package org.warta.index;

import java.util.List;
import java.util.Map;

/**
 * Ranked hits with snippets and facet counts.
 *
 * @param total articles matching
 * @param facets dimension ({@code entity}, {@code outlet}, {@code language}, {@code event_type}) →
 *     the top values with their article counts
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
  /** One article found; snippets mark matched words with {@code <b>…</b>} (HTML-escaped text). */
  public record Hit(
      String id,
      String title,
      String outlet,
      String published,
      String language,
      String story,
      float score,
      String url,
      List<String> snippets) {}

  /** A facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
