package nl.zuil.backend.stats;

import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;

/**
 * Everything one reader sees for one selection, already protected: headline figures and charts,
 * each with the table behind it.
 *
 * @param tooFewVisits the whole selection has fewer visits than the threshold, so every figure
 *     reads "&lt; 5"
 */
public record Dashboard(
    Period period,
    List<Location> locations,
    int threshold,
    boolean tooFewVisits,
    List<Headline> headlines,
    List<Chart> charts) {

  public Dashboard {
    locations = List.copyOf(locations);
    headlines = List.copyOf(headlines);
    charts = List.copyOf(charts);
  }

  /** A headline figure above the charts. */
  public record Headline(String id, String label, Figure value, String hint) {}

  /** This dashboard with {@code more} charts after its own, already protected. */
  public Dashboard withCharts(List<Chart> more) {
    List<Chart> all = new java.util.ArrayList<>(charts);
    all.addAll(more);
    return new Dashboard(period, locations, threshold, tooFewVisits, headlines, all);
  }

  public Optional<Chart> chart(String id) {
    return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
  }
}
