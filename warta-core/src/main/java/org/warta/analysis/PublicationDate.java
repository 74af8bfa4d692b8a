package org.warta.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses publication dates as sources give them: {@code 2019-08-03}, {@code 2025-10-17T21:16},
 * {@code 2019-08-03T16:40+07:00}, {@code 2019-08-03T16:40:00Z}. The calendar date is the one
 * written (the local date of the outlet), not converted to UTC, because relative expressions in the
 * text ("kemarin") are relative to the outlet's own day.
 */
public final class PublicationDate {
  private static final Pattern SHAPE =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private PublicationDate() {}

  /** The calendar date of {@code value}, or empty when it is not one of the accepted forms. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (!SHAPE.matcher(v).matches()) {
      return Optional.empty();
    }
    v = v.replace(' ', 'T');
    try {
      if (v.length() == 10) {
        // What LocalDate.parse(v) does for yyyy-MM-dd (strict), without the formatter machinery.
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(v, 0, 4, 10),
                Integer.parseInt(v, 5, 7, 10),
                Integer.parseInt(v, 8, 10, 10)));
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        String iso =
            v.matches(".*[+-]\\d{4}$")
                ? v.substring(0, v.length() - 2) + ":" + v.substring(v.length() - 2)
                : v;
        if (iso.matches(".*T\\d{2}:\\d{2}(Z|[+-].*)$")) {
          iso = iso.replaceFirst("T(\\d{2}:\\d{2})", "T$1:00");
        }
        return Optional.of(
            OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate());
      }
      return Optional.of(LocalDateTime.parse(v.length() == 16 ? v + ":00" : v).toLocalDate());
    } catch (DateTimeException e) { // also DateTimeParseException
      try {
        return Optional.of(ZonedDateTime.parse(v).toLocalDate());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
