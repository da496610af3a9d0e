package nl.zuil.backend.stats;

import java.time.YearMonth;
import java.util.Map;

/** Where {@link CachedStats} has its sums added up: month by month, and periods' totals. */
public interface MonthlySums {

  /**
   * The sums of the query's period, one {@link Cube} (without comparisons) per calendar month it
   * touches, each of the days of that month inside the period; a month nothing was counted in has
   * an empty cube. All from one snapshot of the buckets.
   */
  Map<YearMonth, Cube> byMonth(StatsQuery query);

  /** The visits of the query's period and the inlooppunten that sent anything for it. */
  Cube.PeriodTotal total(StatsQuery query);
}
