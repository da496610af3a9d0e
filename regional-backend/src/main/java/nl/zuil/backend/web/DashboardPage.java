package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DisplayTable;
import nl.zuil.backend.stats.Figure;
import nl.zuil.backend.stats.Period;

/** The statistics page: filters, headline figures, and each chart above the table behind it. */
final class DashboardPage {

  private final View view;
  private final Dashboard dashboard;
  private final Selection selection;
  private final CatalogueLabels labels;

  DashboardPage(View view, Dashboard dashboard, Selection selection, CatalogueLabels labels) {
    this.view = view;
    this.dashboard = dashboard;
    this.selection = selection;
    this.labels = labels;
  }

  String render() {
    StringBuilder main = new StringBuilder(32_768);
    main.append("<h1>").append(view.t("dashboard.title")).append("</h1>\n");
    main.append("<p class=\"lead\">")
        .append(esc(scope(view, selection)))
        .append(" · ")
        .append(esc(period()))
        .append("</p>\n");
    filters(main);
    main.append("<nav class=\"periods\">")
        .append("<a href=\"/dashboard?")
        .append(esc(selection.query(selection.period().previous())))
        .append("\">")
        .append(view.t("period.previous"))
        .append("</a><a href=\"/dashboard?")
        .append(esc(selection.query(selection.period().next())))
        .append("\">")
        .append(view.t("period.next"))
        .append("</a></nav>\n");
    privacy(main, view, dashboard);
    headlines(main, view, dashboard);
    for (Chart chart : dashboard.charts()) {
      chart(main, chart);
    }
    if (dashboard.chart("heatmap").isEmpty()) {
      main.append("<section class=\"chart\"><h2>")
          .append(view.t("chart.heatmap"))
          .append("</h2><p class=\"note\">")
          .append(view.t("chart.heatmap.short"))
          .append("</p></section>\n");
    }
    main.append("<p class=\"downloads-all\"><a href=\"/export/dashboard.xlsx?")
        .append(esc(selection.query()))
        .append("\">")
        .append(view.t("downloads.all"))
        .append("</a> <a href=\"/report?")
        .append(esc(selection.query(Period.month(selection.period().from()))))
        .append("\">")
        .append(view.t("downloads.report"))
        .append("</a></p>\n");
    return view.page(view.text().get("dashboard.title"), "/dashboard", main.toString(), true);
  }

  /**
   * Which inlooppunten the figures cover, in words (plain text): chosen ones, a municipality, or
   * all.
   */
  static String scope(View view, Selection selection) {
    if (!selection.chosenLocations().isEmpty()) {
      List<String> names = selection.locations().stream().map(Location::name).toList();
      return names.size() <= 3
          ? String.join(", ", names)
          : view.text().get("dashboard.scope.count", names.size());
    }
    Optional<String> municipality =
        selection.municipality().or(() -> view.session().orElseThrow().user().municipality());
    return municipality
        .map(m -> view.text().get("dashboard.scope.municipality", m))
        .orElseGet(() -> view.text().get("dashboard.scope.region", view.regionName()));
  }

  private String period() {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", view.language().locale());
    return view.text()
        .get(
            "period.range",
            day.format(selection.period().from()),
            day.format(selection.period().to()));
  }

