package nl.zuil.backend.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.Period;

/** The statistics page: filters, headline figures, and each chart above the table behind it. */
final class DashboardPage {

  /**
   * What {@code dashboard.jte} shows.
   *
   * @param query the selection as a query string
   * @param previous the query string for the period before, {@code next} after
   * @param month the query string for the report of the period's first month
   */
  record Model(
      View view,
      String scope,
      String period,
      Filters filters,
      String query,
      String previous,
      String next,
      String month,
      DashboardFigures figures) {}

  /**
   * The filter form as it stands.
   *
   * @param municipalities empty when the reader sees only one municipality
   */
  record Filters(
      List<Option> periods,
      String from,
      String to,
      List<Choice> locations,
      List<Option> municipalities,
      List<Option> questions) {}

  /** One option of a list; a null {@code value} sends its text. */
  record Option(String value, String text, boolean selected) {}

  /** One inlooppunt to tick. */
  record Choice(String code, String name, String municipality, boolean checked) {}

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
    return Templates.render(
        "dashboard.jte",
        new Model(
            view,
            scope(view, selection),
            dashboard.periodText(),
            filters(),
            selection.query(),
            selection.query(selection.period().previous()),
            selection.query(selection.period().next()),
            selection.query(Period.month(selection.period().from())),
            DashboardFigures.of(dashboard, selection.query() + "&lang=" + view.language().code())));
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

  private Filters filters() {
    Period period = selection.period();
    List<Option> periods =
        List.of(Period.Kind.values()).stream()
            .map(
                kind -> {
                  String code = kind.name().toLowerCase(Locale.ROOT);
                  return new Option(code, view.t("filters.period." + code), kind == period.kind());
                })
            .toList();
    List<Choice> locations =
        selection.visible().stream()
            .map(
                l ->
                    new Choice(
                        l.code(),
                        l.name(),
                        l.municipality(),
                        selection.chosenLocations().contains(l.code())))
            .toList();
    List<Option> municipalities =
        selection.municipalities().size() <= 1
            ? List.of()
            : selection.municipalities().stream()
                .map(m -> new Option(null, m, selection.municipality().orElse("").equals(m)))
                .toList();
    List<Option> questions =
        labels.questions().stream()
            .map(
                code ->
                    new Option(
                        code,
                        labels.question(code, view.language().code()),
                        selection.question().orElse("").equals(code)))
            .toList();
    return new Filters(
        periods,
        period.from().toString(),
        period.to().toString(),
        locations,
        municipalities,
        questions);
  }
}
