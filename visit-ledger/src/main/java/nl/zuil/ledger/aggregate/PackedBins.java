package nl.zuil.ledger.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * A histogram as a few integers that SQL can add up: three bins to a number, 21 bits a bin, as
 * balanced digits, so sums of differences stay exact while no bin of one bucket differs by 2^20 (a
 * million visits in one hour at one location). The bucket's {@code unpurged_*} columns (ledger
 * schema 9) hold a bucket's bins in this form, and {@link ChangedBuckets} sums visits' bins into it
 * to compare a recount with a bucket without reading {@code bucket_duration}.
 */
final class PackedBins {

  static final int BINS_PER_GROUP = 3;
  static final int BITS_PER_BIN = 21;
  static final int GROUPS = (DurationBins.COUNT + BINS_PER_GROUP - 1) / BINS_PER_GROUP;

  private PackedBins() {}

  /** The bucket columns of {@code measure} ({@link Tally.Measure}), group by group. */
  static List<String> columns(String measure) {
    List<String> columns = new ArrayList<>(GROUPS);
    for (int group = 0; group < GROUPS; group++) {
      columns.add("unpurged_" + measure + "_" + group);
    }
    return columns;
  }

  /** Every packed column of a bucket, waiting times first. */
  static List<String> allColumns() {
    List<String> columns = columns(Tally.Measure.WAIT);
    columns.addAll(columns(Tally.Measure.SERVICE));
    return columns;
  }

  /** The number of {@code group} for these bins. */
  static long pack(Histogram bins, int group) {
    long packed = 0;
    int first = group * BINS_PER_GROUP;
    for (int bin = Math.min(DurationBins.COUNT, first + BINS_PER_GROUP) - 1; bin >= first; bin--) {
      packed = (packed << BITS_PER_BIN) + bins.count(bin);
    }
    return packed;
  }

  /**
   * SQL summing, per group, a visit's bin ({@code binColumn}, null for none) and numbers already
   * packed ({@code packedColumn}, e.g. a bucket's negated columns).
   */
  static String sqlSum(String binColumn, String packedColumn, int group) {
    return String.format(
        "sum(CASE WHEN %1$s / %2$d = %3$d THEN 1 << (%4$d * (%1$s %% %2$d)) ELSE %5$s END)",
        binColumn, BINS_PER_GROUP, group, BITS_PER_BIN, packedColumn);
  }

  /** Reads the signed bins that {@code packed} sums into {@code bins}, from {@code group}'s. */
  static void unpack(long packed, int[] bins, int group) {
    long rest = packed;
    int first = group * BINS_PER_GROUP;
    for (int bin = first; bin < Math.min(bins.length, first + BINS_PER_GROUP); bin++) {
      long digit = rest & ((1L << BITS_PER_BIN) - 1);
      if (digit >= 1L << (BITS_PER_BIN - 1)) {
        digit -= 1L << BITS_PER_BIN;
      }
      bins[bin] = (int) digit;
      rest = (rest - digit) >> BITS_PER_BIN;
    }
  }
}
