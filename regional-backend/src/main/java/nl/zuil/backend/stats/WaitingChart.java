package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.region.Location;

/**
 * Median and 90th percentile of the waiting time per inlooppunt and for all of them, estimated from
 * the waiting-time bins; not shown where fewer visits than the threshold had a waiting time, and
 * "no data" for an inlooppunt that sent nothing in the period (decision 0705).
 */
final class WaitingChart {

  private final ChartParts parts;

  WaitingChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(List<Location> locations, Cube cube) {
    List<String> categories = new ArrayList<>();
    List<Double> medians = new ArrayList<>();
    List<String> medianTexts = new ArrayList<>();
    List<Double> p90s = new ArrayList<>();
    List<String> p90Texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<long[]> bins = new ArrayList<>();
    for (Location location : locations) {
      names.add(location.name());
      bins.add(
          cube.waitingByLocation()
              .getOrDefault(location.code(), new long[WaitingTimes.EDGES.length]));
    }
    names.add(parts.text.get("waiting.all"));
    bins.add(allWaiting(cube));
    for (int i = 0; i < names.size(); i++) {
      boolean silent =
          i < locations.size() && !cube.waitingByLocation().containsKey(locations.get(i).code());
      Figure noData = Figure.noData(parts.text.get("figure.no_data"));
      Figure median = silent ? noData : figure(bins.get(i), 0.5);
      Figure p90 = silent ? noData : figure(bins.get(i), 0.9);
      categories.add(names.get(i));
      medians.add(ChartParts.number(median));
      medianTexts.add(median.text());
      p90s.add(ChartParts.number(p90));
      p90Texts.add(p90.text());
      rows.add(
          new DisplayTable.Row(
              List.of(Figure.label(names.get(i)), median, p90), i == names.size() - 1));
    }
    return new Chart(
        "waiting",
        parts.text.get("chart.waiting"),
        Chart.Kind.BAR,
        "min",
        categories,
        List.of(
            new Chart.Series(parts.text.get("waiting.median"), medians, medianTexts),
            new Chart.Series(parts.text.get("waiting.p90"), p90s, p90Texts)),
        new DisplayTable(
            List.of(
                parts.text.get("column.location"),
                parts.text.get("waiting.median"),
                parts.text.get("waiting.p90")),
            rows),
        List.of(parts.text.get("chart.waiting.note", parts.suppression.threshold())));
  }

  /** A waiting-time quantile, not shown when fewer visits than the threshold had a waiting time. */
  Figure figure(long[] bins, double q) {
    if (WaitingTimes.count(bins) < parts.suppression.threshold()) {
      return parts.figures.missing();
    }
    return WaitingTimes.quantile(bins, q)
        .map(parts.figures::minutes)
        .orElse(parts.figures.missing());
  }

  /** The waiting-time bins of every inlooppunt selected, added up. */
  static long[] allWaiting(Cube cube) {
    long[] all = new long[WaitingTimes.EDGES.length];
    for (long[] bins : cube.waitingByLocation().values()) {
      for (int i = 0; i < all.length; i++) {
        all[i] += bins[i];
      }
    }
    return all;
  }
}
