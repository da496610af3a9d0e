package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;

/**
 * Everything one reader sees for one selection, already protected: headline figures and charts,
 * each with the table behind it.
 *
 * @param tooFewVisits the whole selection has fewer visits than the threshold, so every figure
 *     reads "&lt; 5"
 * @param periodText the period in words, saying so when it is not over ("1 t/m 7 december 2026,
 *     loopt nog"), as the page, the report and the exports head it
 * @param through the last day counted: today in a period that is not over
 * @param ongoing the period is not over, so its figures are not final
 */
public record Dashboard(
    Period period,
    String periodText,
    LocalDate through,
    boolean ongoing,
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
    List<Chart> all = new ArrayList<>(charts);
    all.addAll(more);
    return new Dashboard(
        period, periodText, through, ongoing, locations, threshold, tooFewVisits, headlines, all);
  }

  public Optional<Chart> chart(String id) {
    return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
  }
}
