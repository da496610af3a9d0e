package nl.zuil.bench;

import java.util.Arrays;
import java.util.Locale;

/** Prints benchmark results as {@code name: value unit}, the one format bench/run promises. */
public final class Report {

  private Report() {}

  public static void line(String name, double value, String unit) {
    System.out.println(String.format(Locale.ROOT, "%s: %.3f %s", name, value, unit));
  }

  public static double percentile(long[] nanos, double percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  public static double millis(double nanos) {
    return nanos / 1_000_000.0;
  }
}
