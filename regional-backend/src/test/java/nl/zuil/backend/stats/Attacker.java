package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader who tries to work out suppressed counts from everything a protected table publishes:
 * shown counts, "&lt; 5" (so 1 to 4), "x" (so at least 5) and every total. An exhaustive search,
 * deliberately unlike the graph method {@link Protector} uses, so the two check each other.
 *
 * <p>A suppressed count is disclosed when only one value fits. Because the row and column sums form
 * a totally unimodular system, the values that fit form an unbroken range, so it is enough to look
 * for a solution with the count one higher or one lower.
 */
final class Attacker {

  private final int threshold;
  private final List<long[]> bounds = new ArrayList<>();
  private final List<Long> truth = new ArrayList<>();
  private final List<int[]> lines = new ArrayList<>();
  private final List<int[]> signs = new ArrayList<>();
  private final List<Long> constants = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  private Attacker(int threshold) {
    this.threshold = threshold;
  }

  /** The suppressed cells of {@code table} whose value a reader can work out exactly. */
  static List<String> disclosed(Suppression.Counts counts, ProtectedTable table, int threshold) {
    return disclosed(counts.values(), table, threshold);
  }

  static List<String> disclosed(long[][] counts, ProtectedTable table, int threshold) {
    return disclosed(List.<long[][]>of(counts), List.of(table), threshold);
  }

  /**
   * The same for tables that break down the same visits: a reader combines them through the grand
   * total they share.
   */
  static List<String> disclosed(List<long[][]> counts, List<ProtectedTable> tables, int threshold) {
    Attacker attacker = new Attacker(threshold);
    Term total = null;
    for (int t = 0; t < tables.size(); t++) {
      total = attacker.read(counts.get(t), tables.get(t), total, "table " + t + " ");
    }
    List<String> disclosed = new ArrayList<>();
    for (int unknown = 0; unknown < attacker.bounds.size(); unknown++) {
      long actual = attacker.truth.get(unknown);
      // A "< 5" that stands for an empty cell may be recognisable as 0: that says nobody was there,
      // which singles nobody out. Every count of one or more must stay uncertain.
      if (actual > 0
          && !attacker.fits(unknown, actual - 1)
          && !attacker.fits(unknown, actual + 1)) {
        disclosed.add(attacker.names.get(unknown) + " = " + actual);
      }
    }
    return disclosed;
  }

