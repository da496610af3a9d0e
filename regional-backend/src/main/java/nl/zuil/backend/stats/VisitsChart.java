package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zuil.backend.region.Location;

/**
 * Visits per inlooppunt over the period, a line per inlooppunt; its table has no row totals. A step
 * in which an inlooppunt sent nothing reads "no data", not 0, and a step only partly counted is
 * marked (decision 0705).
 */
final class VisitsChart {

  private final ChartParts parts;
  private final DateLabels dates;

  VisitsChart(ChartParts parts, DateLabels dates) {
    this.parts = parts;
    this.dates = dates;
  }

  /**
   * A count as shown, or "no data" for a zero when nothing was received at all. A zero that reads
   * "&lt; 5" (a small row or table) stays so: which cells are empty is what it hides.
   */
  private Figure figure(Cell cell, boolean reported) {
    if (!reported && cell.isShown() && cell.value().getAsLong() == 0) {
      return Figure.noData(parts.text.get("figure.no_data"));
    }
    return parts.figures.count(cell);
  }

  private static boolean reported(
      Map<String, Set<LocalDate>> reported, String location, LocalDate start) {
    return reported.getOrDefault(location, Set.of()).contains(start);
  }

  Chart build(
      Period period,
      LocalDate today,
      List<Location> locations,
      PublishedTable<LocalDate, String> table,
      Map<String, Set<LocalDate>> reported) {
    List<String> categories = new ArrayList<>();
    List<Integer> partial = new ArrayList<>();
    for (LocalDate start : table.rows()) {
      if (DateLabels.partial(period, today, start)) {
        partial.add(categories.size());
      }
      categories.add(dates.step(period, today, start));
    }
    List<String> names = locations.stream().map(Location::name).toList();
    List<Chart.Series> series = new ArrayList<>();
    List<String> columns = table.columnsWithCells();
    for (int c = 0; c < columns.size(); c++) {
      String location = columns.get(c);
      List<Double> values = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (LocalDate start : table.rows()) {
        Figure figure = figure(table.cell(start, location), reported(reported, location, start));
        values.add(ChartParts.number(figure));
        texts.add(figure.text());
      }
      series.add(new Chart.Series(names.get(c), values, texts));
    }
    List<String> header = new ArrayList<>();
    header.add(dates.stepName(period));
    header.addAll(names);
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      LocalDate start = table.rows().get(r);
      List<Figure> row = new ArrayList<>();
      row.add(Figure.label(categories.get(r)));
      for (String location : table.columnsWithCells()) {
        row.add(figure(table.cell(start, location), reported(reported, location, start)));
      }
      rows.add(new DisplayTable.Row(row, false));
    }
    List<Figure> totals = new ArrayList<>();
    totals.add(Figure.label(parts.text.get("table.total")));
    for (String location : table.columnsWithCells()) {
      totals.add(figure(table.columnTotal(location), reported.containsKey(location)));
    }
    rows.add(new DisplayTable.Row(totals, true));
    List<String> notes = new ArrayList<>();
    notes.add(
        parts.text.get(
            "chart.visits.note",
            dates.stepName(period).toLowerCase(parts.text.language().locale())));
    if (!partial.isEmpty()) {
      notes.add(parts.text.get("chart.visits.partial"));
    }
    Chart chart =
        parts.chart(
            "visits",
            parts.text.get("chart.visits"),
            Chart.Kind.LINE,
            parts.text.get("unit.visits"),
            categories,
            series,
            new DisplayTable(header, rows),
            table.withheld(),
            notes);
    return parts.chart(chart, partial);
  }
}
