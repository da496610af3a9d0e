package nl.zuil.backend.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The points of the visits-over-time chart. */
public enum SeriesStep {
  DAY,
  WEEK,
  MONTH;

  /** The first day of the step that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The start of every step that overlaps the period, in order; the first and last may be cut. */
  public List<LocalDate> starts(Period period) {
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate day = start(period.from()); !day.isAfter(period.to()); day = next(day)) {
      starts.add(day);
    }
    return starts;
  }

  /** The first day of the step after the one that starts on {@code start}. */
  LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }
}
