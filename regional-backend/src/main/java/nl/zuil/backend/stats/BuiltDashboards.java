package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.Catalogue;

/**
 * Dashboards just built, by what they were built from (decision 0709). A dashboard page asks for
 * its dashboard once for itself and once for each chart's JSON and export; building and protecting
 * every table each time was a third of a request's time at national scale. The same sums (the same
 * {@link Cube}, as {@link CachedStats} gives it while no month of it changed), catalogues, period,
 * day, inlooppunten and language give the same dashboard.
 */
public final class BuiltDashboards {

  private static final int KEPT = 64;

  /** Compares the object it holds by identity: equal cubes are not compared figure by figure. */
  private record Same(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same same && same.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  private record Key(
      Same sums,
      Same catalogues,
      Period period,
      LocalDate today,
      List<Location> locations,
      Language language) {}

  private final Suppression suppression;
  private final Memo<Key, Dashboard> built = new Memo<>(KEPT, dashboard -> 1);

  public BuiltDashboards(Suppression suppression) {
    this.suppression = suppression;
  }

  /** {@link DashboardBuilder#build}, or the dashboard it built from the same parts. */
  public Dashboard build(
      Messages text,
      List<Catalogue> catalogues,
      Period period,
      LocalDate today,
      List<Location> locations,
      Cube sums) {
    Key key =
        new Key(
            new Same(sums),
            new Same(catalogues),
            period,
            today,
            List.copyOf(locations),
            text.language());
    return built
        .get(
            List.of(key),
            missing ->
                Map.of(
                    key,
                    new DashboardBuilder(suppression, text, new CatalogueLabels(catalogues))
                        .build(period, today, locations, sums)))
        .get(0);
  }
}
