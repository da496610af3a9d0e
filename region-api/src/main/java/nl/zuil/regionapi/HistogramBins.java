package nl.zuil.regionapi;

/**
 * The fixed minute ranges that waiting and service times are counted in, on every kiosk and at the
 * region: 0-2, 2-5, 5-10, 10-15, 15-20, 20-30, 30-45, 45-60, 60-90, 90-120, 120+ minutes. Fixed, so
 * that counts from every kiosk add up at the region, and coarse, so that no single visit's time can
 * be read back. They are part of the API (a histogram is {@link #BINS} counts), so the ledger that
 * fills them and the backend that checks them both take them from here; changing them is a schema
 * and protocol change.
 */
public final class HistogramBins {

  /** Upper bounds in minutes, exclusive; the last bin is "120 minutes or more". */
  private static final int[] UPPER_BOUNDS_MINUTES = {2, 5, 10, 15, 20, 30, 45, 60, 90, 120};

  /** How many counts a histogram holds. */
  public static final int BINS = UPPER_BOUNDS_MINUTES.length + 1;

  private HistogramBins() {}

  /** Lower bound of {@code bin} in minutes, inclusive. */
  public static int lowerBoundMinutes(int bin) {
    return bin == 0 ? 0 : UPPER_BOUNDS_MINUTES[bin - 1];
  }

  /** Upper bound of {@code bin} in minutes, exclusive, or -1 for the open last bin. */
  public static int upperBoundMinutes(int bin) {
    return bin < UPPER_BOUNDS_MINUTES.length ? UPPER_BOUNDS_MINUTES[bin] : -1;
  }
}
