package nl.zuil.kiosk.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.kioskfiles.update.PackageUpdate;
import nl.zuil.kioskfiles.update.PackageUpdateFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package update installed while the kiosk runs stops it only between visitors. */
class RestartAtIdleTest {

  @TempDir Path dir;
  KioskFixture kiosk;
  VisitorFlowViewModel flow;
  final AtomicInteger stops = new AtomicInteger();
  final Instant kioskStarted = Instant.parse("2026-12-07T08:00:00Z");
  PackageUpdateFile installs;
  RestartAtIdle restart;

  @BeforeEach
  void open() {
    kiosk = KioskFixture.direct(dir);
    flow =
        new VisitorFlowViewModel(
            KioskFixture.CATALOGUE,
            kiosk.config.locationName(),
            kiosk.config.idle(),
            kiosk.office,
            Runnable::run,
            kiosk.clock,
            kiosk.narration);
    installs = PackageUpdateFile.besideLedger(kiosk.config.ledgerPath());
    restart = new RestartAtIdle(installs, kioskStarted, stops::incrementAndGet);
  }

  @AfterEach
  void close() throws Exception {
    kiosk.close();
  }

  private void tap() {
    kiosk.clock.advance(Duration.ofSeconds(2));
  }

  @Test
  void anUpdateDuringAVisitWaitsForTheVisitorToFinishThenStopsTheKioskOnce() throws Exception {
    tap();
    flow.start();
    tap();
    flow.chooseQuestion("find_work");
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.SITUATION);

    installs.write(new PackageUpdate("0.2.0", kioskStarted.plusSeconds(60)));
    restart.poll();

    assertThat(restart.waiting()).isTrue();
    assertThat(restart.atIdle(flow.idleBetweenVisitors())).isFalse();
    assertThat(stops).as("the visitor is still choosing").hasValue(0);
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.SITUATION);

    flow.reset();

    assertThat(restart.atIdle(flow.idleBetweenVisitors())).isTrue();
    assertThat(stops).hasValue(1);
    assertThat(restart.atIdle(flow.idleBetweenVisitors())).as("stopping already").isFalse();
    assertThat(stops).hasValue(1);
  }

  @Test
  void theInstallThisKioskStartedFromIsNoReasonToStop() throws Exception {
    installs.write(new PackageUpdate("0.1.0", kioskStarted.minusSeconds(5)));

    restart.poll();

    assertThat(restart.waiting()).isFalse();
    assertThat(restart.atIdle(true)).isFalse();
    assertThat(stops).hasValue(0);
  }

  @Test
  void noFileOrABrokenOneKeepsTheKioskRunning() throws Exception {
    restart.poll();
    assertThat(restart.atIdle(true)).isFalse();

    Files.writeString(installs.file(), "{\"version\":");
    restart.poll();

    assertThat(restart.atIdle(true)).isFalse();
    assertThat(stops).hasValue(0);
  }
}
