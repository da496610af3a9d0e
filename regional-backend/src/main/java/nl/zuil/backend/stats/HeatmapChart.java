package nl.zuil.backend.stats;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Busy hours: visits by weekday and hour of day. */
final class HeatmapChart {

  private final ChartParts parts;

  HeatmapChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<DayOfWeek, Integer> heat) {
    List<String> hours = ChartParts.hourLabels(heat.columns());
    List<String> days =
        heat.rows().stream()
            .map(day -> day.getDisplayName(TextStyle.FULL, parts.text.language().locale()))
            .toList();
    List<String> header = new ArrayList<>();
    header.add(parts.text.get("column.weekday"));
    header.addAll(hours);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        "heatmap",
        parts.text.get("chart.heatmap"),
        Chart.Kind.HEATMAP,
        parts.text.get("unit.visits"),
        hours,
        parts.seriesPerRow(days, heat),
        new DisplayTable(header, parts.twoWayRows(days, heat)),
        heat.withheld(),
        List.of(parts.text.get("chart.heatmap.note")));
  }
}
