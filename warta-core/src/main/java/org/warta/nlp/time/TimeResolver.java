package org.warta.nlp.time;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.warta.model.TimeType;

/**
 * Anchors a {@link TimeSpec} to the calendar and writes its TIMEX3 value. Language-neutral and
 * stateless: everything it needs is passed in.
 *
 * <p>Anchoring rules (documented in {@code docs/time-expressions.md}):
 *
 * <ul>
 *   <li>Relative expressions ({@code kemarin}, {@code tahun lalu}, {@code pekan depan}) count from
 *       the publication date; weeks are ISO weeks ({@code 2025-W36}).
 *   <li>A weekday alone is the latest such day on or before the publication date, or the next one
 *       on or after it when a future cue precedes it; with {@code lalu} strictly before, with
 *       {@code depan}/{@code mendatang} strictly after, with {@code ini} in the same ISO week.
 *   <li>A month alone is in the publication year, unless the same month of the neighbouring year is
 *       at most two months away and nearer ({@code Januari} in a December article is the coming
 *       January, {@code Desember} in a January article the one just past); {@code lalu}, {@code
 *       sejak} ask for the latest one not after the publication month, {@code depan}, {@code
 *       pengiriman}, {@code dijadwalkan} for the next one not before it.
 *   <li>A day and month without a year take the year that puts them nearest the publication date
 *       (in the direction a cue or modifier asks for).
 *   <li>Anaphoric expressions count from the last date resolved before them in the text, or from
 *       the publication date when there is none.
 * </ul>
 *
 * Without a publication date, anything that needs one gets a null value.
 */
final class TimeResolver {
  /** Granularity of a resolved calendar point. */
  enum Gran {
    DAY,
    WEEK,
    WEEKEND,
    MONTH,
    QUARTER,
    HALF,
    YEAR,
    DECADE,
    CENTURY;

    boolean finerOrEqual(Gran other) {
      return ordinal() <= other.ordinal();
    }
  }

  /** A calendar point: a day (for a month, its first day) and how much of it is meant. */
  record Point(LocalDate date, Gran gran) {}

  /** The type, the value (null when it cannot be anchored) and the point for later anaphora. */
  record Resolution(TimeType type, String value, Point point) {}

  private TimeResolver() {}

