package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import nl.zuil.catalogue.Codes;

/** What happened after each visit, stacked by the partner it went to. */
final class OutcomesChart {

  private final ChartParts parts;

  OutcomesChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<String, String> outcomes) {
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

  private String label(String outcome) {
    return outcome.equals(Codes.NONE)
        ? parts.text.get("outcome.none")
        : parts.labels.outcome(outcome, parts.language);
  }
}
