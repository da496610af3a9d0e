package nl.zuil.kiosk.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.SmallVolume;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.kiosk.visitor.TicketScreenViewModel;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.kioskfiles.health.LedgerDiskStatus;
import nl.zuil.ledger.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger on a real 2 MiB volume that fills up while visitors tap, and is freed again (decision
 * 0011): nobody's visit goes missing without a word.
 */
class FullDiskTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

  @TempDir Path dir;
  SmallVolume volume;
  KioskFixture kiosk;
  DiskWatch disk;
  VisitorFlowViewModel flow;

  @BeforeEach
  void open() throws Exception {
    volume = SmallVolume.mount(dir.resolve("volume"), 2048);
    kiosk = KioskFixture.direct(volume.dir());
    disk = new DiskWatch(kiosk.ledger.file(), kiosk.office::heldVisits, kiosk.clock);
    kiosk.office.onWriteFailure(disk::writeFailed);
    kiosk.console.watchDisk(disk::status);
    flow =
        new VisitorFlowViewModel(
            KioskFixture.CATALOGUE,
            kiosk.config.locationName(),
            kiosk.config.idle(),
            kiosk.office,
            Runnable::run,
            kiosk.clock,
            kiosk.narration);
    // Wednesday: no gids at the library, so every visitor gets the next step.
    kiosk.clock.set("2026-11-25T10:00");
  }

  @AfterEach
  void close() throws Exception {
    kiosk.close();
    volume.close();
  }

  @Test
  void aFullDiskDuringSelfServiceStillGivesTheNextStepAndKeepsTheVisitsUntilTheDiskIsFreed()
      throws Exception {
    askAsAnEmployer();
    assertThat(kiosk.visits()).isEqualTo(1);
    later();
    flow.done();
    kiosk.ledger.checkpoint();

    volume.fill();
    for (int visitor = 0; visitor < 3; visitor++) {
      askAsAnEmployer();
      assertThat(flow.screenProperty().get()).isEqualTo(Screen.NEXT_STEP);
      assertThat(flow.nextStep().stepProperty().get().title()).isEqualTo("Er is nu geen gids");
      later();
      flow.done();
    }

    assertThat(kiosk.visits()).isEqualTo(1);
    LedgerDiskStatus whileFull = disk.status();
    assertThat(whileFull.heldVisits()).isEqualTo(3);
    assertThat(whileFull.writeFailures()).isEqualTo(3);
    assertThat(whileFull.freeBytes()).isLessThan(LedgerDiskStatus.LOW_BYTES);
    assertThat(kiosk.console.board().get().disk())
        .isEqualTo(
            "De schijf is vol: 3 bezoeken wachten om bewaard te worden. Meld dit meteen aan de"
                + " beheerder.");

    volume.free();
    assertThat(kiosk.office.retryHeldVisits().get()).isZero();

    assertThat(kiosk.ledger.desk().finishedOn(WEDNESDAY))
        .hasSize(4)
        .extracting(Ticket::outcomeCode)
        .containsOnly("self_service");
    assertThat(kiosk.ledger.desk().finishedOn(WEDNESDAY))
        .extracting(Ticket::issuedAt)
        .containsExactlyInAnyOrder(
            LocalDateTime.parse("2026-11-25T10:00:04"),
            LocalDateTime.parse("2026-11-25T10:00:10"),
            LocalDateTime.parse("2026-11-25T10:00:16"),
            LocalDateTime.parse("2026-11-25T10:00:22"));
    assertThat(disk.status().heldVisits()).isZero();
  }

  @Test
  void aFullDiskDuringAQueueTicketShowsTheErrorAndTellsTheConsole() throws Exception {
    kiosk.clock.set("2026-11-24T10:00");
    kiosk.ledger.checkpoint();
    volume.fill();

    askAsAnEmployer();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.TICKET);
    assertThat(flow.ticket().stateProperty().get()).isEqualTo(TicketScreenViewModel.State.FAILED);
    assertThat(flow.ticket().numberProperty().get()).isNullOrEmpty();
    assertThat(disk.status().writeFailures()).isEqualTo(1);
    assertThat(kiosk.console.board().get().disk())
        .startsWith("Een bezoek kon niet worden bewaard (om ");
  }

  private void askAsAnEmployer() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
  }

  private void later() {
    kiosk.clock.advance(Duration.ofSeconds(2));
  }
}
