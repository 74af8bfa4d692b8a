package org.warta.eval.timeml;

import java.util.Objects;
import org.warta.model.Spanned;

/**
 * One TIMEX3 of a TimeML text: UTF-16 offsets into the document text, type and value as written
 * (strings, so that gold files with values Warta never produces are kept as they are).
 *
 * @param value the TIMEX3 value, or null when the tag has none
 */
public record Timex(String tid, int start, int end, String type, String value, String text)
    implements Spanned {
  public Timex {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Spanned.check(start, end);
  }
}
