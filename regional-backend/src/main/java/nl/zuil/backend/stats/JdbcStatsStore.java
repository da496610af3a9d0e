package nl.zuil.backend.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.zuil.backend.ingest.Quarantine;
import nl.zuil.backend.store.Database;
import nl.zuil.backend.store.Dialect;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.HistogramBins;

/**
 * {@link StatsStore} in the backend database: GROUP BY queries (seven, and one per comparison
 * period), the same SQL on SQLite and PostgreSQL. Every figure is a SUM over bucket rows, never one
 * row's value, because a kiosk can have several rows for the same bucket key (one per ledger it
 * ever had).
 *
 * <p>The same queries also add up a period month by month ({@link #byMonth}), for {@link
 * CachedStats} to keep each month apart (decision 0709): each query then groups by the month too.
 */
public final class JdbcStatsStore implements StatsStore, MonthlySums {

  /**
   * The month of a bucket's service day ({@code yyyy-MM-dd}), as SQLite and PostgreSQL write it.
   */
  private static final String MONTH = "substr(service_date, 1, 7)";

  private final Database database;

  public JdbcStatsStore(Database database) {
    this.database = database;
  }

  @Override
  public Cube cube(StatsQuery query) {
    if (query.locations().isEmpty()) {
      List<Cube.PeriodTotal> none = new ArrayList<>();
      query.comparisons().forEach(p -> none.add(new Cube.PeriodTotal(p, 0, Set.of())));
      return new Cube(List.of(), List.of(), List.of(), Map.of(), List.of(), none);
    }
    return database.inTransaction(
        c -> {
          Quarantine.Exclusion excluded = snapshot(c, query);
          CubeParts parts = new CubeParts();
          add(c, query, excluded, Grouping.WHOLE, m -> parts);
          List<Cube.PeriodTotal> comparisons = new ArrayList<>();
          for (Period period : query.comparisons()) {
            comparisons.add(total(c, query.over(period), excluded));
          }
          return parts.cube(comparisons);
        });
  }

  @Override
  public Map<YearMonth, Cube> byMonth(StatsQuery query) {
    Map<YearMonth, CubeParts> months = new TreeMap<>();
    query
        .period()
        .months()
        .forEach(days -> months.put(YearMonth.from(days.from()), new CubeParts()));
    if (!query.locations().isEmpty()) {
      database.inTransaction(
          c -> {
            add(c, query, snapshot(c, query), Grouping.BY_MONTH, months::get);
            return null;
          });
    }
    Map<YearMonth, Cube> cubes = new TreeMap<>();
    months.forEach((month, parts) -> cubes.put(month, parts.cube(List.of())));
    return cubes;
  }

  @Override
  public Cube.PeriodTotal total(StatsQuery query) {
    if (query.locations().isEmpty()) {
      return new Cube.PeriodTotal(query.period(), 0, Set.of());
    }
    return database.inTransaction(c -> total(c, query, snapshot(c, query)));
  }

  /**
   * Starts the transaction's one snapshot and reads the kiosks in quarantine in it, so a kiosk is
   * in or out for all the figures.
   */
  private Quarantine.Exclusion snapshot(Connection c, StatsQuery query) throws SQLException {
    if (database.dialect() == Dialect.POSTGRESQL) {
      try (Statement statement = c.createStatement()) {
        // One snapshot for all the queries; SQLite's read transaction already is one.
        statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        // After a few runs the driver's cached statements get PostgreSQL's generic plan,
        // which cannot see how much of the table the period and inlooppunten select and
        // was twice as slow in the dashboard benchmark.
        statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
      }
    }
    return Quarantine.exclusion(c, query.regionCode());
  }

  /** Whether the sums are of the whole period, or of each of its months apart. */
  private enum Grouping {
    WHOLE,
    BY_MONTH;

    /** The columns before a query's own: the month, when grouping by it. */
    String columns() {
      return this == BY_MONTH ? MONTH + ", " : "";
    }

    /** The result column where a query's own columns start. */
    int first() {
      return this == BY_MONTH ? 2 : 1;
    }

    /** The parts a result row adds to: its month's, or the one whole period's. */
    CubeParts parts(ResultSet rows, Function<YearMonth, CubeParts> parts) throws SQLException {
      return parts.apply(this == BY_MONTH ? YearMonth.parse(rows.getString(1)) : null);
    }
  }

