package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.region.Location;

/** Visits per inlooppunt over the period, a line per inlooppunt; its table has no row totals. */
final class VisitsChart {

  private final ChartParts parts;
  private final DateLabels dates;

  VisitsChart(ChartParts parts, DateLabels dates) {
    this.parts = parts;
    this.dates = dates;
  }

  Chart build(
      Period period,
      LocalDate today,
      List<Location> locations,
      PublishedTable<LocalDate, String> table) {
    List<String> categories = new ArrayList<>();
    for (LocalDate start : table.rows()) {
      categories.add(dates.step(period, today, start));
    }
    List<String> names = locations.stream().map(Location::name).toList();
    List<Chart.Series> series = parts.seriesPerColumn(names, table);
    List<String> header = new ArrayList<>();
    header.add(dates.stepName(period));
    header.addAll(names);
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      LocalDate start = table.rows().get(r);
      List<Figure> row = new ArrayList<>();
      row.add(Figure.label(categories.get(r)));
      for (String location : table.columnsWithCells()) {
        row.add(parts.figures.count(table.cell(start, location)));
      }
      rows.add(new DisplayTable.Row(row, false));
    }
    List<Figure> totals = new ArrayList<>();
    totals.add(Figure.label(parts.text.get("table.total")));
    for (String location : table.columnsWithCells()) {
      totals.add(parts.figures.count(table.columnTotal(location)));
    }
    rows.add(new DisplayTable.Row(totals, true));
    return parts.chart(
        "visits",
        parts.text.get("chart.visits"),
        Chart.Kind.LINE,
        parts.text.get("unit.visits"),
        categories,
        series,
        new DisplayTable(header, rows),
        table.withheld(),
        List.of(
            parts.text.get(
                "chart.visits.note",
                dates.stepName(period).toLowerCase(parts.text.language().locale()))));
  }
}
