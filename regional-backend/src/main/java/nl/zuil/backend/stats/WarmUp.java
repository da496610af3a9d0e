package nl.zuil.backend.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds up every region's months of the last year once the backend has started (decision 0709), so
 * the first staff member to open this month, this quarter or this year after a start does not wait
 * for all of its months: the sums are kept per month ({@link CachedStats}) under the same key a
 * page of all the region's inlooppunten asks for.
 */
public final class WarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /** The months before this one: last year's same month is where a year-earlier comparison ends. */
  static final int MONTHS_BACK = 12;

  private WarmUp() {}

  /** Adds up the months of every region, one region after another. */
  public static void run(Regions regions, StatsStore stats, LocalDate today) {
    Period months =
        Period.custom(
            YearMonth.from(today).minusMonths(MONTHS_BACK).atDay(1),
            YearMonth.from(today).atEndOfMonth());
    for (String region : regions.codes()) {
      // In the order a page of all inlooppunten lists them: the key is the same.
      List<Location> locations = new ArrayList<>(regions.locations(region));
      locations.sort(Location.AS_LISTED);
      if (locations.isEmpty()) {
        continue;
      }
      stats.cube(
          new StatsQuery(
              region,
              months,
              locations.stream().map(Location::code).toList(),
              Optional.empty(),
              new CatalogueLabels(regions.catalogues(region)).selfServiceOutcomes()));
    }
  }

  /**
   * {@link #run} on a thread of its own that never keeps the backend from stopping; a failure (the
   * database away for a moment) is logged and leaves the sums to be added up when asked for.
   */
  public static void inBackground(Regions regions, StatsStore stats, Clock clock) {
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                run(regions, stats, LocalDate.now(clock.withZone(NETHERLANDS)));
                LOG.info(
                    "Statistics of the last year added up for every region in {} ms",
                    (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                LOG.warn("Statistics not added up in advance: {}", e.getMessage());
              }
            },
            "statistics-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }
}
