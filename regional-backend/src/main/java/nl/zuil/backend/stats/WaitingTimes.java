package nl.zuil.backend.stats;

import java.util.Optional;

/**
 * Waiting-time figures from the kiosks' fixed minute bins (0-2, 2-5, 5-10, 10-15, 15-20, 20-30,
 * 30-45, 45-60, 60-90, 90-120, 120+). No single waiting time ever leaves a kiosk, so a quantile is
 * estimated the way grouped data always is: find the bin that holds it and interpolate linearly
 * within the bin.
 */
public final class WaitingTimes {

  /** Lower edge of each bin in minutes; the last bin has no upper edge. */
  static final int[] EDGES = {0, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120};

  private WaitingTimes() {}

  /**
   * A waiting time in minutes, or "at least 120" when it falls in the open last bin.
   *
   * @param atLeast true when {@code minutes} is the last bin's lower edge, not an estimate
   */
  public record Minutes(double minutes, boolean atLeast) {}

  /** How many visits the bins count. */
  public static long count(long[] bins) {
    long n = 0;
    for (long count : bins) {
      n += count;
    }
    return n;
  }

  /**
   * The {@code q}-quantile (0 &lt; q &lt; 1), or empty when the bins count no visits.
   *
   * @throws IllegalArgumentException unless there are exactly as many bins as edges
   */
  public static Optional<Minutes> quantile(long[] bins, double q) {
    if (bins.length != EDGES.length) {
      throw new IllegalArgumentException("expected " + EDGES.length + " bins");
    }
    long n = count(bins);
    if (n == 0) {
      return Optional.empty();
    }
    double rank = q * n;
    long before = 0;
    for (int bin = 0; bin < bins.length; bin++) {
      if (bins[bin] > 0 && before + bins[bin] >= rank) {
        if (bin == bins.length - 1) {
          return Optional.of(new Minutes(EDGES[bin], true));
        }
        double width = EDGES[bin + 1] - EDGES[bin];
        return Optional.of(new Minutes(EDGES[bin] + (rank - before) / bins[bin] * width, false));
      }
      before += bins[bin];
    }
    throw new IllegalStateException("unreachable: the last non-empty bin holds every rank");
  }
}
