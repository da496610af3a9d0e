package nl.zuil.ledger.aggregate;

import java.util.StringJoiner;
import nl.zuil.regionapi.HistogramBins;

/**
 * Puts a waiting or service time into its bin. The bins themselves are the region API's ({@link
 * HistogramBins}): every kiosk must count in the bins the region adds up, so they are defined once,
 * where the wire format is.
 */
public final class DurationBins {

  public static final int COUNT = HistogramBins.BINS;

  private DurationBins() {}

  public static int binOf(long millis) {
    long minutes = Math.max(0, millis) / 60_000;
    for (int bin = 0; bin < COUNT - 1; bin++) {
      if (minutes < HistogramBins.upperBoundMinutes(bin)) {
        return bin;
      }
    }
    return COUNT - 1;
  }

  /** Lower bound of {@code bin} in minutes. */
  public static int lowerBoundMinutes(int bin) {
    return HistogramBins.lowerBoundMinutes(bin);
  }

  /** Upper bound of {@code bin} in minutes, or -1 for the open last bin. */
  public static int upperBoundMinutes(int bin) {
    return HistogramBins.upperBoundMinutes(bin);
  }

  /** The same binning as {@link #binOf} as an SQL expression over {@code millisExpression}. */
  static String sqlBinOf(String millisExpression) {
    StringJoiner sql = new StringJoiner(" ", "CASE ", " ELSE " + (COUNT - 1) + " END");
    for (int bin = 0; bin < COUNT - 1; bin++) {
      sql.add(
          "WHEN (" + millisExpression + ") < " + HistogramBins.upperBoundMinutes(bin) * 60_000L);
      sql.add("THEN " + bin);
    }
    return sql.toString();
  }
}
