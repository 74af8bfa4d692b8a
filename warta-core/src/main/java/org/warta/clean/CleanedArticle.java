package org.warta.clean;

import java.util.List;
import java.util.Objects;
import org.warta.model.CharSpan;
import org.warta.model.Removal;

/**
 * The result of cleaning.
 *
 * @param title the headline
 * @param text title, blank line, body paragraphs separated by blank lines
 * @param paragraphs spans of the title and each paragraph in {@code text}
 * @param removed what was taken out, with offsets into the original input
 * @param offsets maps every offset of {@code text} back to the original input
 */
public record CleanedArticle(
    String title,
    String text,
    List<CharSpan> paragraphs,
    List<Removal> removed,
    OffsetMap offsets) {
  public CleanedArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    Objects.requireNonNull(offsets, "offsets");
  }
}