  /** Reads one result row's own columns, from {@code first} on. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rows, int first, CubeParts parts) throws SQLException;
  }

  private static void add(
      Connection c,
      StatsQuery query,
      Quarantine.Exclusion excluded,
      Grouping grouping,
      Function<YearMonth, CubeParts> parts)
      throws SQLException {
    Sums sums = new Sums(c, query, excluded, grouping, parts);
    sums.read(
        "location_code, service_date, sum(visits)",
        "location_code, service_date",
        (rows, i, p) ->
            p.byLocationAndDay.add(
                new Cube.DayCount(
                    rows.getString(i),
                    LocalDate.parse(rows.getString(i + 1)),
                    rows.getLong(i + 2))));
    sums.read(
        "service_date, hour, sum(visits)",
        "service_date, hour",
        (rows, i, p) ->
            p.byDayAndHour.add(
                new Cube.HourCount(
                    LocalDate.parse(rows.getString(i)), rows.getInt(i + 1), rows.getLong(i + 2))));
    sums.read(
        "question_code, situation_code, outcome_code, partner_code, sum(visits),"
            + " sum(confirmed_referrals), sum(questions)"
            + ", sum(rated_good), sum(rated_ok), sum(rated_bad)",
        "question_code, situation_code, outcome_code, partner_code",
        (rows, i, p) ->
            p.byCombination.add(
                new Cube.Combination(
                    rows.getString(i),
                    rows.getString(i + 1),
                    rows.getString(i + 2),
                    rows.getString(i + 3),
                    rows.getLong(i + 4),
                    rows.getLong(i + 5),
                    rows.getLong(i + 6),
                    rows.getLong(i + 7),
                    rows.getLong(i + 8),
                    rows.getLong(i + 9))));
    List<String> bins = new ArrayList<>();
    for (int bin = 0; bin < HistogramBins.BINS; bin++) {
      bins.add("sum(wait_" + bin + ")");
    }
    sums.read(
        "location_code, " + String.join(", ", bins),
        "location_code",
        (rows, i, p) -> {
          long[] waiting = new long[HistogramBins.BINS];
          for (int bin = 0; bin < waiting.length; bin++) {
            waiting[bin] = rows.getLong(i + 1 + bin);
          }
          p.waitingByLocation.put(rows.getString(i), waiting);
        });
    // A region whose catalogues never had a self-service outcome counted no such visit.
    if (!query.selfServiceOutcomes().isEmpty()) {
      List<String> outcomes = query.selfServiceOutcomes().stream().sorted().toList();
      sums.read(
          "location_code, hour, sum(visits)",
          "bucket",
          " AND outcome_code IN (" + placeholders(outcomes.size()) + ")",
          outcomes,
          "location_code, hour",
          (rows, i, p) ->
              p.selfServiceByLocationAndHour.add(
                  new Cube.LocationHourCount(
                      rows.getString(i), rows.getInt(i + 1), rows.getLong(i + 2))));
    }
    // Per inlooppunt: visits with a gids's outcome (not "no outcome yet", not self-service) and
    // how many of them were corrected (decision 1004).
    List<String> notByGids =
        new ArrayList<>(query.selfServiceOutcomes().stream().sorted().toList());
    notByGids.add(0, Codes.NONE);
    sums.read(
        "location_code, sum(visits), sum(corrections)",
        "bucket",
        " AND outcome_code NOT IN (" + placeholders(notByGids.size()) + ")",
        notByGids,
        "location_code",
        (rows, i, p) ->
            p.correctionsByLocation.add(
                new Cube.LocationCorrections(
                    rows.getString(i), rows.getLong(i + 1), rows.getLong(i + 2))));
    // Contacts without a ticket (decision 0707), from their own table: they are not visits.
    sums.read(
        "location_code, channel_code, sum(contacts), sum(people)",
        "contact_bucket",
        "",
        List.of(),
        "location_code, channel_code",
        (rows, i, p) ->
            p.contactsByLocationAndChannel.add(
                new Cube.ChannelCount(
                    rows.getString(i),
                    rows.getString(i + 1),
                    rows.getLong(i + 2),
                    rows.getLong(i + 3))));
  }

  /** The visits of the query's period and the inlooppunten that sent anything for it. */
  private static Cube.PeriodTotal total(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    long visits = 0;
    Set<String> reporting = new HashSet<>();
    try (PreparedStatement statement =
        prepare(c, "location_code, sum(visits)", query, excluded, "location_code")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          visits += rows.getLong(2);
          reporting.add(rows.getString(1));
        }
      }
    }
    return new Cube.PeriodTotal(query.period(), visits, reporting);
  }

  /** One query's filter and grouping, for each of the sums of {@link #add}. */
  private record Sums(
      Connection c,
      StatsQuery query,
      Quarantine.Exclusion excluded,
      Grouping grouping,
      Function<YearMonth, CubeParts> parts) {

    void read(String columns, String groupBy, RowReader reader) throws SQLException {
      read(columns, "bucket", "", List.of(), groupBy, reader);
    }

    void read(
        String columns,
        String table,
        String condition,
        List<String> values,
        String groupBy,
        RowReader reader)
        throws SQLException {
      try (PreparedStatement statement =
          prepare(
              c,
              grouping.columns() + columns,
              table,
              query,
              excluded,
              condition,
              values,
              grouping.columns() + groupBy)) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            reader.read(rows, grouping.first(), grouping.parts(rows, parts));
          }
        }
      }
    }
  }

  /** {@code SELECT columns FROM bucket WHERE <the query's filter> GROUP BY groupBy}, bound. */
  private static PreparedStatement prepare(
      Connection c, String columns, StatsQuery query, Quarantine.Exclusion excluded, String groupBy)
      throws SQLException {
    return prepare(c, columns, "bucket", query, excluded, "", List.of(), groupBy);
  }

  /**
   * @param table {@code bucket} or {@code contact_bucket}, never from input
   * @param condition an extra condition of placeholders, never built from input
   * @param values bound to the condition's placeholders, in order
   */
  private static PreparedStatement prepare(
      Connection c,
      String columns,
      String table,
      StatsQuery query,
      Quarantine.Exclusion excluded,
      String condition,
      List<String> values,
      String groupBy)
      throws SQLException {
    String sql =
        "SELECT "
            + columns
            + " FROM "
            + table
            + " WHERE region_code = ? AND service_date >= ? AND service_date <= ?"
            + " AND location_code IN ("
            + placeholders(query.locations().size())
            + ")"
            + (query.question().isPresent() ? " AND question_code = ?" : "")
            + excluded.sql()
            + condition
            + " GROUP BY "
            + groupBy;
    PreparedStatement statement = c.prepareStatement(sql);
    int i = 1;
    statement.setString(i++, query.regionCode());
    statement.setString(i++, query.period().from().toString());
    statement.setString(i++, query.period().to().toString());
    for (String location : query.locations()) {
      statement.setString(i++, location);
    }
    if (query.question().isPresent()) {
      statement.setString(i++, query.question().get());
    }
    for (String value : excluded.values()) {
      statement.setString(i++, value);
    }
    for (String value : values) {
      statement.setString(i++, value);
    }
    return statement;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
