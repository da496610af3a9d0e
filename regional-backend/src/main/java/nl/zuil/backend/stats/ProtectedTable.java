package nl.zuil.backend.stats;

/**
 * A table of counts after {@link Suppression}: rows x columns, a total per row (when there is more
 * than one column), a total per column, and the grand total. Every figure is a {@link Cell}, so a
 * suppressed one has no value to leak.
 */
public final class ProtectedTable {

  private final int rows;
  private final int columns;
  private final Cell[][] grid;
  private final boolean withheld;

  ProtectedTable(int rows, int columns, Cell[][] grid, boolean withheld) {
    this.rows = rows;
    this.columns = columns;
    this.grid = grid;
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

  /** Whether rows have their own totals; a single column is its own row total. */
  public boolean hasRowTotals() {
    return columns > 1;
  }

  public Cell rowTotal(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("no row " + row);
    }
    return hasRowTotals() ? grid[row][columns] : grid[row][0];
  }

  public Cell columnTotal(int column) {
    if (column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("no column " + column);
    }
    return grid[rows][column];
  }

  public Cell total() {
    return hasRowTotals() ? grid[rows][columns] : grid[rows][0];
  }
}
