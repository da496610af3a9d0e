package nl.zuil.backend.stats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Secondary suppression for one table with its margins, as a graph problem.
 *
 * <p>Write the table with its totals as a grid where row totals and column totals carry a minus
 * sign: then every row and every column of the grid adds up to zero. A change to the hidden cells
 * that keeps every published figure the same is a set of changes along cycles that alternate
 * between rows and columns (a circulation in the bipartite graph whose nodes are the grid's rows
 * and columns and whose edges are the hidden cells). A hidden cell can be worked out exactly iff no
 * such cycle through it can move by one step while every cell on it stays within what a reader
 * knows of it. Rows or columns without a published total impose nothing; they are merged into one
 * free node. Because the constraint matrix is totally unimodular, "cannot move by one" is the same
 * as "only one value is possible", so this check is exact, not a heuristic.
 *
 * <p>For every hidden cell that cannot move, the cheapest cycle through it is found (Dijkstra over
 * hidden cells at no cost and shown cells at the cost of their value, totals much dearer) and the
 * shown cells on it are hidden. Hiding more never takes a cycle away, so one pass suffices.
 */
final class Protector {

  private static final byte SHOWN = 0;
  private static final byte SMALL = 1;
  private static final byte HIDDEN = 2;
  private static final long TOTAL_PENALTY = 1L << 40;

  private final int rows;
  private final int columns;
  private final int width;
  private final boolean rowTotals;
  private final long[][] value;
  private final byte[][] state;
  private final int threshold;
  private final boolean hideTotal;
  private final boolean knownRowTotals;
  private final int freeNode;
  private final List<List<int[]>> cellsAt;

