package nl.zuil.bench.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import nl.zuil.bench.Report;
import nl.zuil.bench.SteppingClock;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * Latency of issuing one ticket, each its own durable transaction, beside a raw SQLite commit of
 * one row with the same durability settings on the same disk. Both run in alternating blocks so the
 * machine's noise hits them alike; the ratio is the figure to track.
 */
public final class TicketIssueBench {

  private static final int TICKETS = 10_000;
  private static final int BLOCK = 500;

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("zuil-bench-issue");
    Catalogue catalogue = CatalogueLoader.loadDefault();
    SteppingClock clock =
        new SteppingClock(Instant.parse("2026-11-23T08:00:00Z"), Duration.ofMinutes(2));
    long[] ours = new long[TICKETS];
    long[] raw = new long[TICKETS];
    try (Ledger ledger =
            Ledger.open(
                dir.resolve("ledger.db"),
                catalogue,
                new KioskIdentity("bench-locatie", "zuil-1"),
                clock);
        Connection reference = rawDatabase(dir.resolve("raw.db"));
        PreparedStatement insert =
            reference.prepareStatement("INSERT INTO visit (code, at_ms) VALUES (?, ?)")) {
      for (int warmup = 0; warmup < 200; warmup++) {
        ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
        rawCommit(reference, insert, warmup);
      }
      String[] questions =
          catalogue.questionTypes().stream().map(q -> q.code()).toArray(String[]::new);
      for (int start = 0; start < TICKETS; start += BLOCK) {
        for (int i = start; i < start + BLOCK; i++) {
          TicketRequest request = TicketRequest.of(questions[i % questions.length], "nl");
          long t0 = System.nanoTime();
          ledger.tickets().issue(request);
          ours[i] = System.nanoTime() - t0;
        }
        for (int i = start; i < start + BLOCK; i++) {
          long t0 = System.nanoTime();
          rawCommit(reference, insert, i);
          raw[i] = System.nanoTime() - t0;
        }
      }
    }
    double oursMedian = Report.percentile(ours, 50);
    double rawMedian = Report.percentile(raw, 50);
    Report.line("ledger.ticket_issue.median", Report.millis(oursMedian), "ms");
    Report.line("ledger.ticket_issue.p99", Report.millis(Report.percentile(ours, 99)), "ms");
    Report.line("sqlite.raw_commit.median", Report.millis(rawMedian), "ms");
    Report.line("sqlite.raw_commit.p99", Report.millis(Report.percentile(raw, 99)), "ms");
    Report.line("ledger.ticket_issue.median_ratio_to_raw_commit", oursMedian / rawMedian, "x");
  }

  /** The same durability as the ledger: WAL, synchronous=FULL, one row per transaction. */
  private static Connection rawDatabase(Path file) throws Exception {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = FULL");
      s.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, code TEXT NOT NULL, at_ms INTEGER)");
    }
    return c;
  }

  private static void rawCommit(Connection c, PreparedStatement insert, int i) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      insert.setString(1, "find_work");
      insert.setLong(2, i);
      insert.executeUpdate();
      s.execute("COMMIT");
    }
  }
}
