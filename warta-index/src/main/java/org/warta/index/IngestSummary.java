package org.warta.index;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an ingest did.
 *
 * @param ingested articles written to the index in this run
 * @param duplicates articles whose id was already in the index or seen earlier in this run
 * @param skipped inputs or items that could not be read (each was reported with its reason)
 * @param reasons skip counts by kind of reason
 * @param articles articles in the index afterwards
 * @param stories story groups in the index afterwards
 */
public record IngestSummary(
    long ingested,
    long duplicates,
    long skipped,
    Map<String, Long> reasons,
    long articles,
    long stories,
    double seconds) {
  public IngestSummary {
    reasons = Map.copyOf(reasons);
  }

  /** Articles written per second of wall time. */
  public double articlesPerSecond() {
    return seconds <= 0 ? 0 : ingested / seconds;
  }

  /** {@code ingested N, duplicates D, skipped S (reasons…)}, then the index totals. */
  public String line() {
    String why =
        reasons.isEmpty()
            ? ""
            : reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", " (", ")"));
    return String.format(
        Locale.ROOT,
        "ingested %d, duplicates %d, skipped %d%s; index: %d articles in %d stories; %.1f s, %.1f articles/s",
        ingested,
        duplicates,
        skipped,
        why,
        articles,
        stories,
        seconds,
        articlesPerSecond());
  }
}
