package nl.zuil.ledger.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.Ratings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitRatingsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  LedgerFixture fixture;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T09:05");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void tapsAreCountedInTheBucketOfTheVisitsQuestionAndLaterOutcome() {
    Ticket first = fixture.issue("find_work");
    Ticket second = fixture.issue("find_work");
    fixture.issue("find_work");
    fixture.ledger.ratings().rate(first.reference(), Rating.GOOD);
    fixture.ledger.ratings().rate(second.reference(), Rating.BAD);
    fixture.ledger.aggregator().refresh();
    assertThat(onlyBucket().ratings()).isEqualTo(new Ratings(1, 0, 1));

    fixture.ledger.desk().call(first.number(), "balie-1");
    fixture.ledger.desk().recordOutcome(first.number(), "answered", null);
    fixture.ledger.aggregator().refresh();

    assertThat(fixture.ledger.buckets().between(DAY, DAY))
        .extracting(b -> b.key().outcomeCode() + " " + b.ratings())
        .containsExactlyInAnyOrder("- " + new Ratings(0, 0, 1), "answered " + new Ratings(1, 0, 0));
  }

  @Test
  void aSecondTapReplacesTheFirstAndGetsANewRevision() {
    Ticket ticket = fixture.issue("find_work");
    fixture.ledger.ratings().rate(ticket.reference(), Rating.BAD);
    fixture.ledger.aggregator().refresh();
    long before = fixture.ledger.buckets().latestRevision();

    fixture.ledger.ratings().rate(ticket.reference(), Rating.OK);
    fixture.ledger.aggregator().refresh();

    List<Bucket> changed = fixture.ledger.buckets().changedSince(before, 10);
    assertThat(changed)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.ratings()).isEqualTo(new Ratings(0, 1, 0));
              assertThat(b.visits()).isEqualTo(1);
            });
  }

  @Test
  void ratingAnUnknownVisitIsRefusedAndChangesNothing() {
    fixture.issue("find_work");
    fixture.ledger.aggregator().refresh();
    long before = fixture.ledger.buckets().latestRevision();

    assertThatThrownBy(() -> fixture.ledger.ratings().rate("ABCDEFGHJK", Rating.GOOD))
        .isInstanceOf(TicketRefusedException.class)
        .extracting(e -> ((TicketRefusedException) e).reason())
        .isEqualTo(TicketRefusedException.Reason.NOT_FOUND);
    fixture.ledger.aggregator().refresh();
    assertThat(fixture.ledger.buckets().latestRevision()).isEqualTo(before);
  }

  @Test
  void tapsOfPurgedVisitsSurviveALaterRecomputeOfTheSameHour() {
    Ticket ticket = fixture.issue("find_work");
    fixture.ledger.ratings().rate(ticket.reference(), Rating.GOOD);
    fixture.clock.set("2027-03-01T10:00");
    fixture.ledger.retention().purgeOlderThan(30);

    fixture.clock.set("2026-11-23T09:30");
    Ticket later = fixture.issue("find_work");
    fixture.ledger.ratings().rate(later.reference(), Rating.OK);
    fixture.ledger.aggregator().rebuild();

    assertThat(onlyBucket().ratings()).isEqualTo(new Ratings(1, 1, 0));
  }

  private Bucket onlyBucket() {
    List<Bucket> all = fixture.ledger.buckets().between(DAY, DAY);
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
