package nl.zuil.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaitEstimatorTest {

  /** Bins: 0-2, 2-5, 5-10, 10-15, 15-20, 20-30, 30-45, 45-60, 60-90, 90-120, 120+ minutes. */
  private static int[] services(int... countsPerBin) {
    int[] bins = new int[11];
    System.arraycopy(countsPerBin, 0, bins, 0, countsPerBin.length);
    return bins;
  }

  @Test
  void peopleAheadTimesTheMedianServiceRoundedUpToFiveMinutes() {
    // Median in 5-10 minutes: 7.5 per visitor; 3 ahead, one desk: 22.5 -> 25.
    assertThat(WaitEstimator.minutes(3, 1, services(0, 1, 3, 1))).isEqualTo(OptionalInt.of(25));
  }

  @Test
  void twoDesksServingHalveTheRounds() {
    assertThat(WaitEstimator.minutes(3, 2, services(0, 1, 3, 1))).isEqualTo(OptionalInt.of(15));
  }

  @Test
  void saysNothingWithoutEnoughFinishedServicesToday() {
    assertThat(WaitEstimator.minutes(3, 1, services(0, 0, 2))).isEmpty();
  }

  @Test
  void saysNothingWhenNobodyIsAheadOrTheWaitIsTooLong() {
    assertThat(WaitEstimator.minutes(0, 1, services(0, 0, 5))).isEmpty();
    assertThat(WaitEstimator.minutes(20, 1, services(0, 0, 0, 5))).isEmpty();
    assertThat(WaitEstimator.minutes(1, 1, services(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5))).isEmpty();
  }

  @Test
  void countsTheTicketsIssuedBeforeThisOneThatNobodyCalledYet(@TempDir Path dir) throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      Ticket first = kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
      kiosk.ledger.tickets().issue(TicketRequest.of("learning", "nl"));
      kiosk.ledger.tickets().issue(TicketRequest.of("youth", "nl"));
      kiosk.ledger.desk().call(first.number(), "balie-1");
      Ticket mine = kiosk.ledger.tickets().issue(TicketRequest.of("employer", "nl"));

      WaitEstimate estimate = new WaitEstimator(kiosk.ledger, kiosk.clock).estimate(mine);

      assertThat(estimate.peopleAhead()).isEqualTo(2);
      assertThat(estimate.minutes()).as("no service finished yet today").isEmpty();
    }
  }

  @Test
  void usesTodaysFinishedServices(@TempDir Path dir) throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      for (int i = 0; i < 3; i++) {
        Ticket served = kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
        kiosk.ledger.desk().call(served.number(), "balie-1");
        kiosk.clock.advanceMinutes(12);
        kiosk.ledger.desk().recordOutcome(served.number(), "answered", null);
      }
      kiosk.ledger.tickets().issue(TicketRequest.of("learning", "nl"));
      Ticket mine = kiosk.ledger.tickets().issue(TicketRequest.of("employer", "nl"));
      kiosk.ledger.aggregator().refresh();

      WaitEstimate estimate = new WaitEstimator(kiosk.ledger, kiosk.clock).estimate(mine);

      assertThat(estimate.peopleAhead()).isEqualTo(1);
      assertThat(estimate.minutes()).hasValue(15);
    }
  }
}
