package nl.zuil.kiosk.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.NotifyListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's side of systemd's watchdog, against a real notify socket and the real JavaFX thread:
 * pings flow while the screen answers and stop while it hangs, which is what lets systemd restart a
 * frozen kiosk.
 */
class KioskWatchdogTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private static final Duration WITHIN = Duration.ofSeconds(20);

  @TempDir Path dir;

  @BeforeAll
  static void startJavaFx() throws Exception {
    Fx.start();
  }

  private KioskWatchdog watchdog(NotifyListener systemd, Optional<Duration> timeout) {
    Map<String, String> environment =
        timeout
            .map(
                t ->
                    Map.of(
                        "NOTIFY_SOCKET",
                        systemd.name(),
                        "WATCHDOG_USEC",
                        Long.toString(t.toNanos() / 1000)))
            .orElse(Map.of("NOTIFY_SOCKET", systemd.name()));
    return KioskWatchdog.forEnvironment(environment, ProcessHandle.current(), new FxThreadProbe())
        .orElseThrow();
  }

  @Test
  void pingsStopWhileTheScreenHangsAndResumeWhenItAnswers() throws Exception {
    try (NotifyListener systemd = NotifyListener.onPath(dir);
        KioskWatchdog watchdog = watchdog(systemd, Optional.of(TIMEOUT))) {
      watchdog.ready();
      systemd.awaitCount("READY=1", 1, WITHIN);
      systemd.awaitCount("WATCHDOG=1", 3, WITHIN);

      CountDownLatch release = new CountDownLatch(1);
      Platform.runLater(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      try {
        systemd.awaitCount(KioskWatchdog.SILENT, 1, WITHIN);
        int pingsBefore = systemd.count("WATCHDOG=1");
        // Four rounds at a quarter of the timeout each: longer than systemd would wait.
        Thread.sleep(TIMEOUT.toMillis() + 200);
        assertThat(systemd.count("WATCHDOG=1"))
            .as("no ping while the screen hangs")
            .isEqualTo(pingsBefore);
      } finally {
        release.countDown();
      }

      systemd.awaitCount(KioskWatchdog.SHOWN, 2, WITHIN);
      int pingsAfter = systemd.count("WATCHDOG=1");
      systemd.awaitCount("WATCHDOG=1", pingsAfter + 2, WITHIN);
      assertThat(systemd.count(KioskWatchdog.SILENT)).as("said once per hang").isEqualTo(1);
    }
  }

  @Test
  void closingSaysStoppingAndEndsThePings() throws Exception {
    try (NotifyListener systemd = NotifyListener.onPath(dir)) {
      KioskWatchdog watchdog = watchdog(systemd, Optional.of(TIMEOUT));
      watchdog.ready();
      systemd.awaitCount("WATCHDOG=1", 1, WITHIN);

      watchdog.close();
      watchdog.close();

      systemd.awaitCount("STOPPING=1", 1, WITHIN);
      String atStop = systemd.received();
      Thread.sleep(TIMEOUT.toMillis());
      assertThat(systemd.received()).isEqualTo(atStop).endsWith("STOPPING=1");
    }
  }

  @Test
  void withoutWatchdogSecTheKioskOnlySaysReadyAndStopping() throws Exception {
    try (NotifyListener systemd = NotifyListener.onPath(dir)) {
      KioskWatchdog watchdog = watchdog(systemd, Optional.empty());
      watchdog.ready();
      systemd.awaitCount("READY=1", 1, WITHIN);
      Thread.sleep(TIMEOUT.toMillis());
      watchdog.close();

      systemd.awaitCount("STOPPING=1", 1, WITHIN);
      assertThat(systemd.received()).isEqualTo("READY=1\n" + KioskWatchdog.SHOWN + "STOPPING=1");
    }
  }

  @Test
  void aKioskStartedOutsideSystemdHasNoWatchdog() {
    assertThat(
            KioskWatchdog.forEnvironment(
                Map.of("WATCHDOG_USEC", "30000000"), ProcessHandle.current(), wait -> true))
        .isEmpty();
  }

  @Test
  void aSocketThatIsGoneLeavesTheKioskRunning() {
    KioskWatchdog watchdog =
        KioskWatchdog.forEnvironment(
                Map.of(
                    "NOTIFY_SOCKET",
                    dir.resolve("gone.sock").toString(),
                    "WATCHDOG_USEC",
                    "1000000"),
                ProcessHandle.current(),
                wait -> true)
            .orElseThrow();

    watchdog.ready();
    watchdog.close();
  }
}
