package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.Codes;

/**
 * What every chart of one dashboard is made with: the texts and catalogue labels in the reader's
 * language, figures as suppression lets them be seen, and the series and table rows that charts of
 * the same shape share.
 */
final class ChartParts {

  final Messages text;
  final String language;
  final CatalogueLabels labels;
  final Figures figures;
  final Suppression suppression;

  ChartParts(Suppression suppression, Messages text, CatalogueLabels labels) {
    this.suppression = suppression;
    this.text = text;
    this.language = text.language().code();
    this.labels = labels;
    this.figures = new Figures(suppression, text.language());
  }

  /** The partner's name, or "no partner" for {@link Codes#NONE}. */
  String partnerName(String code) {
    return code.equals(Codes.NONE) ? text.get("partner.none") : labels.partner(code, language);
  }

  /** One series per column of {@code table}, named by {@code names}, its values down the rows. */
  <R, C> List<Chart.Series> seriesPerColumn(List<String> names, PublishedTable<R, C> table) {
    List<Chart.Series> series = new ArrayList<>();
    List<C> columns = table.columnsWithCells();
    for (int c = 0; c < columns.size(); c++) {
      C column = columns.get(c);
      series.add(series(names.get(c), table.rows().stream().map(r -> table.cell(r, column))));
    }
    return series;
  }

  /** One series per row of {@code table}, named by {@code names}, its values along the columns. */
  <R, C> List<Chart.Series> seriesPerRow(List<String> names, PublishedTable<R, C> table) {
    List<Chart.Series> series = new ArrayList<>();
    List<R> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      R row = rows.get(r);
      series.add(
          series(names.get(r), table.columnsWithCells().stream().map(c -> table.cell(row, c))));
    }
    return series;
  }

  private Chart.Series series(String name, java.util.stream.Stream<Cell> cells) {
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    cells.forEach(
        cell -> {
          Figure figure = figures.count(cell);
          values.add(number(figure));
          texts.add(figure.text());
        });
    return new Chart.Series(name, values, texts);
  }

  static List<String> hourLabels(List<Integer> hours) {
    return hours.stream().map(hour -> String.format("%02d:00", hour)).toList();
  }

  /** A bar chart of a one-column table, with its table of counts and the total. */
  <R> Chart oneColumnChart(
      String id,
      String title,
      String heading,
      List<String> names,
      PublishedTable<R, String> table,
      List<String> notes) {
    return oneColumnChart(id, title, heading, text.get("unit.visits"), names, table, notes);
  }

  /** As above, for a chart that counts something else than visits, named by {@code unit}. */
  <R> Chart oneColumnChart(
      String id,
      String title,
      String heading,
      String unit,
      List<String> names,
      PublishedTable<R, String> table,
      List<String> notes) {
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    List<R> codes = table.rows();
    for (int r = 0; r < codes.size(); r++) {
      Figure figure = figures.count(table.cell(codes.get(r)));
      values.add(number(figure));
      texts.add(figure.text());
      rows.add(new DisplayTable.Row(List.of(Figure.label(names.get(r)), figure), false));
    }
    rows.add(
        new DisplayTable.Row(
            List.of(Figure.label(text.get("table.total")), figures.count(table.total())), true));
    return chart(
        id,
        title,
        Chart.Kind.BAR,
        unit,
        names,
        List.of(new Chart.Series(unit, values, texts)),
        new DisplayTable(List.of(heading, unit), rows),
        table.withheld(),
        notes);
  }

  /** Rows with their totals, then the row of column totals and the grand total. */
  <R, C> List<DisplayTable.Row> twoWayRows(List<String> names, PublishedTable<R, C> table) {
    List<DisplayTable.Row> rows = new ArrayList<>();
    List<R> codes = table.rows();
    for (int r = 0; r < codes.size(); r++) {
      R code = codes.get(r);
      List<Figure> row = new ArrayList<>();
      row.add(Figure.label(names.get(r)));
      for (C column : table.columnsWithCells()) {
        row.add(figures.count(table.cell(code, column)));
      }
      row.add(figures.count(table.rowTotal(code)));
      rows.add(new DisplayTable.Row(row, false));
    }
    List<Figure> totals = new ArrayList<>();
    totals.add(Figure.label(text.get("table.total")));
    for (C column : table.columnsWithCells()) {
      totals.add(figures.count(table.columnTotal(column)));
    }
    totals.add(figures.count(table.total()));
    rows.add(new DisplayTable.Row(totals, true));
    return rows;
  }

  /**
   * @param withheld the table behind the chart could not be protected, which a note says
   */
  Chart chart(
      String id,
      String title,
      Chart.Kind kind,
      String unit,
      List<String> categories,
      List<Chart.Series> series,
      DisplayTable table,
      boolean withheld,
      List<String> notes) {
    List<String> allNotes = new ArrayList<>(notes);
    if (withheld) {
      allNotes.add(text.get("chart.withheld"));
    }
    return new Chart(id, title, kind, unit, categories, series, table, allNotes);
  }

  /** {@link #chart}, with the categories that are only part of a step marked. */
  Chart chart(Chart chart, List<Integer> partial) {
    return new Chart(
        chart.id(),
        chart.title(),
        chart.kind(),
        chart.unit(),
        chart.categories(),
        chart.series(),
        chart.table(),
        chart.notes(),
        partial);
  }

  static Double number(Figure figure) {
    return figure.number().isPresent() ? figure.number().getAsDouble() : null;
  }

  /**
   * The rows of inlooppunten that sent nothing for the period (decision 0705): their zeros read "no
   * data"; the label, the total row and "&lt; 5" or "x" stay as they are.
   */
  List<DisplayTable.Row> silentRows(
      List<DisplayTable.Row> rows, List<Location> locations, Set<String> reported) {
    List<DisplayTable.Row> marked = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      DisplayTable.Row row = rows.get(r);
      if (row.total() || reported.contains(locations.get(r).code())) {
        marked.add(row);
        continue;
      }
      List<Figure> figures = new ArrayList<>();
      figures.add(row.figures().get(0));
      for (Figure figure : row.figures().subList(1, row.figures().size())) {
        figures.add(
            figure.hasNumber()
                ? noDataForZero(figure.number().getAsDouble(), figure.text())
                : figure);
      }
      marked.add(new DisplayTable.Row(figures, false));
    }
    return marked;
  }

  /** A shown zero becomes "no data"; "&lt; 5" and "x" stay as they are. */
  Figure noDataForZero(Double value, String shown) {
    if (value != null && value == 0) {
      return Figure.noData(text.get("figure.no_data"));
    }
    return value == null
        ? Figure.none(shown)
        : new Figure(Figure.Kind.COUNT, OptionalDouble.of(value), shown);
  }
}
