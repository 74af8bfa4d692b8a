package org.warta.eval.timeml;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML 1.2 document as Warta reads it.
 *
 * @param docId the {@code DOCID}, or the file name without extension when there is none
 * @param dct the document creation time (the {@code DCT} value padded to ISO), or null
 * @param title the {@code TITLE}, or null
 * @param text the text T between {@code <TEXT>} and {@code </TEXT>}, tags removed and entities
 *     decoded (see {@code docs/timex-annotation-guidelines.md})
 * @param timexes the in-text {@code TIMEX3} tags, with offsets into {@code text}
 */
public record TimeMlDocument(
    String docId, LocalDate dct, String title, String text, List<Timex> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }
}
