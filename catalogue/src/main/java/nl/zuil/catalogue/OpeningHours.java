package nl.zuil.catalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When someone is there, in Dutch local time (Europe/Amsterdam): periods per weekday, and dates
 * whose hours differ. Used for the gidsen at a location, the Werkcentrum's phone line and a
 * partner's handoff routes. The region's {@code closedDays} close every one of them unless an
 * exception of its own names that date.
 *
 * @param weekly periods such as {@code 09:00-12:30} by English weekday name ({@code tuesday}); a
 *     day that is not named has no hours
 * @param exceptions dates whose hours replace that weekday's: an empty list closes the day, a list
 *     of periods opens it (one-off extra hours) or changes its hours
 */
public record OpeningHours(Map<String, List<String>> weekly, List<DateHours> exceptions) {

  /** Hours on one date, replacing the weekly ones. */
  public record DateHours(String date, List<String> hours) {

    public DateHours {
      hours = hours == null ? List.of() : List.copyOf(hours);
    }

    public LocalDate day() {
      return LocalDate.parse(date);
    }

    public List<TimeRange> ranges() {
      return parsed(hours);
    }
  }

  public OpeningHours {
    weekly = weekly == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weekly));
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
  }

  /** The JSON key for {@code day}: {@code monday} ... {@code sunday}. */
  public static String key(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }

  /** The weekly periods of {@code day}, earliest first. */
  public List<TimeRange> on(DayOfWeek day) {
    return parsed(weekly.getOrDefault(key(day), List.of()));
  }

  /** The hours that replace the weekly ones on {@code date}, if the date is an exception. */
  public Optional<List<TimeRange>> exceptionOn(LocalDate date) {
    String key = date.toString();
    return exceptions.stream().filter(e -> key.equals(e.date())).findFirst().map(DateHours::ranges);
  }

  private static List<TimeRange> parsed(List<String> periods) {
    return periods.stream()
        .map(TimeRange::parse)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingInt(TimeRange::startMinute))
        .toList();
  }
}
