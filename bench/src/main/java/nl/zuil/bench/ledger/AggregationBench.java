package nl.zuil.bench.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import nl.zuil.bench.Report;
import nl.zuil.bench.SteppingClock;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * Aggregating a ledger of 1,000,000 visits (a year of a very busy location), in full and
 * incrementally after one more day, beside a plain SQLite GROUP BY over the same rows written into
 * a table: the raw cost of reading them once and storing the counts.
 *
 * <p>The year is built through the ledger's own API, which takes minutes, so it is kept in
 * bench/target and copied for each run.
 */
public final class AggregationBench {

  private static final int VISITS = 1_000_000;
  private static final int DAYS = 365;
  private static final Instant FIRST_DAY = Instant.parse("2025-11-24T07:00:00Z");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  public static void main(String[] args) throws Exception {
    Catalogue catalogue = CatalogueLoader.loadDefault();
    Path cached = Path.of("bench", "target", "ledger-1m-visits.db");
    if (!Files.exists(cached)) {
      System.err.println("building a 1,000,000-visit ledger once (minutes) at " + cached);
      buildYear(cached, catalogue);
    }
    Path dir = Files.createTempDirectory("zuil-bench-aggregate");
    Path file = dir.resolve("ledger.db");
    Files.copy(cached, file, StandardCopyOption.REPLACE_EXISTING);

    SteppingClock clock =
        new SteppingClock(FIRST_DAY.plus(Duration.ofDays(DAYS)), Duration.ofSeconds(20));
    try (Ledger ledger = Ledger.open(file, catalogue, kiosk(), clock)) {
      long full = time(() -> ledger.aggregator().rebuild());
      long rawFull = time(() -> rawGroupBy(file, null));
      Report.line("ledger.aggregate_full_1m_visits", full / 1e9, "s");
      Report.line("sqlite.raw_group_by_into_table_1m_visits", rawFull / 1e9, "s");
      Report.line("ledger.aggregate_full.ratio_to_raw_group_by", (double) full / rawFull, "x");

      LocalDate newDay = LocalDate.ofInstant(FIRST_DAY.plus(Duration.ofDays(DAYS)), AMSTERDAM);
      ledger.inSingleTransaction(() -> simulateDay(ledger, new Random(7), VISITS / DAYS));
      long incremental = time(() -> ledger.aggregator().refresh());
      long rawDay = time(() -> rawGroupBy(file, newDay));
      Report.line("ledger.aggregate_incremental_one_day", incremental / 1e6, "ms");
      Report.line("sqlite.raw_group_by_into_table_one_day", rawDay / 1e6, "ms");
      Report.line(
          "ledger.aggregate_incremental.ratio_to_raw_group_by", (double) incremental / rawDay, "x");
    }
  }

  private static void buildYear(Path target, Catalogue catalogue) throws Exception {
    Path building = target.resolveSibling(target.getFileName() + ".building");
    Files.deleteIfExists(building);
    Files.createDirectories(target.getParent());
    SteppingClock clock = new SteppingClock(FIRST_DAY, Duration.ofSeconds(20));
    Random random = new Random(2026);
    try (Ledger ledger = Ledger.open(building, catalogue, kiosk(), clock)) {
      int perDay = VISITS / DAYS;
      for (int day = 0; day < DAYS; day++) {
        clock.set(FIRST_DAY.plus(Duration.ofDays(day)));
        int visits = day == DAYS - 1 ? VISITS - perDay * (DAYS - 1) : perDay;
        ledger.inSingleTransaction(() -> simulateDay(ledger, random, visits));
      }
      ledger.aggregator().refresh();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + building);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    Files.move(building, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** A day of visits: most get called and an outcome, some leave, a few stay open. */
  private static void simulateDay(Ledger ledger, Random random, int visits) {
    List<String> questions =
        ledger.catalogue().questionTypes().stream().map(q -> q.code()).toList();
    List<String> situations = ledger.catalogue().situations().stream().map(s -> s.code()).toList();
    for (int i = 0; i < visits; i++) {
      TicketRequest request =
          TicketRequest.of(questions.get(random.nextInt(questions.size())), "nl");
      if (random.nextInt(3) > 0) {
        request = request.withSituation(situations.get(random.nextInt(situations.size())));
      }
      Ticket ticket = ledger.tickets().issue(request);
      int fate = random.nextInt(20);
      if (fate == 0) {
        continue;
      }
      ledger.desk().call(ticket.reference(), "balie-" + (1 + random.nextInt(3)));
      if (fate < 12) {
        ledger.desk().recordOutcome(ticket.reference(), "answered", null);
      } else if (fate < 17) {
        ledger.desk().recordOutcome(ticket.reference(), "referred", "uwv");
      } else if (fate < 19) {
        ledger.desk().recordOutcome(ticket.reference(), "appointment", null);
      } else {
        ledger.desk().recordOutcome(ticket.reference(), "left", null);
      }
    }
  }

  /**
   * The reference: the least work that turns the visits into a table of counts, one pass grouped
   * like the buckets and written out, in a single SQL statement with no Java in between.
   */
  private static void rawGroupBy(Path file, LocalDate day) {
    String where = day == null ? "" : " WHERE service_date = '" + day + "'";
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "CREATE TEMP TABLE counts AS SELECT service_date, location_code, issued_hour,"
              + " question_code, situation_code, outcome_code, partner_code, count(*) AS visits,"
              + " sum(referral_confirmed) AS confirmed FROM visit"
              + where
              + " GROUP BY 1, 2, 3, 4, 5, 6, 7");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KioskIdentity kiosk() {
    return new KioskIdentity("bench-locatie", "zuil-1");
  }

  private static long time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }
}
