package nl.zuil.ledger.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.desk.TicketDesk;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BucketAggregatorTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  LedgerFixture fixture;
  TicketDesk desk;
  BucketAggregator aggregator;
  BucketReader buckets;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T09:05");
    desk = fixture.ledger.desk();
    aggregator = fixture.ledger.aggregator();
    buckets = fixture.ledger.buckets();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void countsVisitsPerHourQuestionSituationOutcomeAndPartner() {
    fixture.issue("find_work", "benefit");
    fixture.issue("find_work", "benefit");
    fixture.issue("find_work");
    fixture.clock.set("2026-11-23T10:15");
    Ticket referred = fixture.issue("money_debt", "working");
    desk.call(referred.number(), "balie-1");
    desk.recordOutcome(referred.number(), "referred", "municipality_debt_help");

    aggregator.refresh();

    assertThat(counts(buckets.between(DAY, DAY)))
        .containsOnly(
            Map.entry("09 find_work benefit - -", 2),
            Map.entry("09 find_work - - -", 1),
            Map.entry("10 money_debt working referred municipality_debt_help", 1));
  }

  @Test
  void aVisitThatGetsItsOutcomeMovesBucketsAndTheOldCountDropsToZero() {
    Ticket ticket = fixture.issue("find_work");
    aggregator.refresh();
    long waitingRevision = buckets.latestRevision();

    desk.call(ticket.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "answered", null);
    aggregator.refresh();

    List<Bucket> changed = buckets.changedSince(waitingRevision, 100);
    assertThat(counts(changed))
        .containsOnly(
            Map.entry("09 find_work - - -", 0), Map.entry("09 find_work - answered -", 1));
    assertThat(changed).allMatch(b -> b.revision() > waitingRevision);
  }

  @Test
  void refreshingWithoutChangesLeavesEveryRevisionAlone() {
    fixture.issue("find_work");
    fixture.issue("youth", "student");
    aggregator.refresh();
    long revision = buckets.latestRevision();

    assertThat(aggregator.refresh()).isZero();
    assertThat(aggregator.rebuild()).isZero();
    assertThat(buckets.latestRevision()).isEqualTo(revision);
    assertThat(buckets.changedSince(revision, 100)).isEmpty();
  }

  @Test
  void revisionsAreUniqueAndChangedSinceReturnsThemInOrderInPages() {
    for (int hour = 9; hour < 17; hour++) {
      fixture.clock.set(String.format("2026-11-23T%02d:10", hour));
      fixture.issue("find_work");
      fixture.issue("learning");
    }
    aggregator.refresh();

    List<Bucket> firstPage = buckets.changedSince(0, 10);
    List<Bucket> secondPage = buckets.changedSince(firstPage.get(9).revision(), 10);

    assertThat(firstPage).hasSize(10);
    assertThat(secondPage).hasSize(6);
    List<Long> revisions = new ArrayList<>();
    firstPage.forEach(b -> revisions.add(b.revision()));
    secondPage.forEach(b -> revisions.add(b.revision()));
    assertThat(revisions).isSorted().doesNotHaveDuplicates();
    assertThat(revisions.get(revisions.size() - 1)).isEqualTo(buckets.latestRevision());
  }

  @Test
  void waitingAndServiceTimesAreCountedInFixedBins() {
    Ticket quick = fixture.issue("find_work");
    Ticket slow = fixture.issue("find_work");
    fixture.clock.advanceMinutes(1);
    desk.call(quick.number(), "balie-1");
    fixture.clock.advanceMinutes(12);
    desk.recordOutcome(quick.number(), "answered", null);
    fixture.clock.advanceMinutes(20);
    desk.call(slow.number(), "balie-1");
    fixture.clock.advanceMinutes(3);
    desk.recordOutcome(slow.number(), "answered", null);

    aggregator.refresh();

    Bucket answered = only(buckets.between(DAY, DAY), "answered");
    assertThat(answered.visits()).isEqualTo(2);
    assertThat(answered.waitTimes()).isEqualTo(Histogram.of(1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0));
    assertThat(answered.serviceTimes()).isEqualTo(Histogram.of(0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void selfServiceVisitsAreCountedUnderTheirOwnOutcomeWithoutTimes() {
    fixture.ledger.tickets().recordSelfService(TicketRequest.of("employer", "nl"));
    fixture.ledger.tickets().recordSelfService(TicketRequest.of("employer", "ar"));

    aggregator.refresh();

    Bucket selfService = only(buckets.changedSince(0, 100), "self_service");
    assertThat(selfService.key().questionCode()).isEqualTo("employer");
    assertThat(selfService.key().partnerCode()).isEqualTo("-");
    assertThat(selfService.visits()).isEqualTo(2);
    assertThat(selfService.waitTimes().total()).isZero();
  }

  @Test
  void aCallStillOpenCountsItsWaitButNoServiceTime() {
    Ticket ticket = fixture.issue("learning");
    fixture.clock.advanceMinutes(7);
    desk.call(ticket.number(), "balie-1");

    aggregator.refresh();

    Bucket open = only(buckets.between(DAY, DAY), "-");
    assertThat(open.waitTimes().count(DurationBins.binOf(7 * 60_000))).isEqualTo(1);
    assertThat(open.serviceTimes().total()).isZero();
  }

  @Test
  void anUndoneCallTakesItsWaitingTimeBackOut() {
    Ticket ticket = fixture.issue("learning");
    fixture.clock.advanceMinutes(7);
    desk.call(ticket.number(), "balie-1");
    aggregator.refresh();

    desk.undoCall(ticket.number());
    aggregator.refresh();

    assertThat(only(buckets.between(DAY, DAY), "-").waitTimes().total()).isZero();
  }

  @Test
  void confirmedReferralsAreCounted() {
    Ticket ticket = fixture.issue("money_debt");
    desk.call(ticket.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "referred", "municipality_debt_help");
    aggregator.refresh();
    long before = buckets.latestRevision();

    desk.confirmReferral(ticket.number());
    aggregator.refresh();

    List<Bucket> changed = buckets.changedSince(before, 10);
    assertThat(changed)
        .singleElement()
        .satisfies(b -> assertThat(b.confirmedReferrals()).isEqualTo(1));
  }

  @Test
  void whenTheClockGoesBackAnHourVisitsStayInTheHourTheyWereIssuedIn() {
    fixture.clock.set("2026-10-25T02:30:00");
    fixture.issue("find_work");
    fixture.clock.advanceMinutes(60);
    fixture.issue("find_work");
    fixture.clock.advanceMinutes(-65);
    fixture.issue("learning");

    aggregator.refresh();

    LocalDate day = LocalDate.of(2026, 10, 25);
    assertThat(buckets.between(day, day).stream().mapToInt(Bucket::visits).sum()).isEqualTo(3);
    assertThat(counts(buckets.between(day, day))).contains(Map.entry("02 learning - - -", 1));
  }

  @Test
  void randomWorkdaysAlwaysAddUpToTheLedgersOwnVisits() {
    Random random = new Random(20261123);
    List<String> questions =
        fixture.ledger.catalogue().questionTypes().stream().map(q -> q.code()).toList();
    List<Ticket> open = new ArrayList<>();
    for (int step = 0; step < 1500; step++) {
      fixture.clock.advanceMinutes(random.nextInt(4));
      int action = random.nextInt(10);
      if (action < 5 || open.isEmpty()) {
        open.add(fixture.issue(questions.get(random.nextInt(questions.size()))));
      } else {
        Ticket ticket = open.get(random.nextInt(open.size()));
        Ticket now = desk.find(ticket.reference()).orElseThrow();
        if (now.state() == TicketState.WAITING) {
          desk.call(ticket.reference(), "balie-" + (1 + random.nextInt(3)));
        } else if (random.nextBoolean()) {
          desk.undoCall(ticket.reference());
        } else {
          desk.recordOutcome(ticket.reference(), random.nextBoolean() ? "answered" : "left", null);
          open.remove(ticket);
        }
      }
      if (random.nextInt(25) == 0) {
        aggregator.refresh();
      }
    }
    aggregator.refresh();

    List<Bucket> all = buckets.between(LocalDate.MIN, LocalDate.MAX);
    int total = all.stream().mapToInt(Bucket::visits).sum();
    assertThat(total).isEqualTo(fixture.ledger.facts().storedVisits());
    int stillOpen =
        all.stream().filter(b -> b.key().outcomeCode().equals("-")).mapToInt(Bucket::visits).sum();
    assertThat(stillOpen).isEqualTo(open.size());
    Map<String, Integer> incremental = counts(all);
    aggregator.rebuild();
    assertThat(counts(buckets.between(LocalDate.MIN, LocalDate.MAX))).isEqualTo(incremental);
  }

  @Test
  void aLedgerKeepsOneRandomIdentityForItsWholeLife() throws Exception {
    long id = buckets.ledgerId();
    fixture.close();
    try (LedgerFixture reopened = new LedgerFixture(dir, "2026-11-24T09:00");
        LedgerFixture other = new LedgerFixture(dir.resolve("other"), "2026-11-24T09:00")) {
      assertThat(reopened.ledger.buckets().ledgerId()).isEqualTo(id);
      assertThat(other.ledger.buckets().ledgerId()).isPositive().isNotEqualTo(id);
    }
    fixture = new LedgerFixture(dir, "2026-11-24T09:00");
  }

  @Test
  void findsTheCurrentBucketsForKeys() {
    Ticket ticket = fixture.issue("find_work");
    aggregator.refresh();
    BucketKey waiting = buckets.between(DAY, DAY).get(0).key();
    desk.call(ticket.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "answered", null);
    aggregator.refresh();
    BucketKey missing =
        new BucketKey("hengelo-bibliotheek", DAY, 3, "learning", "-", "-", "-", "kiosk");

    assertThat(buckets.find(List.of(waiting, missing)))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.key()).isEqualTo(waiting);
              assertThat(b.visits()).isZero();
            });
  }

  @Test
  void aRestoredLedgerOutranksEverythingItsLostCopyDelivered() throws Exception {
    fixture.issue("find_work");
    aggregator.refresh();
    Path backup = dir.resolve("backup.db");
    try (Connection c = fixture.rawConnection()) {
      c.createStatement().execute("VACUUM INTO '" + backup + "'");
    }
    for (int i = 0; i < 50; i++) {
      fixture.issue("learning");
      aggregator.refresh();
    }
    long reachedBeforeTheCrash = buckets.latestRevision();
    fixture.close();
    Files.move(backup, fixture.file, StandardCopyOption.REPLACE_EXISTING);
    fixture = new LedgerFixture(dir, "2026-11-23T11:00");
    assertThat(fixture.ledger.buckets().latestRevision()).isLessThan(reachedBeforeTheCrash);

    fixture.ledger.aggregator().continueAfterRestore();
    fixture.issue("learning");
    fixture.ledger.aggregator().refresh();

    assertThat(fixture.ledger.buckets().changedSince(reachedBeforeTheCrash, 10)).isNotEmpty();
  }

  private static Bucket only(List<Bucket> all, String outcome) {
    List<Bucket> matching =
        all.stream().filter(b -> b.key().outcomeCode().equals(outcome)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  /** "hour question situation outcome partner" -> visits, the shape a report reads. */
  private static Map<String, Integer> counts(List<Bucket> all) {
    Function<Bucket, String> label =
        b ->
            String.format(
                "%02d %s %s %s %s",
                b.key().hour(),
                b.key().questionCode(),
                b.key().situationCode(),
                b.key().outcomeCode(),
                b.key().partnerCode());
    return all.stream().collect(Collectors.toMap(label, Bucket::visits, Integer::sum));
  }
}
