package org.warta.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of one run, written to {@code DIR/summary.json} and printed at the end.
 *
 * @param files input files listed
 * @param articles distinct articles written (records in {@code jsonl/}, rows in {@code articles})
 * @param duplicates items whose article (same id) was already written from an earlier item
 * @param rejected items and files that could not be read or analysed (lines in {@code rejects/})
 * @param languages articles per language
 * @param seconds wall-clock time of the run
 */
public record JobSummary(
    long files,
    long articles,
    long duplicates,
    long rejected,
    Map<String, Long> languages,
    double seconds) {
  /** The summary as one line of JSON. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", files);
    m.put("articles", articles);
    m.put("duplicates", duplicates);
    m.put("rejected", rejected);
    m.put("languages", languages);
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    try {
      return new ObjectMapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
