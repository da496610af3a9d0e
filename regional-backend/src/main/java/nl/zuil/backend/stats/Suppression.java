package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where published counts are protected (decision 0702). Every chart, table, export
 * and report takes its figures from here.
 *
 * <ul>
 *   <li><b>Primary suppression</b> (threshold rule): a count from 1 to {@code threshold − 1} is
 *       shown as "&lt; 5". Zero is shown: it describes nobody.
 *   <li><b>Secondary suppression</b>: further counts (never zeros, preferably not totals) are
 *       hidden as "x" until no suppressed count of one or more can be worked out from the published
 *       ones: for every such count some other set of values, each within what a reader knows of it
 *       ("&lt; 5" is 1 to 4, "x" is at least 5), adds up to every published total.
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

  /**
   * The counts of one table to publish.
   *
   * @param values rows x columns, all of equal length, none negative
   * @param rowTotals whether each row's total is published too (only meaningful with more than one
   *     column); column totals and the grand total always are
   */
  public record Counts(long[][] values, boolean rowTotals) {

    public static Counts withRowTotals(long[][] values) {
      return new Counts(values, true);
    }

    public static Counts withoutRowTotals(long[][] values) {
      return new Counts(values, false);
    }

    long sum() {
      long sum = 0;
      for (long[] row : values) {
        for (long count : row) {
          sum += count;
        }
      }
      return sum;
    }
  }

  /** A labelled table of its own, with its own grand total. */
  <R, C> PublishedTable<R, C> protect(LabelledTable<R, C> table) {
    return table.published(protect(table.counts()));
  }

  /**
   * Labelled tables that all break down the same grand total, protected as {@link
   * #protectSharingTotal(List)} does; each is then found by the table it was made from.
   */
  SharedTotal protectSharingTotal(LabelledTable<?, ?>... tables) {
    List<ProtectedTable> published =
        protectSharingTotal(Arrays.stream(tables).map(LabelledTable::counts).toList());
    Map<LabelledTable<?, ?>, ProtectedTable> byTable = new IdentityHashMap<>();
    for (int i = 0; i < tables.length; i++) {
      byTable.put(tables[i], published.get(i));
    }
    return new SharedTotal(byTable);
  }

  /** What {@link #protectSharingTotal(LabelledTable[])} published, by table. */
  static final class SharedTotal {

    private final Map<LabelledTable<?, ?>, ProtectedTable> byTable;

    private SharedTotal(Map<LabelledTable<?, ?>, ProtectedTable> byTable) {
      this.byTable = byTable;
    }

    <R, C> PublishedTable<R, C> of(LabelledTable<R, C> table) {
      ProtectedTable published = byTable.get(table);
      if (published == null) {
        throw new IllegalArgumentException("that table was not protected with the others");
      }
      return table.published(published);
    }
  }

  /** A table of its own, with its own grand total. */
  public ProtectedTable protect(Counts counts) {
    return protectSharingTotal(List.of(counts)).get(0);
  }

  /**
   * Protects tables that all break down the same grand total (the same visits, counted along
   * different dimensions).
   *
   * @throws IllegalArgumentException when their grand totals differ
   */
  public List<ProtectedTable> protectSharingTotal(List<Counts> tables) {
    long total = -1;
    for (Counts table : tables) {
      long sum = table.sum();
      if (total >= 0 && sum != total) {
        throw new IllegalArgumentException("tables sharing a total must add up to the same number");
      }
      total = sum;
    }
    List<ProtectedTable> protectedTables = new ArrayList<>();
    for (Counts table : tables) {
      ProtectedTable result = protector(table, false).run();
      if (result == null) {
        return protectAll(tables);
      }
      protectedTables.add(result);
    }
    return protectedTables;
  }

  private List<ProtectedTable> protectAll(List<Counts> tables) {
    List<ProtectedTable> protectedTables = new ArrayList<>();
    for (Counts table : tables) {
      protectedTables.add(protector(table, true).run());
    }
    return protectedTables;
  }

  private Protector protector(Counts table, boolean hideTotal) {
    return new Protector(table.values(), table.rowTotals(), threshold, hideTotal, false);
  }

  /**
   * A table whose row totals and grand total are published in another table already, as shown
   * figures of at least the threshold (decision 0706): secondary suppression never hides them, so
   * the two tables share only figures both show and each keeps its own secrets. A table that cannot
   * be protected that way is withheld.
   */
  <R, C> PublishedTable<R, C> protectWithKnownRowTotals(LabelledTable<R, C> table) {
    return table.published(protectWithKnownRowTotals(table.counts()));
  }

  ProtectedTable protectWithKnownRowTotals(Counts counts) {
    if (!counts.rowTotals()) {
      throw new IllegalArgumentException("a table with known row totals must publish them");
    }
    Protector protector = new Protector(counts.values(), true, threshold, false, true);
    ProtectedTable result = protector.run();
    return result != null ? result : protector.withheld();
  }

  /**
   * A grand total published on its own (no breakdown beside it): the count, or "&lt; 5" when small,
   * as a dashboard for the same selection shows its total.
   */
  Cell total(long visits) {
    return Cell.of(isSmall(visits) ? Visibility.SMALL : Visibility.SHOWN, visits);
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
