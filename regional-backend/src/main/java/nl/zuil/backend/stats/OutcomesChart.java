package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.stats.CountTables.OutcomeRow;
import nl.zuil.catalogue.Codes;

/** What happened after each visit, stacked by the partner it went to. */
final class OutcomesChart {

  private final ChartParts parts;

  OutcomesChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<OutcomeRow, String> outcomes) {
    List<String> categories = outcomes.rows().stream().map(this::label).toList();
    List<String> partners = outcomes.columns().stream().map(parts::partnerName).toList();
    List<String> header = new ArrayList<>();
    header.add(parts.text.get("column.outcome"));
    header.addAll(partners);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        "outcomes",
        parts.text.get("chart.outcomes"),
        Chart.Kind.STACKED_BAR,
        parts.text.get("unit.visits"),
        categories,
        parts.seriesPerColumn(partners, outcomes),
        new DisplayTable(header, parts.twoWayRows(categories, outcomes)),
        outcomes.withheld(),
        List.of(parts.text.get("chart.outcomes.note")));
  }

  private String label(OutcomeRow row) {
    if (row.code().equals(Codes.NONE)) {
      return parts.text.get("outcome.none");
    }
    String name = parts.labels.outcome(row.code(), parts.language);
    if (row.confirmed() == null) {
      return name;
    }
    return parts.text.get(row.confirmed() ? "outcome.confirmed" : "outcome.unconfirmed", name);
  }
}