  private void filters(StringBuilder html) {
    Period period = selection.period();
    html.append("<form class=\"filters\" method=\"get\" action=\"/dashboard\" aria-label=\"")
        .append(view.t("filters.title"))
        .append("\">\n<fieldset class=\"period\"><legend>")
        .append(view.t("filters.period"))
        .append("</legend>\n<label>")
        .append(view.t("filters.period.kind"))
        .append(" <select name=\"period\" id=\"period\">");
    for (Period.Kind kind : Period.Kind.values()) {
      String code = kind.name().toLowerCase(java.util.Locale.ROOT);
      html.append("<option value=\"").append(code).append('"');
      if (kind == period.kind()) {
        html.append(" selected");
      }
      html.append('>').append(view.t("filters.period." + code)).append("</option>");
    }
    html.append("</select></label>\n<label class=\"anchor\">")
        .append(view.t("filters.date"))
        .append(" <input type=\"date\" name=\"date\" value=\"")
        .append(period.from())
        .append("\"></label>\n<label class=\"custom\">")
        .append(view.t("filters.from"))
        .append(" <input type=\"date\" name=\"from\" value=\"")
        .append(period.from())
        .append("\"></label>\n<label class=\"custom\">")
        .append(view.t("filters.to"))
        .append(" <input type=\"date\" name=\"to\" value=\"")
        .append(period.to())
        .append("\"></label>\n</fieldset>\n");
    html.append("<fieldset class=\"locations\"><legend>")
        .append(view.t("filters.locations"))
        .append("</legend><p class=\"hint\">")
        .append(view.t("filters.locations.hint"))
        .append("</p>\n");
    for (Location location : selection.visible()) {
      html.append("<label class=\"check\"><input type=\"checkbox\" name=\"location\" value=\"")
          .append(esc(location.code()))
          .append('"');
      if (selection.chosenLocations().contains(location.code())) {
        html.append(" checked");
      }
      html.append("> ")
          .append(esc(location.name()))
          .append(" <small>")
          .append(esc(location.municipality()))
          .append("</small></label>\n");
    }
    html.append("</fieldset>\n<div class=\"more\">");
    if (selection.municipalities().size() > 1) {
      html.append("<label>")
          .append(view.t("filters.municipality"))
          .append(" <select name=\"municipality\"><option value=\"\">")
          .append(view.t("filters.all"))
          .append("</option>");
      for (String municipality : selection.municipalities()) {
        html.append("<option")
            .append(selection.municipality().orElse("").equals(municipality) ? " selected" : "")
            .append('>')
            .append(esc(municipality))
            .append("</option>");
      }
      html.append("</select></label>\n");
    }
    html.append("<label>")
        .append(view.t("filters.question"))
        .append(" <select name=\"question\"><option value=\"\">")
        .append(view.t("filters.all"))
        .append("</option>");
    for (String code : labels.questions()) {
      html.append("<option value=\"")
          .append(esc(code))
          .append('"')
          .append(selection.question().orElse("").equals(code) ? " selected" : "")
          .append('>')
          .append(esc(labels.question(code, view.language().code())))
          .append("</option>");
    }
    html.append("</select></label>\n<button type=\"submit\">")
        .append(view.t("filters.submit"))
        .append("</button></div>\n</form>\n");
  }

  static void privacy(StringBuilder html, View view, Dashboard dashboard) {
    html.append("<p class=\"privacy\">")
        .append(view.t("privacy.rule", dashboard.threshold()))
        .append("</p>\n");
    if (dashboard.tooFewVisits()) {
      html.append("<p class=\"warning\" role=\"status\">")
          .append(view.t("privacy.too_few", dashboard.threshold()))
          .append("</p>\n");
    }
  }

  static void headlines(StringBuilder html, View view, Dashboard dashboard) {
    html.append("<section class=\"headlines\" aria-label=\"")
        .append(view.t("headline.visits"))
        .append("\">\n");
    for (Dashboard.Headline headline : dashboard.headlines()) {
      html.append("<div class=\"headline\" id=\"headline-")
          .append(headline.id())
          .append("\"><span class=\"value\">")
          .append(esc(headline.value().text()))
          .append("</span><span class=\"label\">")
          .append(esc(headline.label()))
          .append("</span><span class=\"hint\">")
          .append(esc(headline.hint()))
          .append("</span></div>\n");
    }
    html.append("</section>\n");
  }

