package nl.zuil.bench.stats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Cube;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.JdbcStatsStore;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.StatsStore;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.store.Database;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.bench.Report;

/**
 * Dashboard query time for one region's year (30 inlooppunten, hourly buckets as the demo data
 * makes them: about 15 visits per inlooppunt per opening day, nearly one bucket per visit) while
 * the database grows around it: 1x (that region-year alone), 10x (ten regions), 105x (35 regions x
 * 3 years, the national scale). Timed: the dashboard's queries (with the two comparison periods the
 * page asks for) plus building and protecting every table, for the year and for one month; beside
 * it in the same run the raw reference, one {@code SELECT sum(visits) ... GROUP BY location_code}
 * over the same rows. The year is timed through the backend's path (cached per selection and data
 * revision, decision 0708) and, as "plain", through the GROUP BY queries alone.
 *
 * <p>The first region-year is written through the bucket store (batched, one transaction per
 * inlooppunt); the other regions are copies made with INSERT ... SELECT.
 */
final class DashboardBench {

  private static final String REGION = "voorbeeldregio";
  private static final int LOCATIONS = 30;
  private static final int REGIONS = 35;
  private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
  private static final int WARM_UP = 3;
  private static final int RUNS = 20;
  private static final String COLUMNS =
      "location_code, kiosk_code, ledger_id, service_date, hour, question_code, situation_code,"
          + " outcome_code, partner_code, visits, confirmed_referrals, wait_0, wait_1, wait_2,"
          + " wait_3, wait_4, wait_5, wait_6, wait_7, wait_8, wait_9, wait_10, service_0,"
          + " service_1, service_2, service_3, service_4, service_5, service_6, service_7,"
          + " service_8, service_9, service_10, revision, received_at_ms";

  private final String name;
  private final Database database;
  private final Backend backend;
  private double baseline;

  private DashboardBench(String name, Database database) {
    this.name = name;
    this.database = database;
    this.backend = Backend.over(database, Clock.systemUTC());
  }

  /**
   * How copies are made fast on one database: around {@code copy}, it may take the bucket table's
   * indexes away, provided it puts the same ones back before anything is measured.
   */
  interface BulkCopy {
    void around(Database database, Runnable copy);
  }

  /** Runs the three scales on {@code database}, printing {@code dashboard_<name>_...} lines. */
  static void run(String name, Database database, BulkCopy bulk) throws SQLException {
    DashboardBench bench = new DashboardBench(name, database);
    bench.scales(bulk);
  }

  private void scales(BulkCopy bulk) throws SQLException {
    long start = System.nanoTime();
    new DemoData(backend, 2025).write(REGION, LOCATIONS, YEAR_START, YEAR_END);
    setup("1x", start);
    measure("1x");

    start = System.nanoTime();
    bulk.around(
        database,
        () -> {
          for (int r = 2; r <= 10; r++) {
            copyRegion(region(r), YEAR_START);
          }
        });
    setup("10x", start);
    measure("10x");

    start = System.nanoTime();
    new DemoData(backend, 2023)
        .write(REGION, LOCATIONS, YEAR_START.minusYears(2), YEAR_START.minusDays(1));
    bulk.around(
        database,
        () -> {
          for (int r = 2; r <= 10; r++) {
            copyBuckets(region(r), YEAR_START.minusYears(2), YEAR_START.minusDays(1));
          }
          for (int r = 11; r <= REGIONS; r++) {
            copyRegion(region(r), YEAR_START.minusYears(2));
          }
        });
    setup("105x", start);
    measure("105x");
  }

  /** How long filling the database for a scale took: context for the run's total time. */
  private void setup(String scale, long startNanos) {
    Report.line(
        "dashboard_" + name + "_" + scale + "_data_setup",
        (System.nanoTime() - startNanos) / 1e9,
        "s");
  }

  private static String region(int r) {
    return String.format("regio-%02d", r);
  }

