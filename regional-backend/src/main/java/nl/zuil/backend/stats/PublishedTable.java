package nl.zuil.backend.stats;

import java.util.List;
import java.util.Map;

/**
 * A {@link LabelledTable} after {@link Suppression}: every figure is a {@link Cell}, found by the
 * codes of its row and column.
 *
 * @param <R> what a row stands for
 * @param <C> what a column stands for
 */
final class PublishedTable<R, C> {

  private final List<R> rows;
  private final List<C> columns;
  private final Map<R, Integer> rowIndex;
  private final Map<C, Integer> columnIndex;
  private final ProtectedTable table;

  PublishedTable(
      List<R> rows,
      List<C> columns,
      Map<R, Integer> rowIndex,
      Map<C, Integer> columnIndex,
      ProtectedTable table) {
    this.rows = rows;
    this.columns = columns;
    this.rowIndex = rowIndex;
    this.columnIndex = columnIndex;
    this.table = table;
  }

  List<R> rows() {
    return rows;
  }

  List<C> columns() {
    return columns;
  }

  /** The columns that hold cells: none in a table without rows, which has only its total. */
  List<C> columnsWithCells() {
    return rows.isEmpty() ? List.of() : columns;
  }

  Cell cell(R row, C column) {
    return table.cell(
        LabelledTable.indexOf(rowIndex, row), LabelledTable.indexOf(columnIndex, column));
  }

  /** The cell of {@code row} in a table of one column. */
  Cell cell(R row) {
    return table.cell(LabelledTable.indexOf(rowIndex, row), 0);
  }

  Cell rowTotal(R row) {
    return table.rowTotal(LabelledTable.indexOf(rowIndex, row));
  }

  Cell columnTotal(C column) {
    return table.columnTotal(LabelledTable.indexOf(columnIndex, column));
  }

  Cell total() {
    return table.total();
  }

  /** The bare protected counts, in the order of {@link #rows()} and {@link #columns()}. */
  ProtectedTable table() {
    return table;
  }

  /** See {@link ProtectedTable#withheld()}. */
  boolean withheld() {
    return table.withheld();
  }
}
