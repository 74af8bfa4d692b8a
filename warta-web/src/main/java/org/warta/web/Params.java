package org.warta.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.warta.analysis.PublicationDate;
import org.warta.model.EventType;

/**
 * Validation of every request parameter: each is checked against a strict pattern or range and a
 * bad value becomes a 400 problem naming the parameter, so that no odd input reaches the index or
 * the file system.
 */
final class Params {
  static final int MAX_QUERY_CHARS = 500;
  static final int MAX_NAME_CHARS = 200;
  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_PAGE = 1000;
  static final int MAX_OFFSET = 10_000;
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z_]{0,39}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|\\p{Cs}");

  private Params() {}

  /** A single-valued query parameter, or null; repeated parameters are refused. */
  static String one(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw ProblemException.badParameter(name, "given " + values.size() + " times; give it once");
    }
    String v = values.get(0).strip();
    return v.isEmpty() ? null : v;
  }

  /** Free text: at most {@code max} characters, no control characters. */
  static String text(String name, String value, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw ProblemException.badParameter(
          name, "too long (" + value.length() + " characters; at most " + max + ")");
    }
    if (CONTROL.matcher(value).find()) {
      throw ProblemException.badParameter(name, "contains control or invalid characters");
    }
    return value;
  }

  /** A calendar date {@code YYYY-MM-DD}, or null. */
  static LocalDate date(String name, String value) {
    if (value == null) {
      return null;
    }
    if (!DATE.matcher(value).matches()) {
      throw ProblemException.badParameter(
          name, "'" + clip(value) + "' is not a date (use YYYY-MM-DD, e.g. 2025-08-30)");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badParameter(
          name, "'" + clip(value) + "' is not a valid calendar date");
    }
  }

  /** A publication date as the CLI's {@code --published} takes it, or null. */
  static String published(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > 40 || PublicationDate.parse(v).isEmpty()) {
      throw ProblemException.badParameter(
          name,
          "'" + clip(v) + "' is not a date (use YYYY-MM-DD or an ISO date-time, e.g. 2025-08-30)");
    }
    return v;
  }

  /** An article id: 16 lowercase hexadecimal digits. */
  static String articleId(String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw ProblemException.badParameter(
          "id", "'" + clip(value) + "' is not an article id (16 hexadecimal digits)");
    }
    return value;
  }

  /** An event type of the taxonomy ({@code DISASTER}, {@code MEET}…), or null. */
  static String eventType(String name, String value) {
    if (value == null) {
      return null;
    }
    String v = value.toUpperCase(Locale.ROOT);
    for (EventType t : EventType.values()) {
      if (t.name().equals(v)) {
        return v;
      }
    }
    throw ProblemException.badParameter(
        name, "'" + clip(value) + "' is not an event type (one of " + eventTypes() + ")");
  }

  static String eventTypes() {
    StringBuilder b = new StringBuilder();
    for (EventType t : EventType.values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(t.name());
    }
    return b.toString();
  }

  /** An ISO 639 language code, or null. */
  static String language(String name, String value) {
    if (value == null) {
      return null;
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (!LANG.matcher(v).matches()) {
      throw ProblemException.badParameter(
          name, "'" + clip(value) + "' is not a language code (ISO 639-1, e.g. id, ms, en)");
    }
    return v;
  }

  /** A quantity category such as {@code killed}, or null. */
  static String category(String name, String value) {
    if (value == null) {
      return null;
    }
    if (!CATEGORY.matcher(value).matches()) {
      throw ProblemException.badParameter(
          name, "'" + clip(value) + "' is not a category (lowercase words, e.g. killed, injured)");
    }
    return value;
  }

  /** A positive integer in [min, max], or the default when absent. */
  static int integer(String name, String value, int dflt, int min, int max) {
    if (value == null) {
      return dflt;
    }
    if (!value.matches("\\d{1,9}")) {
      throw ProblemException.badParameter(
          name, "'" + clip(value) + "' is not a whole number between " + min + " and " + max);
    }
    int v = Integer.parseInt(value);
    if (v < min || v > max) {
      throw ProblemException.badParameter(
          name, v + " is out of range (" + min + " to " + max + ")");
    }
    return v;
  }

  /** A boolean flag {@code true}/{@code false}, or the default. */
  static boolean flag(String name, String value, boolean dflt) {
    if (value == null) {
      return dflt;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ProblemException.badParameter(name, "use true or false");
    };
  }

  /** A value quoted in a message: at most 60 characters, control characters replaced. */
  static String clip(String v) {
    if (v == null) {
      return "";
    }
    String s = v.length() > 60 ? v.substring(0, 60) + "…" : v;
    return s.replaceAll("\\p{Cc}", "?");
  }

  /** Page and page size checked together: no page beyond {@link #MAX_OFFSET} hits. */
  record Paging(int page, int size) {
    int offset() {
      return (page - 1) * size;
    }

    static Paging of(Context ctx, int defaultSize) {
      int page = integer("page", one(ctx, "page"), 1, 1, MAX_PAGE);
      int size = integer("size", one(ctx, "size"), defaultSize, 1, MAX_PAGE_SIZE);
      if ((long) (page - 1) * size >= MAX_OFFSET) {
        throw ProblemException.badParameter(
            "page", "paging stops at " + MAX_OFFSET + " results; narrow the search instead");
      }
      return new Paging(page, size);
    }
  }
}