  private void chart(StringBuilder html, Chart chart) {
    html.append("<section class=\"chart\" id=\"chart-")
        .append(chart.id())
        .append("\" aria-labelledby=\"title-")
        .append(chart.id())
        .append("\">\n<h2 id=\"title-")
        .append(chart.id())
        .append("\">")
        .append(esc(chart.title()))
        .append("</h2>\n");
    if (chart.kind() == Chart.Kind.HEATMAP) {
      html.append(heatTable(chart));
    } else {
      html.append("<div class=\"canvas canvas-")
          .append(chart.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append("\"><canvas data-chart=\"")
          .append(chart.id())
          .append("\" data-source=\"/api/stats/")
          .append(chart.id())
          .append('?')
          .append(esc(selection.query()))
          .append("&amp;lang=")
          .append(view.language().code())
          .append("\" role=\"img\" aria-label=\"")
          .append(view.t("chart.canvas", chart.title()))
          .append("\"></canvas></div>\n");
    }
    notes(html, chart);
    if (chart.kind() != Chart.Kind.HEATMAP) {
      html.append("<details><summary>")
          .append(view.t("chart.table"))
          .append("</summary>\n")
          .append(table(chart.table(), chart.title()))
          .append("</details>\n");
    }
    html.append("<p class=\"downloads\">")
        .append(view.t("chart.download"))
        .append(" <a href=\"/export/")
        .append(chart.id())
        .append(".csv?")
        .append(esc(selection.query()))
        .append("&amp;lang=")
        .append(view.language().code())
        .append("\">CSV</a> <a href=\"/export/")
        .append(chart.id())
        .append(".xlsx?")
        .append(esc(selection.query()))
        .append("&amp;lang=")
        .append(view.language().code())
        .append("\">Excel</a></p>\n</section>\n");
  }

  static void notes(StringBuilder html, Chart chart) {
    for (String note : chart.notes()) {
      html.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
  }

  /** A table as published, figures right-aligned, suppressed ones marked for styling. */
  static String table(DisplayTable table, String caption) {
    StringBuilder html = new StringBuilder("<div class=\"table\"><table>\n<caption>");
    html.append(esc(caption)).append("</caption>\n<thead><tr>");
    for (int c = 0; c < table.header().size(); c++) {
      html.append("<th scope=\"col\">").append(esc(table.header().get(c))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (DisplayTable.Row row : table.rows()) {
      html.append(row.total() ? "<tr class=\"total\">" : "<tr>");
      for (int c = 0; c < row.figures().size(); c++) {
        Figure figure = row.figures().get(c);
        if (c == 0) {
          html.append("<th scope=\"row\">").append(esc(figure.text())).append("</th>");
        } else {
          html.append("<td")
              .append(cellClass(figure))
              .append('>')
              .append(esc(figure.text()))
              .append("</td>");
        }
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table></div>\n").toString();
  }

  private static String cellClass(Figure figure) {
    if (figure.kind() == Figure.Kind.LABEL) {
      return " class=\"text\"";
    }
    return figure.hasNumber() ? "" : " class=\"suppressed\"";
  }

  /** The hour-by-weekday table is the chart: each cell shaded by its count, darker is busier. */
  static String heatTable(Chart chart) {
    DisplayTable table = chart.table();
    double max = 1;
    for (int r = 0; r < table.rows().size() - 1; r++) {
      for (Figure figure : table.rows().get(r).figures().subList(1, table.header().size() - 1)) {
        if (figure.hasNumber()) {
          max = Math.max(max, figure.number().getAsDouble());
        }
      }
    }
    StringBuilder html = new StringBuilder("<div class=\"table heat\"><table>\n<caption>");
    html.append(esc(chart.title())).append("</caption>\n<thead><tr>");
    for (String heading : table.header()) {
      html.append("<th scope=\"col\">").append(esc(heading)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < table.rows().size(); r++) {
      DisplayTable.Row row = table.rows().get(r);
      html.append(row.total() ? "<tr class=\"total\">" : "<tr>");
      for (int c = 0; c < row.figures().size(); c++) {
        Figure figure = row.figures().get(c);
        if (c == 0) {
          html.append("<th scope=\"row\">").append(esc(figure.text())).append("</th>");
          continue;
        }
        boolean inner = !row.total() && c < row.figures().size() - 1;
        String shade =
            !inner
                ? ""
                : figure.hasNumber()
                    ? " class=\"heat-" + Math.round(figure.number().getAsDouble() / max * 5) + "\""
                    : " class=\"suppressed\"";
        html.append("<td").append(shade).append('>').append(esc(figure.text())).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table></div>\n").toString();
  }
}
