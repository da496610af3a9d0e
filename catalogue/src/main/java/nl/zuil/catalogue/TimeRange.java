package nl.zuil.catalogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period within one day in Dutch local time, written {@code 09:00-12:30}. The end may be {@code
 * 24:00}, which {@link java.time.LocalTime} cannot hold, so both ends are minutes after midnight.
 */
public record TimeRange(int startMinute, int endMinute) {

  public static final int DAY_MINUTES = 24 * 60;

  private static final Pattern SHAPE =
      Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])-([01][0-9]|2[0-4]):([0-5][0-9])");

  /** The range a catalogue writes, or empty when the text is not a valid period of one day. */
  public static Optional<TimeRange> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = minutes(m.group(1), m.group(2));
    int end = minutes(m.group(3), m.group(4));
    if (start >= end || end > DAY_MINUTES) {
      return Optional.empty();
    }
    return Optional.of(new TimeRange(start, end));
  }

  private static int minutes(String hours, String minutes) {
    return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
  }

  public boolean overlaps(TimeRange other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  @Override
  public String toString() {
    return clock(startMinute) + "-" + clock(endMinute);
  }

  /** "09:30", and "24:00" for the end of the day. */
  public static String clock(int minuteOfDay) {
    return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }
}