  /** Adds what one table publishes; returns its grand total, the same term for every table. */
  private Term read(long[][] counts, ProtectedTable table, Term sharedTotal, String prefix) {
    int rows = table.rows();
    int columns = table.columns();
    long grand = 0;
    long[] rowSums = new long[rows];
    long[] columnSums = new long[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        rowSums[r] += counts[r][c];
        columnSums[c] += counts[r][c];
        grand += counts[r][c];
      }
    }
    long cap = 2 * grand + threshold;
    // When the whole table reads "< 5", a reader cannot tell an empty cell from a small one, and
    // when it is withheld, nothing at all.
    long smallest = table.total().visibility() == Visibility.SMALL ? 0 : 1;
    boolean withheld = table.withheld();
    Term total =
        sharedTotal != null
            ? sharedTotal
            : term(table.total(), grand, 1, cap, false, prefix + "grand total");
    // So can a cell in a row or column whose total reads "< 5".
    Term[][] interior = new Term[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        boolean smallLine =
            table.columnTotal(c).visibility() == Visibility.SMALL
                || (table.hasRowTotals() && table.rowTotal(r).visibility() == Visibility.SMALL);
        interior[r][c] =
            term(
                table.cell(r, c),
                counts[r][c],
                smallLine ? 0 : smallest,
                cap,
                withheld,
                prefix + "cell " + r + "," + c);
      }
    }
    Term[] rowTotals = new Term[rows];
    for (int r = 0; r < rows && table.hasRowTotals(); r++) {
      rowTotals[r] =
          term(table.rowTotal(r), rowSums[r], smallest, cap, withheld, prefix + "row total " + r);
    }
    Term[] columnTotals = new Term[columns];
    for (int c = 0; c < columns; c++) {
      columnTotals[c] =
          columns > 1
              ? term(
                  table.columnTotal(c),
                  columnSums[c],
                  smallest,
                  cap,
                  withheld,
                  prefix + "column total " + c)
              : total;
    }
    for (int r = 0; r < rows && table.hasRowTotals(); r++) {
      line(interior[r], rowTotals[r]);
    }
    for (int c = 0; c < columns; c++) {
      Term[] column = new Term[rows];
      for (int r = 0; r < rows; r++) {
        column[r] = interior[r][c];
      }
      line(column, columnTotals[c]);
    }
    if (columns > 1) {
      line(columnTotals, total);
    }
    if (table.hasRowTotals()) {
      line(rowTotals, total);
    }
    if (columns == 0) {
      line(new Term[0], total);
    }
    return total;
  }

  private record Term(int unknown, long constant) {}

  private Term term(
      Cell cell, long actual, long smallest, long cap, boolean withheld, String name) {
    if (cell.isShown()) {
      if (cell.value().getAsLong() != actual) {
        throw new AssertionError(name + " shows " + cell + " but is " + actual);
      }
      return new Term(-1, actual);
    }
    long[] range;
    if (withheld) {
      range = new long[] {0, cap};
    } else if (cell.visibility() == Visibility.SMALL) {
      range = new long[] {smallest, threshold - 1};
    } else {
      range = new long[] {threshold, cap};
    }
    bounds.add(range);
    truth.add(actual);
    names.add(name + " (" + cell.visibility() + ")");
    return new Term(bounds.size() - 1, 0);
  }

  /** Adds the equation: members minus total is zero. */
  private void line(Term[] members, Term total) {
    List<Integer> unknowns = new ArrayList<>();
    List<Integer> sign = new ArrayList<>();
    long constant = 0;
    for (Term member : members) {
      if (member.unknown() < 0) {
        constant += member.constant();
      } else {
        unknowns.add(member.unknown());
        sign.add(1);
      }
    }
    if (total.unknown() < 0) {
      constant -= total.constant();
    } else {
      unknowns.add(total.unknown());
      sign.add(-1);
    }
    lines.add(unknowns.stream().mapToInt(Integer::intValue).toArray());
    signs.add(sign.stream().mapToInt(Integer::intValue).toArray());
    constants.add(constant);
  }

  private boolean fits(int unknown, long candidate) {
    long[] range = bounds.get(unknown);
    if (candidate < range[0] || candidate > range[1]) {
      return false;
    }
    long[] low = new long[bounds.size()];
    long[] high = new long[bounds.size()];
    for (int i = 0; i < low.length; i++) {
      low[i] = bounds.get(i)[0];
      high[i] = bounds.get(i)[1];
    }
    low[unknown] = candidate;
    high[unknown] = candidate;
    return search(low, high);
  }

  /** Narrows every range by the lines, then splits the narrowest open range in two. */
  private boolean search(long[] low, long[] high) {
    if (!narrow(low, high)) {
      return false;
    }
    int split = -1;
    for (int i = 0; i < low.length; i++) {
      if (low[i] < high[i] && (split < 0 || high[i] - low[i] < high[split] - low[split])) {
        split = i;
      }
    }
    if (split < 0) {
      return true;
    }
    long middle = low[split] + (high[split] - low[split]) / 2;
    long[] lowerLow = low.clone();
    long[] lowerHigh = high.clone();
    lowerHigh[split] = middle;
    if (search(lowerLow, lowerHigh)) {
      return true;
    }
    long[] upperLow = low.clone();
    long[] upperHigh = high.clone();
    upperLow[split] = middle + 1;
    return search(upperLow, upperHigh);
  }

  /**
   * Bounds propagation: each line's sum must be zero, so each unknown lies within what the others
   * leave. Returns false when some line cannot be met.
   */
  private boolean narrow(long[] low, long[] high) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int l = 0; l < lines.size(); l++) {
        int[] members = lines.get(l);
        int[] sign = signs.get(l);
        long least = constants.get(l);
        long most = constants.get(l);
        for (int m = 0; m < members.length; m++) {
          least += sign[m] > 0 ? low[members[m]] : -high[members[m]];
          most += sign[m] > 0 ? high[members[m]] : -low[members[m]];
        }
        if (least > 0 || most < 0) {
          return false;
        }
        for (int m = 0; m < members.length; m++) {
          int v = members[m];
          long ownLeast = sign[m] > 0 ? low[v] : -high[v];
          long ownMost = sign[m] > 0 ? high[v] : -low[v];
          // sign * x must lie in [-(most - ownMost), -(least - ownLeast)]
          long from = -(most - ownMost);
          long to = -(least - ownLeast);
          long newLow = sign[m] > 0 ? from : -to;
          long newHigh = sign[m] > 0 ? to : -from;
          if (newLow > low[v]) {
            low[v] = newLow;
            changed = true;
          }
          if (newHigh < high[v]) {
            high[v] = newHigh;
            changed = true;
          }
          if (low[v] > high[v]) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
