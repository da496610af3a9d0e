package nl.zuil.backend.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of visits along two dimensions, before anything is protected, with the code behind every
 * row and column: a question code, a partner code, a day, an hour. {@link Suppression} protects it
 * into a {@link PublishedTable} with the same codes, so no chart finds a figure by position.
 *
 * @param <R> what a row stands for
 * @param <C> what a column stands for
 */
final class LabelledTable<R, C> {

  /** The one column of a table that breaks visits down along a single dimension. */
  static final String VISITS = "visits";

  private final List<R> rows;
  private final List<C> columns;
  private final Map<R, Integer> rowIndex;
  private final Map<C, Integer> columnIndex;
  private final long[][] counts;
  private final boolean rowTotals;

  /**
   * @param rowTotals whether each row's total is published too (see {@link Suppression.Counts})
   */
  LabelledTable(List<R> rows, List<C> columns, boolean rowTotals) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.rowIndex = index(this.rows);
    this.columnIndex = index(this.columns);
    this.counts = new long[rows.size()][columns.size()];
    this.rowTotals = rowTotals;
  }

  /** A table of one column, {@link #VISITS}, with a row per code. */
  static <R> LabelledTable<R, String> column(List<R> rows) {
    return new LabelledTable<>(rows, List.of(VISITS), true);
  }

  /** Counts {@code visits} more in the cell of {@code row} and {@code column}. */
  void add(R row, C column, long visits) {
    counts[indexOf(rowIndex, row)][indexOf(columnIndex, column)] += visits;
  }

  /** Counts {@code visits} more in the one column of a {@link #column} table. */
  void add(R row, long visits) {
    counts[indexOf(rowIndex, row)][0] += visits;
  }

  List<R> rows() {
    return rows;
  }

  List<C> columns() {
    return columns;
  }

  /** The bare counts, as {@link Suppression} protects them. */
  Suppression.Counts counts() {
    return new Suppression.Counts(counts, rowTotals);
  }

  /** The same codes over what suppression published of these counts. */
  PublishedTable<R, C> published(ProtectedTable table) {
    // A table without rows has no columns either, whatever its codes.
    if (table.rows() != rows.size() || (!rows.isEmpty() && table.columns() != columns.size())) {
      throw new IllegalArgumentException("a protected table of another shape");
    }
    return new PublishedTable<>(rows, columns, rowIndex, columnIndex, table);
  }

  static <K> int indexOf(Map<K, Integer> index, K key) {
    Integer i = index.get(key);
    if (i == null) {
      throw new IllegalArgumentException("the table has no row or column " + key);
    }
    return i;
  }

  private static <K> Map<K, Integer> index(List<K> keys) {
    Map<K, Integer> index = new HashMap<>();
    for (K key : keys) {
      if (index.put(key, index.size()) != null) {
        throw new IllegalArgumentException("a row or column twice: " + key);
      }
    }
    return index;
  }
}
