package nl.zuil.backend.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The service days a dashboard covers, both ends included. Weeks are ISO weeks (Monday to Sunday,
 * week 1 holds the year's first Thursday), as Dutch calendars number them.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

  /** Longest custom period: three years, enough to compare a year with the two before it. */
  public static final int MAX_DAYS = 3 * 366;

  public enum Kind {
    WEEK,
    MONTH,
    QUARTER,
    CUSTOM
  }

  public Period {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days");
    }
  }

  /** The ISO week (Monday to Sunday) that holds {@code day}. */
  public static Period week(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Period(Kind.WEEK, monday, monday.plusDays(6));
  }

  public static Period month(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  public static Period quarter(LocalDate day) {
    LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
    return new Period(Kind.QUARTER, first, first.plusMonths(3).minusDays(1));
  }

  public static Period custom(LocalDate from, LocalDate to) {
    return new Period(Kind.CUSTOM, from, to);
  }

  /** The period of this kind that holds {@code day}. */
  public static Period of(Kind kind, LocalDate day) {
    return switch (kind) {
      case WEEK -> week(day);
      case MONTH -> month(day);
      case QUARTER -> quarter(day);
      case CUSTOM -> throw new IllegalArgumentException("a custom period needs both ends");
    };
  }

  /** The same kind of period just before this one (a custom one of equal length). */
  public Period previous() {
    return kind == Kind.CUSTOM
        ? custom(from.minusDays(days()), from.minusDays(1))
        : of(kind, from.minusDays(1));
  }

  public Period next() {
    return kind == Kind.CUSTOM
        ? custom(to.plusDays(1), to.plusDays(days()))
        : of(kind, to.plusDays(1));
  }

  /** Whether {@code today} falls inside the period, so its last days are still to come. */
  public boolean ongoing(LocalDate today) {
    return !today.isBefore(from) && today.isBefore(to);
  }

  /** Whether the period starts after {@code today}: nothing can have been counted yet. */
  public boolean notStarted(LocalDate today) {
    return today.isBefore(from);
  }

  /** The last day that can have been counted: {@code today} in an ongoing period, else its end. */
  public LocalDate through(LocalDate today) {
    return ongoing(today) ? today : to;
  }

  /**
   * The period before this one over as many days as this one has had by {@code today}: 1 to 7
   * November beside 1 to 7 December, so a period that is not over is not compared with a whole one.
   */
  public Period previousSameDays(LocalDate today) {
    Period before = previous();
    if (!ongoing(today)) {
      return before;
    }
    long counted = ChronoUnit.DAYS.between(from, through(today));
    LocalDate last = before.from.plusDays(counted);
    return new Period(before.kind, before.from, last.isAfter(before.to) ? before.to : last);
  }

  /**
   * The same days a year earlier; a week is the one 52 weeks earlier, so its days fall on the same
   * weekdays.
   */
  public Period yearEarlierSameDays(LocalDate today) {
    LocalDate last = through(today);
    return kind == Kind.WEEK
        ? new Period(kind, from.minusWeeks(52), last.minusWeeks(52))
        : new Period(kind, from.minusYears(1), last.minusYears(1));
  }

  /** The days of this period in each calendar month it touches, in order. */
  public List<Period> months() {
    List<Period> months = new ArrayList<>();
    LocalDate first = from;
    while (!first.isAfter(to)) {
      LocalDate endOfMonth = YearMonth.from(first).atEndOfMonth();
      LocalDate last = endOfMonth.isBefore(to) ? endOfMonth : to;
      months.add(custom(first, last));
      first = last.plusDays(1);
    }
    return months;
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * How the visits-over-time chart steps through this period: by day for a week at most, by ISO
   * week up to half a year, by month beyond.
   */
  public SeriesStep step() {
    if (days() <= 7) {
      return SeriesStep.DAY;
    }
    return days() <= 183 ? SeriesStep.WEEK : SeriesStep.MONTH;
  }
}
