package nl.zuil.provisioning.update;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.zuil.catalogue.OpeningHours;
import nl.zuil.catalogue.TimeRange;

/**
 * When a kiosk installs its updates: a daily time at which no gids hours of its location, on any
 * weekday or listed date, come within an hour (decision 0807). The night is preferred: 03:00, then
 * the half hours nearest to it.
 *
 * @param startMinute minutes after midnight, Dutch local time; updates start within {@link
 *     #SPREAD_MINUTES} after it
 */
public record MaintenanceWindow(int startMinute) {

  /** 03:00: the middle of the night, far from any inlooppunt's hours. */
  public static final MaintenanceWindow NIGHT = new MaintenanceWindow(3 * 60);

  /** Kiosks of one region start at random within this, so the repository is not hit at once. */
  public static final int SPREAD_MINUTES = 30;

  /** How long an update with its kiosk restart may take, at most. */
  static final int LENGTH_MINUTES = 60 + SPREAD_MINUTES;

  /** No window closer than this to the hours a visitor may be helped. */
  static final int MARGIN_MINUTES = 60;

  private static final int STEP_MINUTES = 30;

  /** The window for a location with these gids hours; empty when every half hour is taken. */
  public static Optional<MaintenanceWindow> outside(OpeningHours hours) {
    List<TimeRange> busy = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      busy.addAll(hours.on(day));
    }
    for (OpeningHours.DateHours date : hours.exceptions()) {
      busy.addAll(date.ranges());
    }
    return IntStream.range(0, TimeRange.DAY_MINUTES / STEP_MINUTES)
        .map(i -> i * STEP_MINUTES)
        .boxed()
        .sorted(Comparator.comparingInt(start -> distance(start, NIGHT.startMinute)))
        .filter(start -> busy.stream().noneMatch(range -> near(start, range)))
        .findFirst()
        .map(MaintenanceWindow::new);
  }

  /** "03:00". */
  public String start() {
    return TimeRange.clock(startMinute);
  }

  /** When the package lists are fetched: an hour before, so the window installs what is new. */
  public String fetch() {
    return TimeRange.clock(Math.floorMod(startMinute - 60, TimeRange.DAY_MINUTES));
  }

  /** "03:00-04:30": from the start to the latest an update may still be running. */
  public String describe() {
    return start() + "-" + TimeRange.clock((startMinute + LENGTH_MINUTES) % TimeRange.DAY_MINUTES);
  }

  private static boolean near(int start, TimeRange range) {
    // Compared on a circle of one day, so hours until 24:00 keep 00:30 free of updates too.
    for (int shift = -TimeRange.DAY_MINUTES;
        shift <= TimeRange.DAY_MINUTES;
        shift += TimeRange.DAY_MINUTES) {
      int from = start + shift;
      int to = from + LENGTH_MINUTES;
      if (from < range.endMinute() + MARGIN_MINUTES && range.startMinute() - MARGIN_MINUTES < to) {
        return true;
      }
    }
    return false;
  }

  private static int distance(int a, int b) {
    int d = Math.abs(a - b);
    return Math.min(d, TimeRange.DAY_MINUTES - d);
  }
}
