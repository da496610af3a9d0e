package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where published counts are protected (decision 0702). Every chart, table, export
 * and report takes its figures from here.
 *
 * <ul>
 *   <li><b>Primary suppression</b> (threshold rule): a count from 1 to {@code threshold − 1} is
 *       shown as "&lt; 5". Zero is shown: it describes nobody.
 *   <li><b>Secondary suppression</b>: further counts (never zeros, preferably not totals) are
 *       hidden as "x" until no hidden count can be worked out from the published ones: for every
 *       hidden count some other set of values, each within what a reader knows of it ("&lt; 5" is 1
 *       to 4, "x" is at least 5), adds up to every published total.
 *   <li>A row or column whose total is below the threshold reads "&lt; 5" throughout, zeros
 *       included, and so does a whole table whose grand total is: with so few visits, even which
 *       cells are empty would say too much (two cells under a total of 2 hold 1 each).
 * </ul>
 *
 * <p>Tables of one dashboard share their grand total (all visits in the selection). It is never
 * hidden in one table only, because another table would then give it away: when a table cannot be
 * protected with the grand total shown, it is hidden in all of them.
 */
public final class Suppression {

  public static final int DEFAULT_THRESHOLD = 5;

  /** The mark of a count hidden by secondary suppression, as Statistics Netherlands uses it. */
  public static final String HIDDEN_MARK = "x";

  private final int threshold;

  public Suppression(int threshold) {
    if (threshold < 3) {
      throw new IllegalArgumentException("the suppression threshold must be at least 3");
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** Whether a count is small enough to single someone out. */
  public boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  /** A table of its own, with its own grand total. */
  public ProtectedTable protect(long[][] counts) {
    return protectSharingTotal(List.<long[][]>of(counts)).get(0);
  }

  /**
   * Protects tables that all break down the same grand total (the same visits, counted along
   * different dimensions).
   *
   * @throws IllegalArgumentException when their grand totals differ
   */
  public List<ProtectedTable> protectSharingTotal(List<long[][]> tables) {
    long total = -1;
    for (long[][] table : tables) {
      long sum = Protector.sum(table);
      if (total >= 0 && sum != total) {
        throw new IllegalArgumentException("tables sharing a total must add up to the same number");
      }
      total = sum;
    }
    List<ProtectedTable> protectedTables = new ArrayList<>();
    for (long[][] table : tables) {
      ProtectedTable result = new Protector(table, threshold, false).run();
      if (result == null) {
        return protectAll(tables, true);
      }
      protectedTables.add(result);
    }
    return protectedTables;
  }

  private List<ProtectedTable> protectAll(List<long[][]> tables, boolean hideTotal) {
    List<ProtectedTable> protectedTables = new ArrayList<>();
    for (long[][] table : tables) {
      protectedTables.add(new Protector(table, threshold, hideTotal).run());
    }
    return protectedTables;
  }

  /** What a reader sees: the count, "&lt; 5", or "x". */
  public String text(Cell cell) {
    return switch (cell.visibility()) {
      case SHOWN -> Long.toString(cell.value().getAsLong());
      case SMALL -> "< " + threshold;
      case HIDDEN -> HIDDEN_MARK;
    };
  }
}