  /**
   * @param anchor the publication date, or null
   * @param last the last calendar point resolved before this expression, or null
   * @param dayContext the day of a nearby date in the same sentence (for bare clock times), or null
   */
  static Resolution resolve(TimeSpec s, LocalDate anchor, Point last, LocalDate dayContext) {
    TimeType type = s.type != null ? s.type : inferType(s);
    Point p;
    String value;
    switch (s.kind) {
      case DUR -> {
        return new Resolution(type, duration(s), null);
      }
      case SET -> {
        return new Resolution(type, set(s), null);
      }
      case FIX -> {
        return new Resolution(type, s.fixedValue, null);
      }
      case DEC -> {
        boolean century = s.decade.length() == 2;
        int year = Integer.parseInt(s.decade) * (century ? 100 : 10);
        return new Resolution(
            type,
            s.decade,
            new Point(LocalDate.of(year, 1, 1), century ? Gran.CENTURY : Gran.DECADE));
      }
      case QTR -> p = quarter(s, anchor);
      case REL -> {
        if (s.offset == null && s.direction == null) {
          return new Resolution(type, null, null);
        }
        if (s.unit != null && s.unit.clock) {
          int sign = s.direction != null ? s.direction : s.offset;
          return new Resolution(type, sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }
        if (s.vague) {
          int sign = s.direction != null ? s.direction : 0;
          return new Resolution(
              type, sign < 0 ? "PAST_REF" : sign > 0 ? "FUTURE_REF" : "PRESENT_REF", null);
        }
        p = anchor == null ? null : relative(anchor, s, relativeAmount(s));
      }
      case ANA -> {
        Point base = last != null ? last : anchor == null ? null : new Point(anchor, Gran.DAY);
        p = base == null ? null : anaphoric(base, s);
      }
      case CAL -> p = calendar(s, anchor, dayContext);
      default -> throw new IllegalStateException(s.kind.toString());
    }
    if (p == null) {
      return new Resolution(type, null, null);
    }
    value = format(p);
    if (type == TimeType.TIME && p.gran() == Gran.DAY) {
      if (s.hour != null) {
        value += String.format(Locale.ROOT, "T%02d:%02d", s.hour, s.minute);
      } else if (s.partOfDay != null) {
        value += s.partOfDay;
      }
    }
    return new Resolution(type, value, p);
  }

  private static TimeType inferType(TimeSpec s) {
    return switch (s.kind) {
      case DUR -> TimeType.DURATION;
      case SET -> TimeType.SET;
      default -> s.hour != null || s.partOfDay != null ? TimeType.TIME : TimeType.DATE;
    };
  }

  private static int relativeAmount(TimeSpec s) {
    if (s.offset != null) {
      return s.offset;
    }
    int n = s.number == null ? 1 : s.number.intValue();
    return s.direction * n;
  }

  private static Point relative(LocalDate anchor, TimeSpec s, int n) {
    TimeUnit unit = s.unit == null ? TimeUnit.D : s.unit;
    return switch (unit) {
      case D -> new Point(anchor.plusDays(n), Gran.DAY);
      case W -> new Point(anchor.plusWeeks(n), Gran.WEEK);
      case WE -> new Point(anchor.plusWeeks(n), Gran.WEEKEND);
      case M -> new Point(anchor.plusMonths(n).withDayOfMonth(1), Gran.MONTH);
      case Q -> new Point(quarterStart(anchor).plusMonths(3L * n), Gran.QUARTER);
      case HALF -> new Point(halfStart(anchor).plusMonths(6L * n), Gran.HALF);
      case Y -> new Point(LocalDate.of(anchor.getYear() + n, 1, 1), Gran.YEAR);
      case DE -> new Point(LocalDate.of((anchor.getYear() / 10 + n) * 10, 1, 1), Gran.DECADE);
      case CE -> new Point(LocalDate.of((anchor.getYear() / 100 + n) * 100, 1, 1), Gran.CENTURY);
      default -> null;
    };
  }

  /**
   * The antecedent of an anaphoric expression: the latest point at least as fine as its unit
   * ({@code hari yang sama} skips a year mentioned since the last day), else the latest point.
   */
  static Point antecedent(List<Point> history, TimeSpec s) {
    if (history.isEmpty()) {
      return null;
    }
    Gran wanted = s.unit == null ? null : granOf(s.unit);
    if (wanted != null) {
      for (int i = history.size() - 1; i >= 0; i--) {
        if (history.get(i).gran().finerOrEqual(wanted)) {
          return history.get(i);
        }
      }
    }
    return history.get(history.size() - 1);
  }

  private static Point anaphoric(Point base, TimeSpec s) {
    if (s.unit == null) {
      return base;
    }
    Gran wanted = granOf(s.unit);
    if (wanted == null || !base.gran().finerOrEqual(wanted)) {
      return base;
    }
    int n = s.offset == null ? 0 : s.offset;
    LocalDate d = base.date();
    return switch (s.unit) {
      case D -> new Point(d.plusDays(n), Gran.DAY);
      case W, WE -> new Point(d.plusWeeks(n), Gran.WEEK);
      case M -> new Point(d.withDayOfMonth(1).plusMonths(n), Gran.MONTH);
      case Q -> new Point(quarterStart(d).plusMonths(3L * n), Gran.QUARTER);
      case HALF -> new Point(halfStart(d).plusMonths(6L * n), Gran.HALF);
      case Y -> new Point(LocalDate.of(d.getYear() + n, 1, 1), Gran.YEAR);
      case DE -> new Point(LocalDate.of((d.getYear() / 10 + n) * 10, 1, 1), Gran.DECADE);
      default -> base;
    };
  }

  private static Gran granOf(TimeUnit unit) {
    return switch (unit) {
      case D -> Gran.DAY;
      case W, WE -> Gran.WEEK;
      case M -> Gran.MONTH;
      case Q -> Gran.QUARTER;
      case HALF -> Gran.HALF;
      case Y -> Gran.YEAR;
      case DE -> Gran.DECADE;
      case CE -> Gran.CENTURY;
      default -> null;
    };
  }

  private static Point quarter(TimeSpec s, LocalDate anchor) {
    Integer year = s.year;
    if (year == null) {
      if (anchor == null) {
        return null;
      }
      year = anchor.getYear() + (s.direction == null ? 0 : s.direction);
    }
    if (s.quarterTo != null) {
      if (s.unit == TimeUnit.Q && s.quarterTo == s.quarter + 1 && s.quarter % 2 == 1) {
        return new Point(LocalDate.of(year, s.quarter == 1 ? 1 : 7, 1), Gran.HALF);
      }
      return new Point(LocalDate.of(year, 1, 1), Gran.YEAR);
    }
    if (s.unit == TimeUnit.HALF) {
      return new Point(LocalDate.of(year, s.quarter == 1 ? 1 : 7, 1), Gran.HALF);
    }
    return new Point(LocalDate.of(year, (s.quarter - 1) * 3 + 1, 1), Gran.QUARTER);
  }

  private static Point calendar(TimeSpec s, LocalDate anchor, LocalDate dayContext) {
    if (s.needsDayContext()) {
      LocalDate day = s.direction != null || dayContext == null ? anchor : dayContext;
      return day == null ? null : new Point(day, Gran.DAY);
    }
    Integer year = s.year;
    if (year == null && s.yearOffset != null && anchor != null) {
      year = anchor.getYear() + s.yearOffset;
    }
    if (year != null) {
      try {
        if (s.month != null && s.day != null) {
          return new Point(LocalDate.of(year, s.month, s.day), Gran.DAY);
        }
        if (s.month != null) {
          return new Point(LocalDate.of(year, s.month, 1), Gran.MONTH);
        }
        return new Point(LocalDate.of(year, 1, 1), Gran.YEAR);
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (anchor == null) {
      return null;
    }
    if (s.month != null && s.day != null) {
      return dayMonth(s, anchor);
    }
    if (s.month != null) {
      return new Point(LocalDate.of(monthYear(s, anchor), s.month, 1), Gran.MONTH);
    }
    if (s.weekday != null) {
      return new Point(weekday(s, anchor), Gran.DAY);
    }
    return null;
  }

  /** The year of a bare month (see the class comment). */
  static int monthYear(TimeSpec s, LocalDate anchor) {
    int a = anchor.getMonthValue();
    int m = s.month;
    int y = anchor.getYear();
    Integer dir = s.direction;
    if (dir != null && dir == 0) {
      return y;
    }
    if (dir != null && dir < 0) {
      return m < a ? y : y - 1;
    }
    if (dir != null && dir > 0) {
      return m > a ? y : y + 1;
    }
    if (s.cue == TimeSpec.Cue.PAST) {
      return m <= a ? y : y - 1;
    }
    if (s.cue == TimeSpec.Cue.FUTURE) {
      return m >= a ? y : y + 1;
    }
    int same = Math.abs(m - a);
    int next = m + 12 - a;
    int prev = a + 12 - m;
    if (next <= 2 && next < same) {
      return y + 1;
    }
    if (prev <= 2 && prev < same) {
      return y - 1;
    }
    return y;
  }

  private static Point dayMonth(TimeSpec s, LocalDate anchor) {
    if (s.weekday != null) {
      // a weekday written beside the date picks the year in which they agree
      Point agreeing = dayMonth(s, anchor, true);
      if (agreeing != null) {
        return agreeing;
      }
    }
    return dayMonth(s, anchor, false);
  }

  private static Point dayMonth(TimeSpec s, LocalDate anchor, boolean weekdayMustAgree) {
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    int dir = s.direction != null ? s.direction : 0;
    if (dir == 0 && s.cue != null) {
      dir = s.cue == TimeSpec.Cue.PAST ? -1 : 1;
    }
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, s.month, s.day);
      } catch (DateTimeException e) {
        continue;
      }
      long dist = d.toEpochDay() - anchor.toEpochDay();
      if (dir < 0 && dist > 0
          || dir > 0 && dist < 0
          || weekdayMustAgree && d.getDayOfWeek().getValue() != s.weekday) {
        continue;
      }
      long abs = Math.abs(dist) * 2 + (dist > 0 ? 1 : 0);
      if (abs < bestDist) {
        bestDist = abs;
        best = d;
      }
    }
    return best == null ? null : new Point(best, Gran.DAY);
  }

