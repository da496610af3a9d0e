package nl.zuil.bench.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.backend.store.Database;
import nl.zuil.bench.MovableClock;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.Trust;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.push.DrainResult;

/**
 * The agent draining a busy kiosk's 30-day offline backlog into a backend on SQLite over HTTPS:
 * time and bytes. Beside it, in the same run, the floor the agent cannot beat: reading the same
 * backlog from the ledger and upserting it straight into a fresh store of the same kind.
 */
public final class AgentDrainBench {

  private static final int DAYS = 30;
  private static final int VISITS_PER_DAY = 250;
  private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String LOCATION = "hengelo-bibliotheek";

  public static void main(String[] args) throws Exception {
    Path dir = BenchFiles.scratch("zuil-drain-bench");
    Path ledgerFile = dir.resolve("ledger.db");
    fillLedger(ledgerFile);
    BenchTls tls = BenchTls.create(dir);

    try (Database database =
        Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null)) {
      Backend backend = Backend.over(database, Clock.systemUTC());
      backend.regions().publish(CATALOGUE);
      backend.regions().saveLocation(CATALOGUE.region().code(), LOCATION, "Bibliotheek", "Hengelo");
      String code =
          backend
              .enrolment()
              .createCode(CATALOGUE.region().code(), LOCATION, "zuil-1", Duration.ofHours(1))
              .code();
      EnrolledDevice device = backend.enrolment().enrol(code).orElseThrow();
      new Credential(device.device().id(), device.credential(), LOCATION, "zuil-1")
          .write(dir.resolve("credential.json"));
      ApiServer server =
          ApiServer.start(
              backend,
              new ServerSettings(
                  "127.0.0.1",
                  0,
                  Optional.of(new Tls(tls.keystore(), tls.password())),
                  ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
      AgentSettings settings =
          new AgentSettings(
              ledgerFile,
              URI.create("https://127.0.0.1:" + server.port()),
              new Trust(Optional.of(tls.pin()), Optional.empty()),
              false,
              dir.resolve("credential.json"),
              dir.resolve("agent-state.db"),
              dir.resolve("agent-health.json"),
              Optional.empty(),
              Duration.ofSeconds(60),
              Duration.ofSeconds(300),
              Duration.ofMinutes(15),
              Duration.ofSeconds(60),
              256 * 1024,
              Optional.empty(),
              Duration.ofHours(1));
      long start = System.nanoTime();
      DrainResult result;
      long bytes;
      try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
        result = agent.attempt();
        bytes = agent.bytesSent();
      }
      double drainSeconds = (System.nanoTime() - start) / 1e9;
      server.close();

      double floorSeconds = readAndUpsert(ledgerFile, dir);
      System.out.printf("drain_30_day_backlog_visits: %d visits%n", DAYS * VISITS_PER_DAY);
      System.out.printf("drain_30_day_backlog_buckets: %d buckets%n", result.buckets());
      System.out.printf("drain_30_day_backlog_requests: %d requests%n", result.requests());
      System.out.printf("drain_30_day_backlog_time: %.2f s%n", drainSeconds);
      System.out.printf("drain_30_day_backlog_bytes: %d bytes%n", bytes);
      System.out.printf(
          "drain_30_day_backlog_bytes_per_bucket: %.0f bytes%n", (double) bytes / result.buckets());
      System.out.printf("read_and_raw_upsert_same_backlog_time: %.2f s%n", floorSeconds);
      System.out.printf("drain_vs_read_and_raw_upsert: %.2f ratio%n", drainSeconds / floorSeconds);
    }
  }

  /** 30 days of a busy kiosk: 250 visits a day between 9 and 17, most with an outcome. */
  private static void fillLedger(Path file) throws Exception {
    Random random = new Random(30);
    MovableClock clock = new MovableClock("2026-10-01T09:00");
    try (Ledger ledger =
        Ledger.open(file, CATALOGUE, new KioskIdentity(LOCATION, "zuil-1"), clock)) {
      for (int day = 0; day < DAYS; day++) {
        Instant opening =
            LocalDateTime.parse("2026-10-01T09:00").plusDays(day).atZone(AMSTERDAM).toInstant();
        clock.set(opening);
        ledger.inSingleTransaction(
            () -> {
              for (int v = 0; v < VISITS_PER_DAY; v++) {
                clock.set(opening.plusSeconds(v * 8L * 3600 / VISITS_PER_DAY));
                TicketRequest request =
                    TicketRequest.of(
                        CATALOGUE
                            .questionTypes()
                            .get(random.nextInt(CATALOGUE.questionTypes().size()))
                            .code(),
                        "nl");
                if (random.nextBoolean()) {
                  request =
                      request.withSituation(
                          CATALOGUE
                              .situations()
                              .get(random.nextInt(CATALOGUE.situations().size()))
                              .code());
                }
                Ticket ticket = ledger.tickets().issue(request);
                if (random.nextInt(10) < 9) {
                  ledger.desk().call(ticket.reference(), "balie-1");
                  clock.set(clock.instant().plusSeconds(60L * random.nextInt(20)));
                  if (random.nextBoolean()) {
                    ledger.desk().recordOutcome(ticket.reference(), "answered", null);
                  } else {
                    ledger.desk().recordOutcome(ticket.reference(), "referred", "uwv");
                  }
                }
              }
            });
        ledger.aggregator().refresh();
      }
    }
  }

  private static double readAndUpsert(Path ledgerFile, Path dir) throws Exception {
    long start = System.nanoTime();
    try (LedgerReader reader = LedgerReader.open(ledgerFile);
        Database database = Database.open("jdbc:sqlite:" + dir.resolve("raw.db"), null, null)) {
      Backend backend = Backend.over(database, Clock.systemUTC());
      backend.regions().publish(CATALOGUE);
      backend.regions().saveLocation(CATALOGUE.region().code(), LOCATION, "Bibliotheek", "Hengelo");
      Device device = new Device("raw", CATALOGUE.region().code(), LOCATION, "zuil-1");
      start = System.nanoTime();
      long watermark = 0;
      while (true) {
        List<Bucket> page = reader.buckets().changedSince(watermark, 800);
        if (page.isEmpty()) {
          break;
        }
        backend
            .buckets()
            .upsert(device, "0", page.stream().map(AgentDrainBench::counts).toList(), 0);
        watermark = page.get(page.size() - 1).revision();
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static BucketCounts counts(Bucket b) {
    return new BucketCounts(
        b.key().serviceDate(),
        b.key().hour(),
        b.key().questionCode(),
        b.key().situationCode(),
        b.key().outcomeCode(),
        b.key().partnerCode(),
        b.visits(),
        b.confirmedReferrals(),
        b.waitTimes().toArray(),
        b.serviceTimes().toArray(),
        b.revision(),
        b.corrections(),
        b.questions(),
        new RatingCounts(b.ratings().good(), b.ratings().ok(), b.ratings().bad()));
  }
}
