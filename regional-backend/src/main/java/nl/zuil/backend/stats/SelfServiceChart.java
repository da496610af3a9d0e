package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
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

  Chart build(List<Location> locations, PublishedTable<String, Integer> selfService) {
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
        parts.seriesPerRow(names, selfService),
        new DisplayTable(header, parts.twoWayRows(names, selfService)),
        selfService.withheld(),
        List.of(parts.text.get("chart.self_service.note")));
  }
}
