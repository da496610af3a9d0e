package nl.zuil.backend.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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
  public record Row(@JsonIgnore List<Figure> figures, boolean total) {
    public Row {
      figures = List.copyOf(figures);
    }

    /** What a reader sees in each cell, the label first: the row as the JSON answer holds it. */
    @JsonProperty("cells")
    public List<String> cells() {
      return figures.stream().map(Figure::text).toList();
    }

    public String label() {
      return figures.get(0).text();
    }
  }
}
