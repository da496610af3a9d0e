package nl.zuil.backend.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DisplayTable;
import nl.zuil.backend.stats.Figure;

/**
 * The JSON behind each chart: the series as the page's script draws them (null where a figure is
 * suppressed, with the text to show instead) and the table as published.
 */
final class ChartJson {

  private ChartJson() {}

  static Map<String, Object> chart(Chart chart) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", chart.id());
    json.put("title", chart.title());
    json.put("kind", chart.kind().name().toLowerCase(java.util.Locale.ROOT));
    json.put("unit", chart.unit());
    json.put("categories", chart.categories());
    List<Map<String, Object>> series = new ArrayList<>();
    for (Chart.Series s : chart.series()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", s.name());
      one.put("values", s.values());
      one.put("texts", s.texts());
      series.add(one);
    }
    json.put("series", series);
    json.put("table", table(chart.table()));
    json.put("notes", chart.notes());
    return json;
  }

  static Map<String, Object> summary(Dashboard dashboard) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", dashboard.period().from().toString());
    json.put("to", dashboard.period().to().toString());
    json.put("threshold", dashboard.threshold());
    json.put("tooFewVisits", dashboard.tooFewVisits());
    json.put(
        "locations",
        dashboard.locations().stream()
            .map(l -> Map.of("code", l.code(), "name", l.name(), "municipality", l.municipality()))
            .toList());
    List<Map<String, Object>> headlines = new ArrayList<>();
    for (Dashboard.Headline headline : dashboard.headlines()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("id", headline.id());
      one.put("label", headline.label());
      one.put("value", number(headline.value()));
      one.put("text", headline.value().text());
      headlines.add(one);
    }
    json.put("headlines", headlines);
    json.put("charts", dashboard.charts().stream().map(Chart::id).toList());
    return json;
  }

  private static Map<String, Object> table(DisplayTable table) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DisplayTable.Row row : table.rows()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("total", row.total());
      one.put("cells", row.figures().stream().map(Figure::text).toList());
      rows.add(one);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("header", table.header());
    json.put("rows", rows);
    return json;
  }

  private static Double number(Figure figure) {
    return figure.hasNumber() ? figure.number().getAsDouble() : null;
  }
}
