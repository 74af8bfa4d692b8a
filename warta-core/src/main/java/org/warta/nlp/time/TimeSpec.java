package org.warta.nlp.time;

import java.math.BigDecimal;
import org.warta.model.TimeType;

/**
 * What a matched phrase says about time before it is anchored: the parts written in the text (a
 * year, a month, a weekday, a count and a unit …) and how to anchor them. Built by {@link
 * TimeGrammar} from a rule's named groups, read by {@link TimeResolver}. Mutable while it is built,
 * then treated as read-only; one instance per match, never shared between threads.
 */
final class TimeSpec {
  /** How the parts are anchored; mirrors the rule kinds of the grammar file. */
  enum Kind {
    /** A calendar date or clock time, possibly without a year (anchored to the nearest one). */
    CAL,
    /** Relative to the publication date: {@code kemarin}, {@code tahun lalu}. */
    REL,
    /** Relative to the last date mentioned: {@code hari itu}, {@code dua hari kemudian}. */
    ANA,
    DUR,
    SET,
    /** A fixed value: {@code PRESENT_REF}, {@code XXXX-12-25}. */
    FIX,
    /** A quarter or half of a year. */
    QTR,
    /** A decade, {@code 1970-an}. */
    DEC
  }

  /** Which occurrence of a bare month or weekday the context asks for. */
  enum Cue {
    PAST,
    FUTURE
  }

  final Kind kind;

  /** The rule's type, or null to infer it. */
  TimeType type;

  Integer year;

  /** A year written relative to the publication year ({@code April tahun depan}: +1). */
  Integer yearOffset;

  Integer month;
  Integer day;

  /** ISO day of week, 1 = Monday. */
  Integer weekday;

  /** TIMEX3 part-of-day code (TMO, TAF …). */
  String partOfDay;

  /** Hours to add to a clock time written with this part of day ({@code 7 malam} = 19:00). */
  int partOfDayShift;

  Integer hour;
  Integer minute;

  /** A deictic direction written in the phrase: -1 (lalu), 0 (ini), +1 (depan). */
  Integer direction;

  TimeUnit unit;

  /** The count of a duration, set or offset; null = not written (one). */
  BigDecimal number;

  /** An unspecified count ({@code beberapa}): TIMEX3 {@code X}. */
  boolean vague;

  /** A signed offset in {@link #unit} (relative and anaphoric kinds). */
  Integer offset;

  /** The value of a fixed expression. */
  String fixedValue;

  /** 1-4 for a quarter, 1-2 for a half; {@link #quarterTo} for "kuartal pertama dan kedua". */
  Integer quarter;

  Integer quarterTo;

  /** The first three digits of a decade, {@code 197}. */
  String decade;

  /** A context word before the phrase asking for the past or the future occurrence. */
  Cue cue;

  TimeSpec(Kind kind) {
    this.kind = kind;
  }

  /** True when the date part must come from a day mentioned nearby (a bare clock time). */
  boolean needsDayContext() {
    return kind == Kind.CAL
        && year == null
        && yearOffset == null
        && month == null
        && day == null
        && weekday == null
        && (hour != null || partOfDay != null);
  }
}
