package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The selection's visits beside the period before and the same days a year earlier, each over as
 * many days as this period has had (decision 0705): a month that is not over is compared with the
 * same days of the others, not with whole months. A period in which none of the inlooppunten sent
 * anything reads "no data", not 0; a change is given only between periods in which the same
 * inlooppunten sent counts, else it would compare different places.
 *
 * <p>Only grand totals are compared, each published as a dashboard for those days would show it
 * ("&lt; 5" when small), so the comparison adds no breakdown that could be set against another.
 */
final class ComparisonChart {

  private final ChartParts parts;
  private final DateLabels dates;

  ComparisonChart(ChartParts parts, DateLabels dates) {
    this.parts = parts;
    this.dates = dates;
  }

  /** One row: which days, their visits as published, how many inlooppunten sent anything. */
  private record Row(String label, Figure visits, OptionalLong shown, Set<String> reporting) {}

  /**
   * @param total this period's visits as the other tables publish them
   * @param reporting the selected inlooppunten that sent anything this period
   */
  Chart build(
      Period period,
      LocalDate today,
      int locations,
      Cell total,
      Set<String> reporting,
      List<Cube.PeriodTotal> comparisons) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            parts.text.get("comparison.now", dates.period(period, today)),
            reporting.isEmpty() ? Optional.empty() : Optional.of(parts.figures.count(total)),
            total.isShown() ? total.value() : OptionalLong.empty(),
            reporting));
    String[] keys = {"comparison.previous", "comparison.year_earlier"};
    for (int i = 0; i < comparisons.size(); i++) {
      Cube.PeriodTotal then = comparisons.get(i);
      Cell cell = parts.suppression.total(then.visits());
      rows.add(
          row(
              parts.text.get(keys[i], dates.range(then.period().from(), then.period().to())),
              then.reporting().isEmpty()
                  ? Optional.empty()
                  : Optional.of(parts.figures.count(cell)),
              cell.isShown() ? cell.value() : OptionalLong.empty(),
              then.reporting()));
    }
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> table = new ArrayList<>();
    Row now = rows.get(0);
    for (Row row : rows) {
      categories.add(row.label());
      values.add(ChartParts.number(row.visits()));
      texts.add(row.visits().text());
      table.add(
          new DisplayTable.Row(
              List.of(
                  Figure.label(row.label()),
                  row.visits(),
                  Figure.label(
                      parts.text.get("comparison.reporting", row.reporting().size(), locations)),
                  row == now ? Figure.label("") : change(now, row)),
              false));
    }
    return parts.chart(
        "comparison",
        parts.text.get("chart.comparison"),
        Chart.Kind.BAR,
        parts.text.get("unit.visits"),
        categories,
        List.of(new Chart.Series(parts.text.get("unit.visits"), values, texts)),
        new DisplayTable(
            List.of(
                parts.text.get("column.period"),
                parts.text.get("unit.visits"),
                parts.text.get("column.reporting"),
                parts.text.get("column.change")),
            table),
        false,
        List.of(parts.text.get("chart.comparison.note")));
  }

  private Row row(
      String label, Optional<Figure> visits, OptionalLong shown, Set<String> reporting) {
    return new Row(
        label,
        visits.orElseGet(() -> Figure.noData(parts.text.get("figure.no_data"))),
        reporting.isEmpty() ? OptionalLong.empty() : shown,
        reporting);
  }

  /** "+12,5%" from now against then, when both are shown and the same places sent counts. */
  private Figure change(Row now, Row then) {
    if (now.shown().isEmpty()
        || then.shown().isEmpty()
        || then.shown().getAsLong() == 0
        || !now.reporting().equals(then.reporting())) {
      return parts.figures.missing();
    }
    long before = then.shown().getAsLong();
    return parts.figures.change(100.0 * (now.shown().getAsLong() - before) / before);
  }
}
