package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.ingest.DataRevision;
import nl.zuil.backend.store.Database;

/**
 * The sums of recent selections, kept month by month, each under the data revisions of its month
 * (decisions 0708, 0709). A dashboard page asks for the same sums once for the page and once per
 * chart and export, and many staff look at the same region's month, quarter or year; a period's
 * sums are its months' sums added together, so a delivery to this month has only this month added
 * up again, and the year, the quarter and the month around it share it. Requests for sums that are
 * being added up wait for that one run instead of starting their own.
 *
 * <p>The revisions are read before the sums, and bucket writes raise them in their own transaction,
 * so an entry never holds figures older than its revisions; at worst it holds newer ones, which the
 * raised revisions replace.
 */
public final class CachedStats implements StatsStore {

  /**
   * Rows of sums kept (a count per inlooppunt and day, per day and hour, per combination and so
   * on): one region's month at national scale has about 2,500, so this keeps a year and more of
   * each of 35 regions, in the order of 100 MB.
   */
  public static final long DEFAULT_ROWS = 1_000_000;

  /** One selection's sums over the days of one month. */
  private record MonthKey(StatsQuery days, String revisions) {
    LocalDate from() {
      return days.period().from();
    }

    LocalDate to() {
      return days.period().to();
    }
  }

  /** A comparison period's total, under the revisions of all its months. */
  private record TotalKey(StatsQuery period, String revisions) {}

  /** A whole selection, under the revisions of every month it reads. */
  private record QueryKey(StatsQuery query, Map<YearMonth, String> revisions) {}

  /**
   * Selections just joined from their months: a page and its charts get the same cube, and so the
   * same dashboard ({@link BuiltDashboards}).
   */
  private static final int JOINED = 64;

  private final MonthlySums sums;
  private final Database database;
  private final Memo<MonthKey, Cube> months;
  private final Memo<TotalKey, Cube.PeriodTotal> totals;
  private final Memo<QueryKey, Cube> joined = new Memo<>(JOINED, cube -> 1);

  /**
   * @param sums where the figures come from, reading the same database
   * @param rows how many rows of sums to keep; the least recently used go first
   */
  public CachedStats(MonthlySums sums, Database database, long rows) {
    this.sums = sums;
    this.database = database;
    this.months = new Memo<>(rows, CachedStats::rows);
    this.totals = new Memo<>(rows / 100, total -> 1 + total.reporting().size());
  }

  @Override
  public Cube cube(StatsQuery query) {
    LocalDate from = query.period().from();
    LocalDate to = query.period().to();
    for (Period comparison : query.comparisons()) {
      from = comparison.from().isBefore(from) ? comparison.from() : from;
      to = comparison.to().isAfter(to) ? comparison.to() : to;
    }
    LocalDate first = from;
    LocalDate last = to;
    Map<YearMonth, String> revisions =
        database.inTransaction(c -> DataRevision.of(c, query.regionCode(), first, last));
    QueryKey whole = new QueryKey(query, revisions);
    return joined.get(List.of(whole), missing -> Map.of(whole, join(query, revisions))).get(0);
  }

  private Cube join(StatsQuery query, Map<YearMonth, String> revisions) {
    List<MonthKey> keys = new ArrayList<>();
    for (Period days : query.period().months()) {
      keys.add(new MonthKey(query.over(days), revisions.get(YearMonth.from(days.from()))));
    }
    List<Cube> cubes = months.get(keys, this::addUp);

    List<TotalKey> compared = new ArrayList<>();
    for (Period period : query.comparisons()) {
      StringBuilder revisionsOfPeriod = new StringBuilder();
      period
          .months()
          .forEach(
              days ->
                  revisionsOfPeriod.append(revisions.get(YearMonth.from(days.from()))).append(' '));
      compared.add(new TotalKey(query.over(period), revisionsOfPeriod.toString()));
    }
    List<Cube.PeriodTotal> comparisons =
        totals.get(
            compared,
            missing -> {
              Map<TotalKey, Cube.PeriodTotal> added = new HashMap<>();
              missing.forEach(key -> added.put(key, sums.total(key.period())));
              return added;
            });
    return JoinedMonths.of(cubes, comparisons);
  }

  /**
   * Adds up the months nobody has kept, each run of consecutive ones in one go: the months of a
   * year nobody looked at yet cost about as much as the year added up whole.
   */
  private Map<MonthKey, Cube> addUp(List<MonthKey> missing) {
    Map<MonthKey, Cube> added = new HashMap<>();
    int start = 0;
    while (start < missing.size()) {
      int end = start;
      while (end + 1 < missing.size()
          && missing.get(end + 1).from().equals(missing.get(end).to().plusDays(1))) {
        end++;
      }
      StatsQuery run =
          missing
              .get(start)
              .days()
              .over(Period.custom(missing.get(start).from(), missing.get(end).to()));
      Map<YearMonth, Cube> byMonth = sums.byMonth(run);
      for (MonthKey key : missing.subList(start, end + 1)) {
        added.put(key, byMonth.get(YearMonth.from(key.from())));
      }
      start = end + 1;
    }
    return added;
  }

  private static long rows(Cube cube) {
    return 1L
        + cube.byLocationAndDay().size()
        + cube.byDayAndHour().size()
        + cube.byCombination().size()
        + cube.waitingByLocation().size()
        + cube.selfServiceByLocationAndHour().size()
        + cube.correctionsByLocation().size()
        + cube.contactsByLocationAndChannel().size();
  }
}
