package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.ledger.presence.PresenceEvent;
import nl.zuil.ledger.presence.PresenceLog;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class LedgerMaintenanceTest {

  @TempDir Path dir;

  @Test
  void refreshesTheBucketsTheSyncAgentReadsWhileRunning() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      LedgerMaintenance maintenance = new LedgerMaintenance(kiosk.ledger, 90);
      maintenance.start(Duration.ofMillis(50), Duration.ofHours(1), Duration.ofHours(1));
      kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));

      WaitForAsyncUtils.waitFor(
          10,
          java.util.concurrent.TimeUnit.SECONDS,
          () -> !kiosk.ledger.buckets().changedSince(0, 10).isEmpty());
      maintenance.stop();
    }
  }

  @Test
  void stoppingRefreshesOnceMore() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      LedgerMaintenance maintenance = new LedgerMaintenance(kiosk.ledger, 90);
      maintenance.start(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
      kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
      assertThat(kiosk.ledger.buckets().changedSince(0, 10)).isEmpty();

      maintenance.stop();

      assertThat(kiosk.ledger.buckets().changedSince(0, 10)).hasSize(1);
    }
  }

  @Test
  void deletesVisitsPastTheRetentionPeriodButKeepsTheirCountsAndOldOverrides() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
      kiosk.ledger.presence().record(PresenceEvent.Kind.OVERRIDE_ABSENT);
      kiosk.clock.advance(Duration.ofDays(31));
      LedgerMaintenance maintenance = new LedgerMaintenance(kiosk.ledger, 30);

      maintenance.purge();

      assertThat(kiosk.visits()).isZero();
      assertThat(kiosk.ledger.presence().forgetOlderThan(PresenceLog.KEEP_DAYS))
          .as("the gids's override went in the same round")
          .isZero();
      assertThat(
              kiosk
                  .ledger
                  .buckets()
                  .between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)))
          .singleElement()
          .satisfies(b -> assertThat(b.visits()).isEqualTo(1));
    }
  }
}