  private void measure(String scale) throws SQLException {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            statement.execute("ANALYZE");
          }
          return null;
        });
    long rows = count("SELECT count(*) FROM bucket");
    long regionYear =
        count(
            "SELECT count(*) FROM bucket WHERE region_code = '"
                + REGION
                + "' AND service_date >= '2025-01-01' AND service_date <= '2025-12-31'");
    Report.line("dashboard_" + name + "_" + scale + "_bucket_rows", rows, "rows");
    Report.line("dashboard_" + name + "_" + scale + "_region_year_rows", regionYear, "rows");
    long[] year = time(backend.stats(), Period.custom(YEAR_START, YEAR_END));
    KioskDelivery december =
        new KioskDelivery(
            database,
            backend,
            REGION,
            backend.regions().locations(REGION).get(0).code(),
            YEAR_END.minusDays(2));
    long[] afterDelivery =
        time(backend.stats(), Period.custom(YEAR_START, YEAR_END), december::deliver);
    long[] month = time(backend.stats(), Period.month(LocalDate.of(2025, 11, 1)));
    long[] plain = time(new JdbcStatsStore(database), Period.custom(YEAR_START, YEAR_END));
    long[] raw = timeRaw();
    double median = Report.percentile(year, 50);
    Report.line("dashboard_" + name + "_" + scale + "_year_median", Report.millis(median), "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_p99",
        Report.millis(Report.percentile(year, 99)),
        "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_month_median",
        Report.millis(Report.percentile(month, 50)),
        "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_month_p99",
        Report.millis(Report.percentile(month, 99)),
        "ms");
    double rawMedian = Report.percentile(raw, 50);
    Report.line(
        "raw_group_by_" + name + "_" + scale + "_year_median", Report.millis(rawMedian), "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_vs_raw_group_by", median / rawMedian, "ratio");
    double afterDeliveryMedian = Report.percentile(afterDelivery, 50);
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_after_delivery_median",
        Report.millis(afterDeliveryMedian),
        "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_after_delivery_p99",
        Report.millis(Report.percentile(afterDelivery, 99)),
        "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_after_delivery_vs_raw_group_by",
        afterDeliveryMedian / rawMedian,
        "ratio");
    double plainMedian = Report.percentile(plain, 50);
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_plain_median", Report.millis(plainMedian), "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_plain_p99",
        Report.millis(Report.percentile(plain, 99)),
        "ms");
    Report.line(
        "dashboard_" + name + "_" + scale + "_year_plain_vs_raw_group_by",
        plainMedian / rawMedian,
        "ratio");
    if (baseline == 0) {
      baseline = median;
    } else {
      Report.line("dashboard_" + name + "_" + scale + "_year_vs_1x", median / baseline, "ratio");
    }
  }

  /**
   * Nanoseconds per run of the whole dashboard for {@code period}, after warming up: through the
   * backend's own path ({@code backend.stats()}, which keeps the sums per selection and data
   * revision, decision 0708) or through the plain GROUP BY queries every request paid before.
   */
  private long[] time(StatsStore stats, Period period) {
    return time(stats, period, () -> {});
  }

  /** As {@link #time(StatsStore, Period)}, each run after {@code before} (not timed). */
  private long[] time(StatsStore stats, Period period, Runnable before) {
    List<Location> locations = backend.regions().locations(REGION);
    List<String> codes = locations.stream().map(Location::code).toList();
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(REGION));
    long[] nanos = new long[RUNS];
    for (int i = -WARM_UP; i < RUNS; i++) {
      before.run();
      long start = System.nanoTime();
      Cube cube =
          stats.cube(
              new StatsQuery(
                      REGION,
                      period,
                      codes,
                      java.util.Optional.empty(),
                      labels.selfServiceOutcomes())
                  // As the page asks: with the period before and a year earlier (decision
                  // 0705).
                  .comparedWith(period.to()));
      Dashboard dashboard =
          new DashboardBuilder(new Suppression(5), Messages.in(Language.DUTCH), labels)
              .build(period, period.to(), locations, cube);
      if (dashboard.charts().isEmpty()) {
        throw new IllegalStateException("no charts");
      }
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    return nanos;
  }

  private long[] timeRaw() {
    long[] nanos = new long[RUNS];
    for (int i = -WARM_UP; i < RUNS; i++) {
      long start = System.nanoTime();
      long total =
          database.inTransaction(
              c -> {
                long sum = 0;
                try (PreparedStatement query =
                    c.prepareStatement(
                        "SELECT location_code, sum(visits) FROM bucket WHERE region_code = ? AND"
                            + " service_date >= ? AND service_date <= ? GROUP BY location_code")) {
                  query.setString(1, REGION);
                  query.setString(2, YEAR_START.toString());
                  query.setString(3, YEAR_END.toString());
                  try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                      sum += rows.getLong(2);
                    }
                  }
                }
                return sum;
              });
      if (total == 0) {
        throw new IllegalStateException("no visits");
      }
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    return nanos;
  }

  private void copyRegion(String region, LocalDate from) {
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO region (code, name, created_at_ms) VALUES (?, ?, 0)")) {
            insert.setString(1, region);
            insert.setString(2, "Werkcentrum " + region);
            insert.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO location (region_code, code, name, municipality)"
                      + " SELECT ?, code, name, municipality FROM location WHERE region_code = ?")) {
            insert.setString(1, region);
            insert.setString(2, REGION);
            insert.executeUpdate();
          }
          return null;
        });
    copyBuckets(region, from, YEAR_END);
  }

  private void copyBuckets(String region, LocalDate from, LocalDate to) {
    database.inTransaction(
        c -> {
          try (PreparedStatement copy =
              c.prepareStatement(
                  "INSERT INTO bucket (region_code, "
                      + COLUMNS
                      + ") SELECT ?, "
                      + COLUMNS
                      + " FROM bucket WHERE region_code = ? AND service_date >= ?"
                      + " AND service_date <= ?")) {
            copy.setString(1, region);
            copy.setString(2, REGION);
            copy.setString(3, from.toString());
            copy.setString(4, to.toString());
            copy.executeUpdate();
          }
          return null;
        });
  }

  private long count(String sql) {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
          }
        });
  }
}
