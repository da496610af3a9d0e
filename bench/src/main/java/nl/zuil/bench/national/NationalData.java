package nl.zuil.bench.national;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.regionapi.HistogramBins;
import org.postgresql.PGConnection;

/**
 * National-scale buckets: 35 regions x 30 inlooppunten x 5 years (2021-2025), hourly buckets with a
 * weekly rhythm (busy Tuesday and Thursday, short Friday, a Saturday morning at some places), a
 * season (quiet summer holidays and Christmas weeks, busy January and September), closed public
 * holidays, and inlooppunten of different sizes. Five regions are generated, the other 30 are
 * copies of them under their own codes. Written with COPY with the bucket table's indexes dropped
 * and rebuilt after, so it takes minutes. The first region is the demo region with its catalogue;
 * the others share its catalogue and inlooppunten under their own codes.
 */
final class NationalData {

  static final String FIRST_REGION = "voorbeeldregio";
  static final int REGIONS = 35;
  static final int LOCATIONS = 30;

  /**
   * Regions generated each with their own inlooppunt sizes and random counts; the others are copies
   * of these in the database (generating all 35 in Java took half an hour on a busy machine,
   * copying takes seconds each).
   */
  private static final int PATTERNS = 5;

  static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);
  private static final int FIRST_HOUR = 9;
  private static final double[] HOUR = {0.7, 1.3, 1.2, 0.8, 1.0, 1.2, 1.0, 0.6};
  private static final double[] MONTH = {
    1.15, 1.05, 1.05, 1.0, 0.95, 0.95, 0.7, 0.65, 1.15, 1.05, 1.0, 0.8
  };
  private static final List<MonthDay> CLOSED =
      List.of(MonthDay.of(1, 1), MonthDay.of(4, 27), MonthDay.of(12, 25), MonthDay.of(12, 26));
  private static final String COLUMNS =
      "region_code, location_code, kiosk_code, ledger_id, service_date, hour, question_code,"
          + " situation_code, outcome_code, partner_code, visits, confirmed_referrals, "
          + bins("wait")
          + ", "
          + bins("service")
          + ", revision, received_at_ms";

  private NationalData() {}

  static String region(int r) {
    return r == 1 ? FIRST_REGION : String.format("regio-%02d", r);
  }

  /** The regions, their catalogue and inlooppunten, in an empty database. */
  static void seed(Database database, Backend backend) {
    // The demo generator makes the first region, its catalogue and its 30 inlooppunten; its one
    // day of buckets lies before the national years.
    LocalDate seedDay = FROM.minusDays(1);
    new DemoData(backend, 1).write(FIRST_REGION, LOCATIONS, seedDay, seedDay);
    database.inTransaction(
        c -> {
          for (int r = 2; r <= REGIONS; r++) {
            copyRegion(c, region(r));
          }
          return null;
        });
  }

  /** The buckets, with COPY (no upsert: the bucket table may have no keys then). */
  static long buckets(Backend backend) {
    List<Location> locations = backend.regions().locations(FIRST_REGION);
    Catalogue catalogue = CatalogueLoader.loadDefault();
    long rows = 0;
    for (int r = 1; r <= PATTERNS; r++) {
      String region = region(r);
      StringBuilder csv = new StringBuilder(64 << 20);
      for (int l = 0; l < locations.size(); l++) {
        rows += location(csv, catalogue, region, locations.get(l).code(), r * 100 + l);
      }
      copy(backend.database(), csv);
    }
    for (int r = PATTERNS + 1; r <= REGIONS; r++) {
      rows += copyBuckets(backend.database(), region(r), region((r - 1) % PATTERNS + 1));
    }
    return rows;
  }

  /** The buckets of region {@code from} again under region {@code to}, inside the database. */
  private static long copyBuckets(Database database, String to, String from) {
    String columns = COLUMNS.substring(COLUMNS.indexOf(',') + 1);
    return database.inTransaction(
        c -> {
          try (PreparedStatement copy =
              c.prepareStatement(
                  "INSERT INTO bucket (region_code, "
                      + columns
                      + ") SELECT ?, "
                      + columns
                      + " FROM bucket WHERE region_code = ?")) {
            copy.setString(1, to);
            copy.setString(2, from);
            return (long) copy.executeUpdate();
          }
        });
  }

  private static void copyRegion(Connection c, String region) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO region (code, name, created_at_ms) VALUES (?, ?, 0)")) {
      insert.setString(1, region);
      insert.setString(2, "Werkcentrum " + region);
      insert.executeUpdate();
    }
    for (String sql :
        List.of(
            "INSERT INTO location (region_code, code, name, municipality)"
                + " SELECT ?, code, name, municipality FROM location WHERE region_code = ?",
            "INSERT INTO region_catalogue (region_code, version, catalogue_json, published_at_ms)"
                + " SELECT ?, version, catalogue_json, published_at_ms FROM region_catalogue"
                + " WHERE region_code = ?")) {
      try (PreparedStatement insert = c.prepareStatement(sql)) {
        insert.setString(1, region);
        insert.setString(2, FIRST_REGION);
        insert.executeUpdate();
      }
    }
  }

  private static long location(
      StringBuilder csv, Catalogue catalogue, String region, String location, long seed) {
    Random random = new Random(seed);
    double size = 0.4 + 1.2 * random.nextDouble();
    boolean saturday = random.nextInt(4) == 0;
    List<Outcome> outcomes = catalogue.outcomes();
    long rows = 0;
    long revision = 1;
    for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
      if (CLOSED.contains(MonthDay.from(day))) {
        continue;
      }
      double dayFactor =
          switch (day.getDayOfWeek()) {
            case MONDAY -> 1.05;
            case TUESDAY -> 1.3;
            case WEDNESDAY -> 0.9;
            case THURSDAY -> 1.25;
            case FRIDAY -> 0.7;
            case SATURDAY -> saturday ? 0.8 : 0;
            case SUNDAY -> 0;
          };
      double growth = 0.9 + 0.05 * (day.getYear() - FROM.getYear());
      double mean = 1.5 * size * dayFactor * MONTH[day.getMonthValue() - 1] * growth;
      for (int h = 0; h < HOUR.length; h++) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY && h > 3) {
          continue;
        }
        int count = poisson(random, mean * HOUR[h]);
        Map<String, int[]> tallies = new HashMap<>();
        for (int v = 0; v < count; v++) {
          String question =
              catalogue
                  .questionTypes()
                  .get(skewed(random, catalogue.questionTypes().size()))
                  .code();
          String situation =
              catalogue.situations().get(skewed(random, catalogue.situations().size())).code();
          Outcome outcome = outcomes.get(skewed(random, outcomes.size()));
          String partner =
              outcome.partner() == PartnerRule.REQUIRED
                  ? catalogue.partners().get(random.nextInt(catalogue.partners().size())).code()
                  : Codes.NONE;
          int[] tally =
              tallies.computeIfAbsent(
                  question + "," + situation + "," + outcome.code() + "," + partner,
                  k -> new int[2 + 2 * HistogramBins.BINS]);
          tally[0]++;
          if (!partner.equals(Codes.NONE) && random.nextInt(3) > 0) {
            tally[1]++;
          }
          tally[2 + Math.min(HistogramBins.BINS - 1, (int) (random.nextDouble() * 6))]++;
          tally[2 + HistogramBins.BINS + Math.min(HistogramBins.BINS - 1, random.nextInt(8))]++;
        }
        for (Map.Entry<String, int[]> entry : tallies.entrySet()) {
          csv.append(region)
              .append(',')
              .append(location)
              .append(",zuil-1,national,")
              .append(day)
              .append(',')
              .append(FIRST_HOUR + h)
              .append(',')
              .append(entry.getKey());
          for (int value : entry.getValue()) {
            csv.append(',').append(value);
          }
          csv.append(',').append(revision++).append(",0\n");
          rows++;
        }
      }
    }
    return rows;
  }

  /** Lower indexes more often: a few questions and outcomes make most of the visits. */
  private static int skewed(Random random, int size) {
    return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), 2)));
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      count++;
      product *= random.nextDouble();
    }
    return count;
  }

  private static void copy(Database database, StringBuilder csv) {
    database.inTransaction(
        c -> {
          try {
            c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                    "COPY bucket (" + COLUMNS + ") FROM STDIN (FORMAT csv)",
                    new StringReader(csv.toString()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return null;
        });
  }

  static long count(Database database, String sql) {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : 0;
          }
        });
  }

  private static String bins(String measure) {
    StringBuilder names = new StringBuilder();
    for (int bin = 0; bin < HistogramBins.BINS; bin++) {
      names.append(bin == 0 ? "" : ", ").append(measure).append('_').append(bin);
    }
    return names.toString();
  }
}