  /**
   * @param knownRowTotals the row totals are published elsewhere already (decision 0706), so
   *     secondary suppression may not hide them: it must find its cycles among the other cells
   */
  Protector(
      long[][] counts,
      boolean rowTotals,
      int threshold,
      boolean hideTotal,
      boolean knownRowTotals) {
    this.rows = counts.length;
    this.columns = rows == 0 ? 0 : counts[0].length;
    this.rowTotals = rowTotals && columns > 1;
    this.width = columns > 1 ? columns + 1 : 1;
    this.threshold = threshold;
    this.hideTotal = hideTotal;
    this.knownRowTotals = knownRowTotals;
    this.value = new long[rows + 1][width];
    this.state = new byte[rows + 1][width];
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != columns) {
        throw new IllegalArgumentException("every row of a table must have the same length");
      }
      for (int c = 0; c < columns; c++) {
        if (counts[r][c] < 0) {
          throw new IllegalArgumentException("counts cannot be negative");
        }
        value[r][c] = counts[r][c];
        if (columns > 1) {
          value[r][columns] += counts[r][c];
        }
        value[rows][c] += counts[r][c];
      }
    }
    if (columns > 1) {
      for (int c = 0; c < columns; c++) {
        value[rows][columns] += value[rows][c];
      }
    }
    this.freeNode = rows + 1 + width;
    this.cellsAt = new ArrayList<>();
    for (int node = 0; node <= freeNode; node++) {
      cellsAt.add(new ArrayList<>());
    }
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c < width; c++) {
        if (exists(r, c)) {
          cellsAt.get(rowNode(r)).add(new int[] {r, c});
          cellsAt.get(columnNode(c)).add(new int[] {r, c});
        }
      }
    }
  }

  /** The protected table, or null when it cannot be protected without hiding the grand total. */
  ProtectedTable run() {
    int[] grand = grandTotal();
    long total = value[grand[0]][grand[1]];
    if (total > 0 && total < threshold) {
      // Fewer visits than the threshold in the whole table: which cells are empty would tell too
      // much (two cells under a total of 2 are both 1), so every figure reads "< 5", zeros too.
      for (byte[] row : state) {
        Arrays.fill(row, SMALL);
      }
      return result();
    }
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c < width; c++) {
        if (exists(r, c) && isSmall(value[r][c])) {
          state[r][c] = SMALL;
        }
      }
    }
    // Likewise for one row or column with fewer visits than the threshold: it reads "< 5"
    // throughout, or [1, 1, 0] under a total of 2 would say that two cells hold exactly 1.
    // A zero whose other row or column is empty stays 0: that total already says so.
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (inSmallLine(r, c) && value[rows][c] > 0 && (!rowTotals || value[r][columns] > 0)) {
          state[r][c] = SMALL;
        }
      }
    }
    if (hideTotal && total > 0) {
      state[grand[0]][grand[1]] = HIDDEN;
    }
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c < width; c++) {
        // An empty cell that reads "< 5" only hides which cells are empty; if the totals still
        // show it is 0, that singles nobody out, so it needs no cycle of its own.
        if (state[r][c] != SHOWN && value[r][c] > 0 && !protect(r, c)) {
          return hideTotal ? withheld() : null;
        }
      }
    }
    return result();
  }

  private boolean protect(int r, int c) {
    if (movable(r, c)) {
      return true;
    }
    Cycle up = canMove(r, c, true) ? cheapestCycle(r, c, true) : null;
    Cycle down = canMove(r, c, false) ? cheapestCycle(r, c, false) : null;
    Cycle best = up == null || (down != null && down.cost() < up.cost()) ? down : up;
    if (best == null) {
      return false;
    }
    for (int[] cell : best.toHide()) {
      state[cell[0]][cell[1]] = HIDDEN;
    }
    return true;
  }

  /** Whether the hidden cell (r, c) can take another value without changing anything published. */
  boolean movable(int r, int c) {
    return (canMove(r, c, true) && pathExists(r, c, true))
        || (canMove(r, c, false) && pathExists(r, c, false));
  }

  private boolean pathExists(int r, int c, boolean up) {
    int from = up ? columnNode(c) : rowNode(r);
    int to = up ? rowNode(r) : columnNode(c);
    boolean[] seen = new boolean[freeNode + 1];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    seen[from] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (node == to) {
        return true;
      }
      for (int[] cell : cellsAt.get(node)) {
        if ((cell[0] == r && cell[1] == c) || state[cell[0]][cell[1]] == SHOWN) {
          continue;
        }
        int next = step(node, cell);
        if (next >= 0 && !seen[next]) {
          seen[next] = true;
          queue.add(next);
        }
      }
    }
    return false;
  }

  /**
   * Leaving {@code node} through {@code cell}: from its row node the cell's signed value goes up,
   * from its column node it goes down. Returns the node on the other side, or -1 when the cell
   * cannot move that way.
   */
  private int step(int node, int[] cell) {
    boolean fromRow = node == rowNode(cell[0]);
    int other = fromRow ? columnNode(cell[1]) : rowNode(cell[0]);
    return canMove(cell[0], cell[1], fromRow) ? other : -1;
  }

  private boolean canMove(int r, int c, boolean signedUp) {
    boolean up = signedUp == (sign(r, c) > 0);
    if (hideTotal && !up && isGrandTotal(r, c)) {
      // The hidden grand total is shared: every table can raise it (each is checked for that), so
      // a cycle that raises it here fits all of them at once; one that lowers it might not.
      return false;
    }
    long v = value[r][c];
    if (state[r][c] == SMALL) {
      return up ? v < threshold - 1 : v > (inSmallLine(r, c) ? 0 : 1);
    }
    // Hidden, or shown and about to be hidden: a reader knows only that it is at least the
    // threshold, because anything smaller would read "< 5".
    return up || v > threshold;
  }

  private Cycle cheapestCycle(int r, int c, boolean up) {
    int from = up ? columnNode(c) : rowNode(r);
    int to = up ? rowNode(r) : columnNode(c);
    long[] distance = new long[freeNode + 1];
    int[][] via = new int[freeNode + 1][];
    Arrays.fill(distance, Long.MAX_VALUE);
    distance[from] = 0;
    PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    queue.add(new long[] {0, from});
    while (!queue.isEmpty()) {
      long[] head = queue.poll();
      int node = (int) head[1];
      if (head[0] > distance[node]) {
        continue;
      }
      if (node == to) {
        break;
      }
      for (int[] cell : cellsAt.get(node)) {
        if (cell[0] == r && cell[1] == c) {
          continue;
        }
        long price = price(cell);
        if (price < 0) {
          continue;
        }
        int next = step(node, cell);
        if (next >= 0 && distance[node] + price < distance[next]) {
          distance[next] = distance[node] + price;
          via[next] = cell;
          queue.add(new long[] {distance[next], next});
        }
      }
    }
    if (distance[to] == Long.MAX_VALUE) {
      return null;
    }
    List<int[]> toHide = new ArrayList<>();
    int node = to;
    while (node != from) {
      int[] cell = via[node];
      if (state[cell[0]][cell[1]] == SHOWN) {
        toHide.add(cell);
      }
      node = node == rowNode(cell[0]) ? columnNode(cell[1]) : rowNode(cell[0]);
    }
    return new Cycle(distance[to], toHide);
  }

  private record Cycle(long cost, List<int[]> toHide) {}

  /** What hiding a cell costs, 0 when it is hidden already, -1 when it may not be hidden. */
  private long price(int[] cell) {
    int r = cell[0];
    int c = cell[1];
    if (state[r][c] != SHOWN) {
      return 0;
    }
    long v = value[r][c];
    if (v == 0 || isGrandTotal(r, c) || (knownRowTotals && rowTotals && c == columns)) {
      // A zero protects nothing (it cannot go down, and readers know structural zeros), the
      // grand total is shared with the other tables, and known row totals are public anyway.
      return -1;
    }
    return r == rows || c == columns ? TOTAL_PENALTY + v : v;
  }

  /** A table that cannot be protected at all: nothing of it is published, not even "< 5". */
  ProtectedTable withheld() {
    Cell[][] grid = new Cell[rows + 1][width];
    for (Cell[] row : grid) {
      Arrays.fill(row, Cell.of(Visibility.HIDDEN, 0));
    }
    return new ProtectedTable(rows, columns, grid, rowTotals, true);
  }

  private ProtectedTable result() {
    Cell[][] grid = new Cell[rows + 1][width];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c < width; c++) {
        if (!exists(r, c)) {
          continue;
        }
        Visibility visibility =
            switch (state[r][c]) {
              case SMALL -> Visibility.SMALL;
              case HIDDEN -> Visibility.HIDDEN;
              default -> Visibility.SHOWN;
            };
        grid[r][c] = Cell.of(visibility, value[r][c]);
      }
    }
    return new ProtectedTable(rows, columns, grid, rowTotals, false);
  }

  private boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  /** Whether an interior cell lies in a row or column whose total is below the threshold. */
  private boolean inSmallLine(int r, int c) {
    if (r >= rows || c >= columns) {
      return false;
    }
    return isSmall(value[rows][c]) || (rowTotals && isSmall(value[r][columns]));
  }

  /** Row totals exist only when published; the grand total always does. */
  private boolean exists(int r, int c) {
    if (columns <= 1) {
      return c == 0 && (columns == 1 || r == rows);
    }
    return c < columns || r == rows || rowTotals;
  }

  private int[] grandTotal() {
    return new int[] {rows, columns > 1 ? columns : 0};
  }

  private boolean isGrandTotal(int r, int c) {
    return r == rows && c == (columns > 1 ? columns : 0);
  }

  /**
   * Interior cells count positively and totals negatively, except the grand total of a table with
   * several columns, which closes the row of column totals (and the column of row totals).
   */
  private int sign(int r, int c) {
    boolean totalRow = r == rows;
    if (columns <= 1) {
      return totalRow ? -1 : 1;
    }
    boolean totalColumn = c == columns;
    return totalRow == totalColumn ? 1 : -1;
  }

  /** A row is a constraint when its total is published: with row totals, or the row of totals. */
  private int rowNode(int r) {
    if (r == rows) {
      return columns > 1 ? r : freeNode;
    }
    return rowTotals ? r : freeNode;
  }

  private int columnNode(int c) {
    return c < columns || rowTotals ? rows + 1 + c : freeNode;
  }
}
