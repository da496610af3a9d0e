package nl.zuil.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.regionapi.Channel;
import nl.zuil.testsupport.TestClock;

/**
 * A kiosk's ledger written as the kiosk app would: tickets issued, called and finished with the
 * catalogue's codes, then aggregated. Random but reproducible from a seed.
 */
public final class TestKiosk implements AutoCloseable {

  public static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
  private static final List<String> QUESTIONS =
      CATALOGUE.questionTypes().stream().map(q -> q.code()).toList();
  private static final List<String> SITUATIONS =
      CATALOGUE.situations().stream().map(s -> s.code()).toList();

  public final TestClock clock;
  public final Ledger ledger;
  private final Random random;
  private static Path tenThousand;

  public TestKiosk(Path ledgerFile, String kioskCode, TestClock clock, long seed) throws Exception {
    this.clock = clock;
    this.random = new Random(seed);
    this.ledger =
        Ledger.open(
            ledgerFile, CATALOGUE, new KioskIdentity(TestBackend.LOCATION, kioskCode), clock);
  }

  /**
   * Issues {@code count} tickets a few minutes apart; most are called and finished with an outcome
   * (some referred and confirmed), the rest stay waiting. Then aggregates, as the kiosk does.
   */
  public void visits(int count) {
    visitsWithoutRefresh(count);
    ledger.aggregator().refresh();
  }

  /** As {@link #visits}, without aggregating: for filling a ledger in one transaction. */
  public void visitsWithoutRefresh(int count) {
    for (int i = 0; i < count; i++) {
      clock.advanceMinutes(random.nextInt(4));
      String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
      TicketRequest request = TicketRequest.of(question, "nl");
      if (random.nextBoolean()) {
        request = request.withSituation(SITUATIONS.get(random.nextInt(SITUATIONS.size())));
      }
      Ticket ticket = ledger.tickets().issue(request);
      if (random.nextInt(10) < 7) {
        ledger.desk().call(ticket.reference(), "balie-1");
        switch (random.nextInt(4)) {
          case 0 -> ledger.desk().recordOutcome(ticket.reference(), "answered", null);
          case 1 -> {
            ledger.desk().recordOutcome(ticket.reference(), "referred", "uwv");
            if (random.nextBoolean()) {
              ledger.desk().confirmReferral(ticket.reference());
            }
          }
          case 2 -> ledger.desk().recordOutcome(ticket.reference(), "appointment", null);
          default -> ledger.desk().recordOutcome(ticket.reference(), "left", null);
        }
      }
    }
  }

  /**
   * A ledger of 10,000 visits over some ten days, made once per test JVM (it takes seconds) and
   * copied to {@code ledgerFile} for each test that needs it.
   */
  public static synchronized TestKiosk withTenThousandVisits(Path ledgerFile) throws Exception {
    if (tenThousand == null) {
      Path dir = Files.createTempDirectory("zuil-10k-ledger");
      Path file = dir.resolve("ledger.db");
      try (TestKiosk kiosk = new TestKiosk(file, "zuil-1", TestClock.at("2026-09-01T08:00"), 15)) {
        kiosk.ledger.inSingleTransaction(() -> kiosk.visitsWithoutRefresh(10_000));
        kiosk.ledger.aggregator().refresh();
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (var files = Files.list(dir)) {
                      for (Path p : files.toList()) {
                        Files.delete(p);
                      }
                      Files.delete(dir);
                    } catch (IOException e) {
                      // A leftover temporary folder is harmless.
                    }
                  }));
      tenThousand = file;
    }
    Files.copy(tenThousand, ledgerFile);
    return new TestKiosk(ledgerFile, "zuil-1", TestClock.at("2026-09-11T08:00"), 16);
  }

  /** Every bucket in the ledger, keyed and printed like {@link TestBackend#counts(String)}. */
  public Map<String, String> counts() {
    Map<String, String> counts = new TreeMap<>();
    for (Bucket b : visitBuckets()) {
      BucketKey k = b.key();
      counts.put(
          key(
              k.serviceDate(),
              k.hour(),
              k.questionCode(),
              k.situationCode(),
              k.outcomeCode(),
              k.partnerCode()),
          value(
              b.visits(),
              b.confirmedReferrals(),
              b.waitTimes().toArray(),
              b.serviceTimes().toArray()));
    }
    return counts;
  }

  /** The buckets of kiosk visits: contacts without a ticket (decision 1003) are not visits. */
  private List<Bucket> visitBuckets() {
    return ledger.buckets().between(LocalDate.MIN, LocalDate.MAX).stream()
        .filter(b -> b.key().channelCode().equals(Channel.KIOSK.code()))
        .toList();
  }

  public int totalVisits() {
    return visitBuckets().stream().mapToInt(Bucket::visits).sum();
  }

  static String key(
      LocalDate date, int hour, String question, String situation, String outcome, String partner) {
    return String.join(
        " ", date.toString(), String.valueOf(hour), question, situation, outcome, partner);
  }

  static String value(int visits, int confirmed, int[] wait, int[] service) {
    return visits
        + " visits, "
        + confirmed
        + " confirmed, wait "
        + Arrays.toString(wait)
        + ", service "
        + Arrays.toString(service);
  }

  @Override
  public void close() {
    ledger.close();
  }
}
