package nl.zuil.backend.stats;

/**
 * A table of counts after {@link Suppression}: rows x columns, a total per column, a total per row
 * if the table publishes them, and the grand total. Every figure is a {@link Cell}, so a suppressed
 * one has no value to leak.
 */
public final class ProtectedTable {

  private final int rows;
  private final int columns;
  private final Cell[][] grid;
  private final boolean rowTotals;
  private final boolean withheld;

  ProtectedTable(int rows, int columns, Cell[][] grid, boolean rowTotals, boolean withheld) {
    this.rows = rows;
    this.columns = columns;
    this.grid = grid;
    this.rowTotals = rowTotals;
    this.withheld = withheld;
  }

  /**
   * Whether the table could not be protected and is not published at all (every figure reads "x").
   * Happens only to tiny, oddly shaped selections; the page says why instead of a table.
   */
  public boolean withheld() {
    return withheld;
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  public Cell cell(int row, int column) {
    if (row < 0 || row >= rows || column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("no cell " + row + "," + column);
    }
    return grid[row][column];
  }

  /** Whether rows of several columns have their own published totals. */
  public boolean hasRowTotals() {
    return rowTotals;
  }

  public Cell rowTotal(int row) {
    if (!rowTotals || row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("no row total " + row);
    }
    return grid[row][columns];
  }

  public Cell columnTotal(int column) {
    if (column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("no column " + column);
    }
    return grid[rows][column];
  }

  public Cell total() {
    return columns > 1 ? grid[rows][columns] : grid[rows][0];
  }
}
