package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;

/**
 * The monthly report for the Regionaal Beraad: the same figures as the dashboard for one calendar
 * month, every table written out, laid out for paper by the print stylesheet (the browser's "save
 * as PDF" makes the PDF).
 */
final class ReportPage {

  private final View view;
  private final Dashboard dashboard;
  private final Selection selection;
  private final ZonedDateTime now;

  ReportPage(View view, Dashboard dashboard, Selection selection, ZonedDateTime now) {
    this.view = view;
    this.dashboard = dashboard;
    this.selection = selection;
    this.now = now;
  }

  String render() {
    String month =
        DateTimeFormatter.ofPattern("MMMM yyyy", view.language().locale())
            .format(selection.period().from());
    StringBuilder main = new StringBuilder(32_768);
    main.append("<article class=\"report\">\n<header class=\"report-head\"><h1>")
        .append(view.t("report.title", month))
        .append("</h1><p class=\"lead\">")
        .append(esc(view.regionName()))
        .append(" · ")
        .append(view.t("report.subtitle"))
        .append("</p><p class=\"lead\">")
        .append(esc(DashboardPage.scope(view, selection)))
        .append("</p></header>\n<p class=\"screen-only\"><button type=\"button\" data-print>")
        .append(view.t("report.print"))
        .append("</button> <a href=\"/report?")
        .append(esc(selection.query(selection.period().previous())))
        .append("\">")
        .append(view.t("period.previous"))
        .append("</a> <a href=\"/report?")
        .append(esc(selection.query(selection.period().next())))
        .append("\">")
        .append(view.t("period.next"))
        .append("</a> <a href=\"/dashboard?")
        .append(esc(selection.query()))
        .append("\">")
        .append(view.t("report.back"))
        .append("</a></p>\n");
    DashboardPage.privacy(main, view, dashboard);
    DashboardPage.headlines(main, view, dashboard);
    for (Chart chart : dashboard.charts()) {
      main.append("<section class=\"chart\"><h2>").append(esc(chart.title())).append("</h2>\n");
      if (chart.kind() == Chart.Kind.HEATMAP) {
        main.append(DashboardPage.heatTable(chart));
      } else {
        main.append("<div class=\"canvas canvas-")
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
            .append("\"></canvas></div>\n")
            .append(DashboardPage.table(chart.table(), chart.title()));
      }
      DashboardPage.notes(main, chart);
      main.append("</section>\n");
    }
    main.append("<section class=\"about\"><h2>")
        .append(view.t("report.about"))
        .append("</h2><p>")
        .append(view.t("privacy.rule", dashboard.threshold()))
        .append("</p><p>")
        .append(view.t("report.source"))
        .append("</p><p>")
        .append(
            view.t(
                "report.generated",
                DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale())
                    .format(now)))
        .append("</p></section>\n</article>\n");
    return view.page(view.text().get("report.title", month), "/dashboard", main.toString(), true);
  }
}
