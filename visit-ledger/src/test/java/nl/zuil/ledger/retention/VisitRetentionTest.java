package nl.zuil.ledger.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.aggregate.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitRetentionTest {

  @TempDir Path dir;
  LedgerFixture fixture;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-08-01T10:00");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void deletesVisitsPastTheRetentionPeriodAndKeepsTheirCounts() {
    Ticket old = fixture.issue("find_work");
    fixture.ledger.desk().call(old.number(), "balie-1");
    fixture.clock.advanceMinutes(10);
    fixture.ledger.desk().recordOutcome(old.number(), "answered", null);
    fixture.issue("learning");
    fixture.clock.set("2026-10-15T10:00");
    fixture.issue("youth");
    fixture.clock.set("2026-11-01T10:00");

    int deleted = fixture.ledger.retention().purgeOlderThan(VisitRetention.DEFAULT_DAYS);

    assertThat(deleted).isEqualTo(2);
    assertThat(fixture.ledger.facts().storedVisits()).isEqualTo(1);
    assertThat(fixture.ledger.desk().find(old.reference())).isEmpty();
    List<Bucket> august = fixture.ledger.buckets().between(date("2026-08-01"), date("2026-08-01"));
    assertThat(august).extracting(Bucket::visits).containsExactlyInAnyOrder(1, 1);
    assertThat(august.stream().mapToInt(b -> b.serviceTimes().total()).sum()).isEqualTo(1);
  }

  @Test
  void keepsEveryVisitInsideThePeriod() {
    fixture.issue("find_work");
    fixture.clock.set("2026-10-30T10:00");

    assertThat(fixture.ledger.retention().purgeOlderThan(90)).isZero();
    assertThat(fixture.ledger.facts().storedVisits()).isEqualTo(1);
  }

  @Test
  void purgedCountsSurviveALaterRecomputeOfTheSameHour() {
    fixture.issue("find_work");
    fixture.issue("find_work");
    fixture.clock.set("2026-12-01T10:00");
    fixture.ledger.retention().purgeOlderThan(30);

    fixture.clock.set("2026-08-01T10:30");
    fixture.issue("find_work");
    fixture.ledger.aggregator().refresh();
    fixture.ledger.aggregator().rebuild();

    assertThat(fixture.ledger.buckets().between(date("2026-08-01"), date("2026-08-01")))
        .singleElement()
        .satisfies(b -> assertThat(b.visits()).isEqualTo(3));
  }

  @Test
  void aTicketStillOpenWhenItsDayIsPurgedIsCountedWithoutOutcome() {
    fixture.issue("money_debt");
    fixture.clock.set("2026-12-01T10:00");

    fixture.ledger.retention().purgeOlderThan(90);

    assertThat(fixture.ledger.buckets().between(date("2026-08-01"), date("2026-08-01")))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.key().outcomeCode()).isEqualTo("-");
              assertThat(b.visits()).isEqualTo(1);
            });
    assertThat(fixture.ledger.desk().waiting()).isEmpty();
  }

  @Test
  void refusesARetentionShorterThanADay() {
    assertThatThrownBy(() -> fixture.ledger.retention().purgeOlderThan(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
