package nl.zuil.backend.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zuil.backend.ingest.Quarantine;
import nl.zuil.backend.store.Database;
import nl.zuil.backend.store.Dialect;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.HistogramBins;

/**
 * {@link StatsStore} in the backend database: GROUP BY queries (five, and one per comparison
 * period), the same SQL on SQLite and PostgreSQL. Every figure is a SUM over bucket rows, never one
 * row's value, because a kiosk can have several rows for the same bucket key (one per ledger it
 * ever had).
 */
public final class JdbcStatsStore implements StatsStore {

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
          // Read in the same snapshot as the figures, so a kiosk is in or out for all of them.
          Quarantine.Exclusion excluded = Quarantine.exclusion(c, query.regionCode());
          return new Cube(
              byLocationAndDay(c, query, excluded),
              byDayAndHour(c, query, excluded),
              byCombination(c, query, excluded),
              waiting(c, query, excluded),
              selfService(c, query, excluded),
              comparisons(c, query, excluded),
              corrections(c, query, excluded),
              contacts(c, query, excluded));
        });
  }

  /**
   * Per inlooppunt: visits with a gids's outcome (not "no outcome yet", not self-service) and how
   * many of them were corrected (decision 1004).
   */
  private static List<Cube.LocationCorrections> corrections(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<String> notByGids =
        new ArrayList<>(query.selfServiceOutcomes().stream().sorted().toList());
    notByGids.add(0, Codes.NONE);
    List<Cube.LocationCorrections> counts = new ArrayList<>();
    try (PreparedStatement statement =
        prepare(
            c,
            "location_code, sum(visits), sum(corrections)",
            query,
            excluded,
            " AND outcome_code NOT IN (" + placeholders(notByGids.size()) + ")",
            notByGids,
            "location_code")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new Cube.LocationCorrections(rows.getString(1), rows.getLong(2), rows.getLong(3)));
        }
      }
    }
    return counts;
  }

  /** Per comparison period: its visits and how many inlooppunten sent anything for it. */
  private static List<Cube.PeriodTotal> comparisons(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<Cube.PeriodTotal> totals = new ArrayList<>();
    for (Period period : query.comparisons()) {
      long visits = 0;
      Set<String> reporting = new HashSet<>();
      try (PreparedStatement statement =
          prepare(c, "location_code, sum(visits)", query.over(period), excluded, "location_code")) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            visits += rows.getLong(2);
            reporting.add(rows.getString(1));
          }
        }
      }
      totals.add(new Cube.PeriodTotal(period, visits, reporting));
    }
    return totals;
  }

  private static List<Cube.DayCount> byLocationAndDay(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<Cube.DayCount> counts = new ArrayList<>();
    try (PreparedStatement statement =
        prepare(
            c,
            "location_code, service_date, sum(visits)",
            query,
            excluded,
            "location_code, service_date")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new Cube.DayCount(
                  rows.getString(1), LocalDate.parse(rows.getString(2)), rows.getLong(3)));
        }
      }
    }
    return counts;
  }

  private static List<Cube.HourCount> byDayAndHour(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<Cube.HourCount> counts = new ArrayList<>();
    try (PreparedStatement statement =
        prepare(c, "service_date, hour, sum(visits)", query, excluded, "service_date, hour")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new Cube.HourCount(
                  LocalDate.parse(rows.getString(1)), rows.getInt(2), rows.getLong(3)));
        }
      }
    }
    return counts;
  }

  private static List<Cube.Combination> byCombination(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<Cube.Combination> counts = new ArrayList<>();
    try (PreparedStatement statement =
        prepare(
            c,
            "question_code, situation_code, outcome_code, partner_code, sum(visits),"
                + " sum(confirmed_referrals), sum(questions)"
                + ", sum(rated_good), sum(rated_ok), sum(rated_bad)",
            query,
            excluded,
            "question_code, situation_code, outcome_code, partner_code")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new Cube.Combination(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getLong(5),
                  rows.getLong(6),
                  rows.getLong(7),
                  rows.getLong(8),
                  rows.getLong(9),
                  rows.getLong(10)));
        }
      }
    }
    return counts;
  }

  private static List<Cube.LocationHourCount> selfService(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<Cube.LocationHourCount> counts = new ArrayList<>();
    if (query.selfServiceOutcomes().isEmpty()) {
      // A region whose catalogues never had a self-service outcome counted no such visit.
      return counts;
    }
    List<String> outcomes = query.selfServiceOutcomes().stream().sorted().toList();
    try (PreparedStatement statement =
        prepare(
            c,
            "location_code, hour, sum(visits)",
            query,
            excluded,
            " AND outcome_code IN (" + placeholders(outcomes.size()) + ")",
            outcomes,
            "location_code, hour")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new Cube.LocationHourCount(rows.getString(1), rows.getInt(2), rows.getLong(3)));
        }
      }
    }
    return counts;
  }

  /** Contacts without a ticket (decision 0707), from their own table: they are not visits. */
  private static List<Cube.ChannelCount> contacts(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<Cube.ChannelCount> counts = new ArrayList<>();
    try (PreparedStatement statement =
        prepare(
            c,
            "location_code, channel_code, sum(contacts), sum(people)",
            "contact_bucket",
            query,
            excluded,
            "",
            List.of(),
            "location_code, channel_code")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new Cube.ChannelCount(
                  rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
        }
      }
    }
    return counts;
  }

  private static Map<String, long[]> waiting(
      Connection c, StatsQuery query, Quarantine.Exclusion excluded) throws SQLException {
    List<String> sums = new ArrayList<>();
    for (int bin = 0; bin < HistogramBins.BINS; bin++) {
      sums.add("sum(wait_" + bin + ")");
    }
    Map<String, long[]> waiting = new LinkedHashMap<>();
    try (PreparedStatement statement =
        prepare(c, "location_code, " + String.join(", ", sums), query, excluded, "location_code")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          long[] bins = new long[HistogramBins.BINS];
          for (int bin = 0; bin < bins.length; bin++) {
            bins[bin] = rows.getLong(2 + bin);
          }
          waiting.put(rows.getString(1), bins);
        }
      }
    }
    return waiting;
  }

  /** {@code SELECT columns FROM bucket WHERE <the query's filter> GROUP BY groupBy}, bound. */
  private static PreparedStatement prepare(
      Connection c, String columns, StatsQuery query, Quarantine.Exclusion excluded, String groupBy)
      throws SQLException {
    return prepare(c, columns, "bucket", query, excluded, "", List.of(), groupBy);
  }

  /**
   * @param condition an extra condition of placeholders, never built from input
   * @param values bound to the condition's placeholders, in order
   */
  private static PreparedStatement prepare(
      Connection c,
      String columns,
      StatsQuery query,
      Quarantine.Exclusion excluded,
      String condition,
      List<String> values,
      String groupBy)
      throws SQLException {
    return prepare(c, columns, "bucket", query, excluded, condition, values, groupBy);
  }

  /**
   * @param table {@code bucket} or {@code contact_bucket}, never from input
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
