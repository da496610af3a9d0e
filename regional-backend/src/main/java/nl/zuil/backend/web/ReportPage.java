package nl.zuil.backend.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.zuil.backend.stats.Dashboard;

/**
 * The monthly report for the Regionaal Beraad: the same figures as the dashboard for one calendar
 * month, every table written out, laid out for paper by the print stylesheet (the browser's "save
 * as PDF" makes the PDF).
 */
final class ReportPage {

  /**
   * What {@code report.jte} shows.
   *
   * @param period the month in days, saying so when it is not over
   * @param ongoing the month is not over: the report says its figures are not final
   * @param query the selection as a query string; {@code previous} and {@code next} for the months
   *     around it
   */
  record Model(
      View view,
      String month,
      String period,
      boolean ongoing,
      String scope,
      String query,
      String previous,
      String next,
      String generated,
      DashboardFigures figures) {}

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
    return Templates.render(
        "report.jte",
        new Model(
            view,
            DateTimeFormatter.ofPattern("MMMM yyyy", view.language().locale())
                .format(selection.period().from()),
            dashboard.periodText(),
            dashboard.ongoing(),
            DashboardPage.scope(view, selection),
            selection.query(),
            selection.query(selection.period().previous()),
            selection.query(selection.period().next()),
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale()).format(now),
            DashboardFigures.of(dashboard, selection.query() + "&lang=" + view.language().code())));
  }
}
