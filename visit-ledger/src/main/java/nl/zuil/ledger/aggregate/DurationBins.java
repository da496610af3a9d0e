package nl.zuil.ledger.aggregate;

import java.util.StringJoiner;

/**
 * The fixed minute ranges that waiting and service times are counted in. Fixed, so that counts from
 * every kiosk add up at the region, and coarse, so that no single visit's time can be read back.
 * Changing them is a schema and protocol change.
 */
public final class DurationBins {

  /** Upper bounds in minutes, exclusive; the last bin is "120 minutes or more". */
  private static final int[] UPPER_BOUNDS_MINUTES = {2, 5, 10, 15, 20, 30, 45, 60, 90, 120};

  public static final int COUNT = UPPER_BOUNDS_MINUTES.length + 1;

  private DurationBins() {}

  public static int binOf(long millis) {
    long minutes = Math.max(0, millis) / 60_000;
    for (int bin = 0; bin < UPPER_BOUNDS_MINUTES.length; bin++) {
      if (minutes < UPPER_BOUNDS_MINUTES[bin]) {
        return bin;
      }
    }
    return COUNT - 1;
  }

  /** Lower bound of {@code bin} in minutes. */
  public static int lowerBoundMinutes(int bin) {
    return bin == 0 ? 0 : UPPER_BOUNDS_MINUTES[bin - 1];
  }

  /** Upper bound of {@code bin} in minutes, or -1 for the open last bin. */
  public static int upperBoundMinutes(int bin) {
    return bin < UPPER_BOUNDS_MINUTES.length ? UPPER_BOUNDS_MINUTES[bin] : -1;
  }

  /** The same binning as {@link #binOf} as an SQL expression over {@code millisExpression}. */
  static String sqlBinOf(String millisExpression) {
    StringJoiner sql = new StringJoiner(" ", "CASE ", " ELSE " + (COUNT - 1) + " END");
    for (int bin = 0; bin < UPPER_BOUNDS_MINUTES.length; bin++) {
      sql.add("WHEN (" + millisExpression + ") < " + UPPER_BOUNDS_MINUTES[bin] * 60_000L);
      sql.add("THEN " + bin);
    }
    return sql.toString();
  }
}
