package nl.zuil.backend.stats;

import java.util.List;
import java.util.Set;
import nl.zuil.backend.region.Location;

/**
 * Outcomes a gids corrected the same day, per inlooppunt (decision 1004): beside each inlooppunt's
 * outcomes kept as first recorded. Many corrections at one inlooppunt point to a console that
 * invites mis-taps, or to gidsen who need a word about what the outcomes mean.
 */
final class CorrectionsChart {

  private final ChartParts parts;

  CorrectionsChart(ChartParts parts) {
    this.parts = parts;
  }

  /**
   * @param reported the inlooppunten that sent any counts in the period: the others read "no data"
   *     (decision 0705), not a row of zeros
   */
  Chart build(
      List<Location> locations, PublishedTable<String, String> corrections, Set<String> reported) {
    List<String> names = locations.stream().map(Location::name).toList();
    List<String> columns =
        List.of(
            parts.text.get("chart.corrections.corrected"),
            parts.text.get("chart.corrections.kept"));
    return parts.chart(
        "corrections",
        parts.text.get("chart.corrections"),
        Chart.Kind.STACKED_BAR,
        parts.text.get("unit.visits"),
        names,
        parts.seriesPerColumn(columns, corrections),
        new DisplayTable(
            List.of(
                parts.text.get("column.location"),
                columns.get(0),
                columns.get(1),
                parts.text.get("table.total")),
            parts.silentRows(parts.twoWayRows(names, corrections), locations, reported)),
        corrections.withheld(),
        List.of(parts.text.get("chart.corrections.note")));
  }
}
