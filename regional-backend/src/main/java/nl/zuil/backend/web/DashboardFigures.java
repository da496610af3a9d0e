package nl.zuil.backend.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DisplayTable;
import nl.zuil.backend.stats.Figure;

/**
 * The dashboard's figures as the dashboard and report templates show them: texts, links and cell
 * styles worked out here, so the templates never read the statistics types and a change there
 * touches this one file.
 *
 * @param tooFewVisits the whole selection is below the threshold, so every figure is hidden
 * @param hasHeatmap whether the hour-by-weekday chart is among the charts (it needs enough days)
 */
record DashboardFigures(
    int threshold,
    boolean tooFewVisits,
    List<Headline> headlines,
    List<ChartFigures> charts,
    boolean hasHeatmap) {

  /** A headline figure above the charts. */
  record Headline(String id, String value, String label, String hint) {}

  /**
   * One chart and the table behind it.
   *
   * @param heatmap the table is the chart (cells shaded by count), no canvas
   * @param kind the canvas's style, e.g. {@code bar}
   * @param query the selection's query string with the page's language, for the data and downloads
   */
  record ChartFigures(
      String id,
      String title,
      boolean heatmap,
      String kind,
      String query,
      List<String> notes,
      Table table) {}

  /** A table as published: a caption, column headings, then rows headed by their label. */
  record Table(String caption, List<String> header, List<Row> rows) {}

  record Row(boolean total, String label, List<Cell> cells) {}

  /**
   * @param style the cell's class ({@code text}, {@code suppressed}, {@code no-data}, {@code
   *     heat-0}..{@code heat-5}), or null for a plain figure
   */
  record Cell(String text, String style) {}

  static DashboardFigures of(Dashboard dashboard, String query) {
    return new DashboardFigures(
        dashboard.threshold(),
        dashboard.tooFewVisits(),
        dashboard.headlines().stream()
            .map(h -> new Headline(h.id(), h.value().text(), h.label(), h.hint()))
            .toList(),
        dashboard.charts().stream().map(chart -> chart(chart, query)).toList(),
        dashboard.chart("heatmap").isPresent());
  }

  private static ChartFigures chart(Chart chart, String query) {
    boolean heatmap = chart.kind() == Chart.Kind.HEATMAP;
    return new ChartFigures(
        chart.id(),
        chart.title(),
        heatmap,
        chart.kind().name().toLowerCase(Locale.ROOT),
        query,
        chart.notes(),
        heatmap ? heatTable(chart) : table(chart.table(), chart.title()));
  }

  /** Figures right-aligned, suppressed ones marked for styling. */
  private static Table table(DisplayTable table, String caption) {
    List<Row> rows = new ArrayList<>();
    for (DisplayTable.Row row : table.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (Figure figure : row.figures().subList(1, row.figures().size())) {
        String style =
            switch (figure.kind()) {
              case LABEL -> "text";
              case NO_DATA -> "no-data";
              default -> figure.hasNumber() ? null : "suppressed";
            };
        cells.add(new Cell(figure.text(), style));
      }
      rows.add(new Row(row.total(), row.figures().get(0).text(), cells));
    }
    return new Table(caption, table.header(), rows);
  }

  /** The hour-by-weekday table is the chart: each cell shaded by its count, darker is busier. */
  private static Table heatTable(Chart chart) {
    DisplayTable table = chart.table();
    double max = 1;
    for (int r = 0; r < table.rows().size() - 1; r++) {
      for (Figure figure : table.rows().get(r).figures().subList(1, table.header().size() - 1)) {
        if (figure.hasNumber()) {
          max = Math.max(max, figure.number().getAsDouble());
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (DisplayTable.Row row : table.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 1; c < row.figures().size(); c++) {
        Figure figure = row.figures().get(c);
        boolean inner = !row.total() && c < row.figures().size() - 1;
        String style =
            !inner
                ? null
                : figure.hasNumber()
                    ? "heat-" + Math.round(figure.number().getAsDouble() / max * 5)
                    : figure.kind() == Figure.Kind.NO_DATA ? "no-data" : "suppressed";
        cells.add(new Cell(figure.text(), style));
      }
      rows.add(new Row(row.total(), row.figures().get(0).text(), cells));
    }
    return new Table(chart.title(), table.header(), rows);
  }
}
