package nl.zuil.ledger.aggregate;

import java.util.Arrays;

/** Counts per {@link DurationBins} bin; immutable. */
public final class Histogram {

  private static final Histogram EMPTY = new Histogram(new int[DurationBins.COUNT]);

  private final int[] counts;

  private Histogram(int[] counts) {
    this.counts = counts;
  }

  public static Histogram empty() {
    return EMPTY;
  }

  public static Histogram of(int... counts) {
    if (counts.length != DurationBins.COUNT) {
      throw new IllegalArgumentException(
          "a histogram has " + DurationBins.COUNT + " bins, got " + counts.length);
    }
    return new Histogram(counts.clone());
  }

  public int count(int bin) {
    return counts[bin];
  }

  public int total() {
    return Arrays.stream(counts).sum();
  }

  public int[] toArray() {
    return counts.clone();
  }

  Histogram plus(Histogram other) {
    int[] sum = new int[DurationBins.COUNT];
    for (int bin = 0; bin < sum.length; bin++) {
      sum[bin] = counts[bin] + other.counts[bin];
    }
    return new Histogram(sum);
  }

  Histogram minus(Histogram other) {
    int[] difference = new int[DurationBins.COUNT];
    for (int bin = 0; bin < difference.length; bin++) {
      difference[bin] = counts[bin] - other.counts[bin];
    }
    return new Histogram(difference);
  }

  Histogram with(int bin, int count) {
    int[] changed = counts.clone();
    changed[bin] = count;
    return new Histogram(changed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram histogram && Arrays.equals(counts, histogram.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return Arrays.toString(counts);
  }
}
