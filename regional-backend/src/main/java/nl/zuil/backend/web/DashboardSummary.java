package nl.zuil.backend.web;

import java.util.List;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;

/**
 * {@code /api/stats/summary}: the selection, the headline figures and the ids of the charts, each
 * chart itself then from {@code /api/stats/<id>}.
 *
 * @param through the last day counted, today in a period that is not over
 * @param ongoing the period is not over, so its figures are not final
 * @param periodText the period in words, as the page heads it
 * @param tooFewVisits see {@link Dashboard#tooFewVisits()}
 * @param charts the ids of the charts, in the page's order
 */
record DashboardSummary(
    String from,
    String to,
    String through,
    boolean ongoing,
    String periodText,
    int threshold,
    boolean tooFewVisits,
    List<Place> locations,
    List<Headline> headlines,
    List<String> charts) {

  /** An inlooppunt of the selection. */
  record Place(String code, String name, String municipality) {}

  /**
   * @param value the number, null where it may not be shown
   * @param text what a reader sees
   */
  record Headline(String id, String label, Double value, String text) {}

  static DashboardSummary of(Dashboard dashboard) {
    return new DashboardSummary(
        dashboard.period().from().toString(),
        dashboard.period().to().toString(),
        dashboard.through().toString(),
        dashboard.ongoing(),
        dashboard.periodText(),
        dashboard.threshold(),
        dashboard.tooFewVisits(),
        dashboard.locations().stream().map(DashboardSummary::place).toList(),
        dashboard.headlines().stream()
            .map(
                h ->
                    new Headline(
                        h.id(),
                        h.label(),
                        h.value().hasNumber() ? h.value().number().getAsDouble() : null,
                        h.value().text()))
            .toList(),
        dashboard.charts().stream().map(Chart::id).toList());
  }

  private static Place place(Location location) {
    return new Place(location.code(), location.name(), location.municipality());
  }
}
