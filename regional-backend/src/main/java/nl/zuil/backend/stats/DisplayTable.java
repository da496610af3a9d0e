package nl.zuil.backend.stats;

import java.util.List;

/**
 * The table behind a chart, exactly as published: the page shows it under the chart, and CSV, XLSX
 * and the printed report write it cell for cell, so all four agree by construction.
 *
 * @param header the column headings, the first one heading the row labels
 * @param rows each starting with its label; the last one is the total row when {@code total}
 */
public record DisplayTable(List<String> header, List<Row> rows) {

  public DisplayTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * @param total marks the row of totals, which pages set apart
   */
  public record Row(List<Figure> figures, boolean total) {
    public Row {
      figures = List.copyOf(figures);
    }

    public String label() {
      return figures.get(0).text();
    }
  }
}
