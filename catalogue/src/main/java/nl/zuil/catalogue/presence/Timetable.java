package nl.zuil.catalogue.presence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zuil.catalogue.OpeningHours;
import nl.zuil.catalogue.TimeRange;

/**
 * The real periods of one set of opening hours: weekly hours, replaced on a date by the hours' own
 * exception, and closed on the region's closed days unless an exception names that date. Periods
 * that meet at midnight are one period, so "closes in" is right at 23:50 for a line open through
 * the night.
 */
public final class Timetable {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** How far ahead "next opening" looks; a place closed longer than this has no next opening. */
  public static final int HORIZON_DAYS = 60;

  private static final Timetable NEVER = new Timetable(null, Set.of());

  private final OpeningHours hours;
  private final Set<LocalDate> closedDays;

  private Timetable(OpeningHours hours, Set<LocalDate> closedDays) {
    this.hours = hours;
    this.closedDays = Set.copyOf(closedDays);
  }

  /**
   * @param hours null for a place where nobody ever is
   */
  public static Timetable of(OpeningHours hours, Set<LocalDate> closedDays) {
    return hours == null ? NEVER : new Timetable(hours, closedDays);
  }

  /** The periods of one day, earliest first. */
  public List<TimeRange> rangesOn(LocalDate date) {
    if (hours == null) {
      return List.of();
    }
    Optional<List<TimeRange>> exception = hours.exceptionOn(date);
    if (exception.isPresent()) {
      return exception.get();
    }
    return closedDays.contains(date) ? List.of() : hours.on(date.getDayOfWeek());
  }

  /** The period that holds {@code now}, if any. */
  public Optional<Period> current(ZonedDateTime now) {
    return periodsFrom(now).stream().filter(p -> p.contains(now)).findFirst();
  }

  /** The first period that starts after {@code now}, within the horizon. */
  public Optional<Period> next(ZonedDateTime now) {
    return periodsFrom(now).stream().filter(p -> p.start().isAfter(now)).findFirst();
  }

  /**
   * Every period that ends after {@code from}, up to the horizon. The day before is included
   * because a period of last night may still be running.
   */
  List<Period> periodsFrom(ZonedDateTime from) {
    LocalDate today = from.withZoneSameInstant(ZONE).toLocalDate();
    List<Period> merged = new ArrayList<>();
    for (LocalDate day = today.minusDays(1);
        !day.isAfter(today.plusDays(HORIZON_DAYS));
        day = day.plusDays(1)) {
      for (TimeRange range : rangesOn(day)) {
        Period period = new Period(at(day, range.startMinute()), at(day, range.endMinute()));
        int last = merged.size() - 1;
        if (last >= 0 && !merged.get(last).end().isBefore(period.start())) {
          merged.set(last, new Period(merged.get(last).start(), period.end()));
        } else {
          merged.add(period);
        }
      }
    }
    return merged.stream().filter(p -> p.end().isAfter(from)).toList();
  }

  /**
   * A wall-clock minute of a day as a real moment. In the spring gap (02:00-03:00 on the last
   * Sunday of March) a time moves forward by the gap; in the autumn overlap the earlier of the two
   * moments counts.
   */
  static ZonedDateTime at(LocalDate day, int minuteOfDay) {
    if (minuteOfDay == TimeRange.DAY_MINUTES) {
      return day.plusDays(1).atStartOfDay(ZONE);
    }
    return ZonedDateTime.of(day, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), ZONE);
  }
}
