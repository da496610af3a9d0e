package nl.zuil.ledger.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.contact.ContactRequest;
import nl.zuil.ledger.desk.TicketDesk;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.regionapi.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregator's buckets against a recount written the plain way (every visit and further
 * question read into Java and added up), on a ledger with every kind of count: further questions,
 * corrected outcomes, ratings, a handed-on visit, self-service, the next step, confirmed referrals,
 * open tickets and contacts. The aggregator compares in SQL and writes only what differs; this is
 * what it must agree with, and only the buckets whose counts changed may take a new revision.
 */
class BucketRecountTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  LedgerFixture fixture;
  TicketDesk desk;
  BucketReader buckets;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T09:05");
    desk = fixture.ledger.desk();
    buckets = fixture.ledger.buckets();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void bucketsMatchARecountAndOnlyChangedOnesTakeANewRevision() throws Exception {
    Ticket rated = fixture.issue("find_work", "benefit");
    Ticket referred = fixture.issue("find_work");
    Ticket twoMore = fixture.issue("money_debt", "working");
    Ticket corrected = fixture.issue("learning");
    Ticket stillWaiting = fixture.issue("youth", "student");
    Ticket stillCalled = fixture.issue("learning");
    fixture.clock.advanceMinutes(3);
    finish(rated, "answered", null);
    fixture.ledger.ratings().rate(rated.reference(), Rating.GOOD);
    finish(referred, "referred", "uwv");
    desk.confirmReferral(referred.number());
    fixture.clock.advanceMinutes(14);
    finish(twoMore, "answered", null);
    desk.addQuestion(twoMore.reference(), "learning", null, "answered", null);
    desk.addQuestion(twoMore.reference(), "find_work", "benefit", "referred", "uwv");
    fixture.ledger.ratings().rate(twoMore.reference(), Rating.OK);
    fixture.clock.advanceMinutes(25);
    finish(corrected, "answered", null);
    desk.correctOutcome(corrected.number(), "left", null);
    desk.call(stillCalled.number(), "balie-2");
    fixture.ledger.tickets().recordSelfService(TicketRequest.of("employer", "nl"));
    fixture.clock.set("2026-11-23T10:20");
    Ticket handedOn = fixture.issue("find_work");
    fixture.clock.advanceMinutes(2);
    finish(handedOn, "answered", null);
    desk.handOn(handedOn.number());
    fixture.clock.advanceMinutes(40);
    desk.call(handedOn.number(), "balie-2");
    desk.addQuestion(handedOn.reference(), "money_debt", null, "answered", null);
    fixture.ledger.ratings().rate(handedOn.reference(), Rating.BAD);
    fixture
        .ledger
        .contacts()
        .record(ContactRequest.single(Channel.PHONE, "money_debt", null, "answered"));
    fixture
        .ledger
        .contacts()
        .record(new ContactRequest(Channel.GROUP, "learning", null, "answered", null, 6));
    fixture.clock.set("2026-11-24T09:30");
    finish(fixture.issue("other"), "appointment", "learn_work_desk");
    fixture.clock.set("2026-11-23T11:00");

    fixture.ledger.aggregator().refresh();

    Map<BucketKey, Counts> first = recount();
    assertThat(kioskCounts()).isEqualTo(first);
    assertThat(first.values().stream().mapToInt(Counts::questions).sum()).isEqualTo(12);
    Map<BucketKey, Bucket> contactsBefore = contacts();
    assertThat(contactsBefore.values())
        .extracting(Bucket::visits, Bucket::people)
        .containsExactlyInAnyOrder(tuple(1, 1), tuple(1, 6));
    Map<BucketKey, Long> revisionsBefore = kioskRevisions();

    desk.correctOutcome(rated.number(), "left", null);
    fixture.ledger.ratings().rate(twoMore.reference(), Rating.GOOD);
    desk.sendWaitingToNextStep(DAY);
    int changed = fixture.ledger.aggregator().refresh();

    Map<BucketKey, Counts> second = recount();
    assertThat(kioskCounts()).isEqualTo(second);
    Set<BucketKey> differing = new HashSet<>(second.keySet());
    differing.addAll(first.keySet());
    differing.removeIf(
        key -> second.getOrDefault(key, Counts.NONE).equals(first.getOrDefault(key, Counts.NONE)));
    Map<BucketKey, Long> revisionsAfter = kioskRevisions();
    Set<BucketKey> renumbered =
        revisionsAfter.keySet().stream()
            .filter(key -> !revisionsAfter.get(key).equals(revisionsBefore.get(key)))
            .collect(Collectors.toSet());
    // The corrected visit leaves its bucket and enters another, the waiting ticket too (to
    // self-service), and the replaced rating changes one: five buckets, and no other.
    assertThat(renumbered).isEqualTo(differing).hasSize(5);
    assertThat(changed).isEqualTo(5);
    assertThat(contacts()).isEqualTo(contactsBefore);

    long revision = buckets.latestRevision();
    assertThat(fixture.ledger.aggregator().rebuild()).isZero();
    assertThat(buckets.latestRevision()).isEqualTo(revision);
    assertThat(kioskCounts()).isEqualTo(second);
  }

  private void finish(Ticket ticket, String outcome, String partner) {
    desk.call(ticket.number(), "balie-1");
    fixture.clock.advanceMinutes(4);
    desk.recordOutcome(ticket.number(), outcome, partner);
  }

  /** The counts every visit and further question add up to, read and summed in Java. */
  private Map<BucketKey, Counts> recount() throws SQLException {
    Map<BucketKey, Counts> counted = new HashMap<>();
    try (Connection c = fixture.rawConnection();
        Statement statement = c.createStatement()) {
      try (ResultSet v =
          statement.executeQuery(
              "SELECT location_code, service_date, issued_hour, question_code, situation_code,"
                  + " outcome_code, partner_code, referral_confirmed, outcome_corrected, rating,"
                  + " state, issued_at_ms, called_at_ms, finished_at_ms FROM visit")) {
        while (v.next()) {
          int[] wait = new int[DurationBins.COUNT];
          int[] service = new int[DurationBins.COUNT];
          long called = v.getLong(13);
          if (!v.wasNull()) {
            wait[DurationBins.binOf(called - v.getLong(12))]++;
            if (v.getString(11).equals("done")) {
              service[DurationBins.binOf(v.getLong(14) - called)]++;
            }
          }
          String rating = v.getString(10);
          Counts visit =
              new Counts(
                  1,
                  v.getInt(8),
                  v.getInt(9),
                  1,
                  new Ratings(
                      rating.equals("good") ? 1 : 0,
                      rating.equals("ok") ? 1 : 0,
                      rating.equals("bad") ? 1 : 0),
                  Histogram.of(wait),
                  Histogram.of(service));
          counted.merge(key(v, 4), visit, Counts::plus);
        }
      }
      try (ResultSet q =
          statement.executeQuery(
              "SELECT v.location_code, v.service_date, v.issued_hour, q.question_code,"
                  + " q.situation_code, q.outcome_code, q.partner_code"
                  + " FROM visit_question q JOIN visit v ON v.id = q.visit_id")) {
        while (q.next()) {
          counted.merge(
              key(q, 4),
              new Counts(0, 0, 0, 1, Ratings.NONE, Histogram.empty(), Histogram.empty()),
              Counts::plus);
        }
      }
    }
    return counted;
  }

  private static BucketKey key(ResultSet row, int firstCode) throws SQLException {
    return new BucketKey(
        row.getString(1),
        LocalDate.parse(row.getString(2)),
        row.getInt(3),
        row.getString(firstCode),
        row.getString(firstCode + 1),
        row.getString(firstCode + 2),
        row.getString(firstCode + 3),
        Channel.KIOSK.code());
  }

  /** The kiosk buckets' counts; a bucket emptied by a change must be empty in the recount too. */
  private Map<BucketKey, Counts> kioskCounts() {
    return kiosk().stream()
        .filter(b -> b.visits() > 0 || b.questions() > 0)
        .collect(Collectors.toMap(Bucket::key, Counts::of));
  }

  private Map<BucketKey, Long> kioskRevisions() {
    return kiosk().stream().collect(Collectors.toMap(Bucket::key, Bucket::revision));
  }

  private List<Bucket> kiosk() {
    return buckets.between(LocalDate.MIN, LocalDate.MAX).stream()
        .filter(b -> b.key().channelCode().equals(Channel.KIOSK.code()))
        .toList();
  }

  private Map<BucketKey, Bucket> contacts() {
    return buckets.between(LocalDate.MIN, LocalDate.MAX).stream()
        .filter(b -> !b.key().channelCode().equals(Channel.KIOSK.code()))
        .collect(Collectors.toMap(Bucket::key, b -> b));
  }

  private record Counts(
      int visits,
      int confirmed,
      int corrected,
      int questions,
      Ratings ratings,
      Histogram waitTimes,
      Histogram serviceTimes) {

    static final Counts NONE =
        new Counts(0, 0, 0, 0, Ratings.NONE, Histogram.empty(), Histogram.empty());

    static Counts of(Bucket b) {
      return new Counts(
          b.visits(),
          b.confirmedReferrals(),
          b.corrections(),
          b.questions(),
          b.ratings(),
          b.waitTimes(),
          b.serviceTimes());
    }

    Counts plus(Counts other) {
      return new Counts(
          visits + other.visits,
          confirmed + other.confirmed,
          corrected + other.corrected,
          questions + other.questions,
          ratings.plus(other.ratings),
          waitTimes.plus(other.waitTimes),
          serviceTimes.plus(other.serviceTimes));
    }
  }
}
