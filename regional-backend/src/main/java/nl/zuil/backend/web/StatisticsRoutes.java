package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.ArrivalCharts;
import nl.zuil.backend.stats.BuiltDashboards;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.regionapi.SlipLinks;

/** The statistics: the dashboard page, the JSON behind each chart, CSV/XLSX exports, the report. */
final class StatisticsRoutes {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private final Backend backend;
  private final StaffRequests requests;
  private final Suppression suppression;
  private final BuiltDashboards dashboards;

  /** A selection and the protected dashboard for it. */
  private record Built(Selection selection, CatalogueLabels labels, Dashboard dashboard) {}

  StatisticsRoutes(Backend backend, WebSettings settings, StaffRequests requests) {
    this.backend = backend;
    this.requests = requests;
    this.suppression = new Suppression(settings.suppressionThreshold());
    this.dashboards = new BuiltDashboards(suppression);
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard", this::dashboard);
    routes.get("/report", this::report);
    routes.get("/api/stats/{chart}", this::chartJson);
    routes.get("/export/{file}", this::export);
  }

  private Built build(Context ctx, StaffRequest request, boolean monthOnly) {
    StaffRequests.requireStatistics(request);
    StaffUser user = request.user();
    List<Catalogue> catalogues = backend.regions().catalogues(user.regionCode());
    CatalogueLabels labels = new CatalogueLabels(catalogues);
    LocalDate today = LocalDate.now(backend.clock().withZone(NETHERLANDS));
    Selection selection =
        Selection.parse(
            ctx.queryParamMap(),
            user,
            backend.regions().locations(user.regionCode()),
            labels,
            today);
    if (monthOnly) {
      selection = selection.withPeriod(Period.month(selection.period().from()));
    }
    List<String> codes = selection.locations().stream().map(Location::code).toList();
    Dashboard dashboard =
        dashboards
            .build(
                request.text(),
                catalogues,
                selection.period(),
                today,
                selection.locations(),
                backend
                    .stats()
                    .cube(
                        new StatsQuery(
                                user.regionCode(),
                                selection.period(),
                                codes,
                                selection.question(),
                                labels.selfServiceOutcomes())
                            .comparedWith(today)))
            .withCharts(
                new ArrivalCharts(suppression, request.text(), labels)
                    .build(
                        selection.period(),
                        codes,
                        selection.question(),
                        backend
                            .referralFigures()
                            .between(
                                user.regionCode(),
                                SlipLinks.isoWeek(selection.period().from()),
                                SlipLinks.isoWeek(selection.period().to()))));
    return new Built(selection, labels, dashboard);
  }

  private void dashboard(Context ctx) {
    StaffRequest request = requests.page(ctx);
    Built built = build(ctx, request, false);
    html(
        ctx,
        200,
        new DashboardPage(request.view(), built.dashboard(), built.selection(), built.labels())
            .render());
  }

  private void report(Context ctx) {
    StaffRequest request = requests.page(ctx);
    Built built = build(ctx, request, true);
    html(
        ctx,
        200,
        new ReportPage(
                request.view(),
                built.dashboard(),
                built.selection(),
                ZonedDateTime.now(backend.clock().withZone(NETHERLANDS)))
            .render());
  }

  private void chartJson(Context ctx) {
    StaffRequest request = requests.api(ctx);
    Built built = build(ctx, request, false);
    String id = ctx.pathParam("chart");
    if (id.equals("summary")) {
      ctx.json(DashboardSummary.of(built.dashboard()));
      return;
    }
    ctx.json(built.dashboard().chart(id).orElseThrow(PageException::notFound));
  }

  private void export(Context ctx) {
    StaffRequest request = requests.api(ctx);
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      throw PageException.notFound();
    }
    String id = file.substring(0, dot);
    String format = file.substring(dot + 1);
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw PageException.notFound();
    }
    Built built = build(ctx, request, false);
    Dashboard dashboard = built.dashboard();
    List<Chart> charts =
        id.equals("dashboard") && format.equals("xlsx")
            ? dashboard.charts()
            : List.of(dashboard.chart(id).orElseThrow(PageException::notFound));
    String name = "zuil-" + id + "-" + dashboard.period().from() + "-" + dashboard.period().to();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
    backend.audit().record(Actor.of(request.user()), AuditAction.EXPORTED, name + "." + format);
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8").result(Exports.csv(charts.get(0).table()));
    } else {
      ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .result(
              Exports.xlsx(
                  charts,
                  request.view().regionName()
                      + " · "
                      + DashboardPage.scope(request.view(), built.selection())
                      + " · "
                      + dashboard.periodText(),
                  request.text().get("privacy.rule", dashboard.threshold())));
    }
  }
}
