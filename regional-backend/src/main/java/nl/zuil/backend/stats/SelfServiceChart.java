package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.zuil.backend.region.Location;

/**
 * Self-service visits (no gids present, the catalogue's self-service outcome) per inlooppunt and
 * hour of day.
 */
final class SelfServiceChart {

  private final ChartParts parts;

  SelfServiceChart(ChartParts parts) {
    this.parts = parts;
  }

  /**
   * @param reported the inlooppunten that sent any counts in the period: the others read "no data"
   *     (decision 0705), not a row of zeros
   */
  Chart build(
      List<Location> locations, PublishedTable<String, Integer> selfService, Set<String> reported) {
    List<String> hours = ChartParts.hourLabels(selfService.columns());
    List<String> names = locations.stream().map(Location::name).toList();
    List<String> header = new ArrayList<>();
    header.add(parts.text.get("column.location"));
    header.addAll(hours);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        "self_service",
        parts.text.get("chart.self_service"),
        Chart.Kind.HEATMAP,
        parts.text.get("unit.visits"),
        hours,
        silent(parts.seriesPerRow(names, selfService), locations, reported),
        new DisplayTable(
            header, parts.silentRows(parts.twoWayRows(names, selfService), locations, reported)),
        selfService.withheld(),
        List.of(parts.text.get("chart.self_service.note")));
  }

  private List<Chart.Series> silent(
      List<Chart.Series> series, List<Location> locations, Set<String> reported) {
    List<Chart.Series> marked = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Chart.Series one = series.get(i);
      if (reported.contains(locations.get(i).code())) {
        marked.add(one);
      } else {
        List<Double> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int v = 0; v < one.values().size(); v++) {
          Figure figure = parts.noDataForZero(one.values().get(v), one.texts().get(v));
          values.add(ChartParts.number(figure));
          texts.add(figure.text());
        }
        marked.add(new Chart.Series(one.name(), values, texts));
      }
    }
    return marked;
  }
}
