package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.zuil.kiosk.KioskMain;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.NotifyListener;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as the operating system sees it: a process that starts, and stops cleanly on SIGTERM.
 */
class KioskProcessTest {

  @TempDir Path dir;

  private final List<Process> started = new ArrayList<>();

  /** A test that fails half-way must not leave a kiosk running into the next. */
  @AfterEach
  void stopWhatIsLeft() {
    started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
  }

  private Process start(Path config) throws IOException {
    return start(config, Map.of());
  }

  private Process start(Path config, Map<String, String> environment) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    for (String property :
        List.of(
            "glass.platform",
            "monocle.platform",
            "headless.geometry",
            "prism.order",
            "javafx.cachedir")) {
      command.add("-D" + property + "=" + System.getProperty(property));
    }
    command.add(KioskMain.class.getName());
    command.add("--config");
    command.add(config.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private static CompletableFuture<List<String>> lines(Process process, List<String> seen) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (BufferedReader out =
              new BufferedReader(
                  new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
              synchronized (seen) {
                seen.add(line);
                seen.notifyAll();
              }
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return seen;
        });
  }

  private static void awaitLine(List<String> seen, String part) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (seen) {
      while (seen.stream().noneMatch(l -> l.contains(part))) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("no line with '" + part + "' in:\n" + String.join("\n", seen));
        }
        seen.wait(left);
      }
    }
  }

  @Test
  void sigtermClosesTheLedgerAfterRefreshingTheBucketsOnceMore() throws Exception {
    Path config = TestConfigs.write(dir, TestConfigs.landscapeJson());
    KioskIdentity kiosk = new KioskIdentity("hengelo-bibliotheek", "zuil-1");
    try (Ledger ledger =
        Ledger.open(dir.resolve("ledger.db"), KioskFixture.CATALOGUE, kiosk, Clock.systemUTC())) {
      ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
      assertThat(ledger.buckets().changedSince(0, 10)).isEmpty();
    }

    Process process = start(config);
    List<String> seen = new ArrayList<>();
    CompletableFuture<List<String>> output = lines(process, seen);
    awaitLine(seen, KioskWindow.READY_LINE);
    // SIGTERM, leaving the output pipe open so the shutdown lines can still be read.
    process.toHandle().destroy();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(output.get(10, TimeUnit.SECONDS)).anyMatch(l -> l.contains("ledger closed"));
    try (Ledger ledger =
        Ledger.open(dir.resolve("ledger.db"), KioskFixture.CATALOGUE, kiosk, Clock.systemUTC())) {
      assertThat(ledger.buckets().changedSince(0, 10))
          .as("the sync agent sees the visit")
          .hasSize(1);
    }
  }

  @Test
  void underSystemdTheKioskSaysReadyPingsTheWatchdogAndSaysStopping() throws Exception {
    Path config = TestConfigs.write(dir, TestConfigs.landscapeJson());
    try (NotifyListener systemd = NotifyListener.onPath(dir)) {
      // The test plays cage: the watchdog request names the kiosk's parent.
      Process process =
          start(
              config,
              Map.of(
                  "NOTIFY_SOCKET",
                  systemd.name(),
                  "WATCHDOG_USEC",
                  "2000000",
                  "WATCHDOG_PID",
                  Long.toString(ProcessHandle.current().pid())));
      List<String> seen = new ArrayList<>();
      lines(process, seen);
      Duration within = Duration.ofSeconds(60);

      systemd.awaitCount("READY=1", 1, within);
      assertThat(seen)
          .as("ready once the first frame is out")
          .anyMatch(l -> l.contains(KioskWindow.READY_LINE));
      systemd.awaitCount("WATCHDOG=1", 3, within);
      process.toHandle().destroy();

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
      assertThat(process.exitValue()).isEqualTo(143);
      systemd.awaitCount("STOPPING=1", 1, within);
    }
  }

  @Test
  void aWrongConfigStopsWithExitCodeTwoAndNamesTheField() throws Exception {
    Path config =
        TestConfigs.write(
            dir, TestConfigs.landscapeJson().replace("\"heightMm\": 268", "\"heightMm\": 2"));

    Process process = start(config);
    List<String> output = lines(process, new ArrayList<>()).get(60, TimeUnit.SECONDS);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output)
        .anyMatch(
            l ->
                l.matches(
                    ".*screen\\.heightMm \\(line \\d+\\): must be a number from 50 to 3000.*"));
  }
}