  private static LocalDate weekday(TimeSpec s, LocalDate anchor) {
    DayOfWeek w = DayOfWeek.of(s.weekday);
    Integer dir = s.direction;
    if (dir != null && dir < 0) {
      return anchor.with(TemporalAdjusters.previous(w));
    }
    if (dir != null && dir > 0) {
      return anchor.with(TemporalAdjusters.next(w));
    }
    if (dir != null) {
      return anchor.with(DayOfWeek.MONDAY).plusDays(s.weekday - 1L);
    }
    if (s.cue == TimeSpec.Cue.FUTURE) {
      return anchor.with(TemporalAdjusters.nextOrSame(w));
    }
    return anchor.with(TemporalAdjusters.previousOrSame(w));
  }

  private static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  private static LocalDate halfStart(LocalDate d) {
    return LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
  }

  /** The TIMEX3 value of a calendar point. */
  static String format(Point p) {
    LocalDate d = p.date();
    return switch (p.gran()) {
      case DAY ->
          String.format(
              Locale.ROOT, "%s-%02d-%02d", year(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
      case WEEK, WEEKEND ->
          String.format(
                  Locale.ROOT,
                  "%s-W%02d",
                  year(d.get(IsoFields.WEEK_BASED_YEAR)),
                  d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
              + (p.gran() == Gran.WEEKEND ? "-WE" : "");
      case MONTH -> String.format(Locale.ROOT, "%s-%02d", year(d.getYear()), d.getMonthValue());
      case QUARTER -> year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
      case HALF -> year(d.getYear()) + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> year(d.getYear());
      case DECADE -> year(d.getYear()).substring(0, 3);
      case CENTURY -> year(d.getYear()).substring(0, 2);
    };
  }

  private static String year(int y) {
    return String.format(Locale.ROOT, "%04d", y);
  }

  private static String duration(TimeSpec s) {
    return "P" + (s.unit.clock ? "T" : "") + amount(s, s.unit) + s.unit.designator;
  }

  private static String amount(TimeSpec s, TimeUnit unit) {
    if (s.vague) {
      return "X";
    }
    BigDecimal n = s.number == null ? BigDecimal.ONE : s.number;
    n = n.multiply(BigDecimal.valueOf(unit.factor));
    return n.stripTrailingZeros().toPlainString();
  }

  private static String set(TimeSpec s) {
    if (s.weekday != null) {
      return "XXXX-WXX-" + s.weekday;
    }
    if (s.month != null) {
      return String.format(Locale.ROOT, "XXXX-%02d", s.month);
    }
    if (s.unit == TimeUnit.WE) {
      return "XXXX-WXX-WE";
    }
    if (s.unit != null) {
      return "P" + (s.unit.clock ? "T" : "") + amount(s, s.unit) + s.unit.designator;
    }
    if (s.partOfDay != null) {
      return "XXXX-XX-XX" + s.partOfDay;
    }
    return null;
  }
}
