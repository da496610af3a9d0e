package nl.zuil.sync.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.sync.AgentProcess;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.TestBackend;
import nl.zuil.sync.TestKiosk;
import nl.zuil.sync.loop.AgentLoop;
import nl.zuil.sync.loop.Backoff;
import nl.zuil.sync.state.SyncState;
import nl.zuil.sync.transport.DeliveryException;
import nl.zuil.testsupport.FlakyHttpProxy;
import nl.zuil.testsupport.FlakyHttpProxy.Fault;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every visit counted exactly once at the region, whatever fails in between. Real processes, real
 * files, real HTTP(S) on loopback; subclasses run it all on SQLite and on PostgreSQL.
 */
abstract class ExactlyOnceContract {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;

  abstract TestBackend.Kind kind();

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @Test
  void aResponseLostAfterTheBackendCommittedIsSentAgainAndCountedOnce() throws Exception {
    try (TestBackend backend = TestBackend.create(kind(), dir, Optional.empty()).start();
        FlakyHttpProxy proxy =
            FlakyHttpProxy.start(backend.port(), n -> n == 0 ? Fault.LOSE_RESPONSE : Fault.NONE);
        TestKiosk kiosk = kiosk("2026-11-20T09:00", 11)) {
      backend.enrol("zuil-1", dir.resolve("credential.json"));
      kiosk.visits(40);
      AgentSettings settings =
          TestAgents.settings(dir, "http://127.0.0.1:" + proxy.port(), TestAgents.none());

      try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
        assertThatThrownBy(agent::attempt).isInstanceOf(DeliveryException.class);
        assertThat(agent.acknowledgedRevision()).isZero();
        assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());

        agent.attempt();

        assertThat(agent.acknowledgedRevision()).isEqualTo(kiosk.ledger.buckets().latestRevision());
      }
      assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    }
  }

  @Test
  void aWeekWithoutBackendLosesNothingAndTheKioskKeepsWorking() throws Exception {
    TestClock clock = TestClock.at("2026-10-05T08:00");
    Instant backOnline = clock.instant().plus(Duration.ofDays(7));
    try (TestBackend backend = TestBackend.create(kind(), dir, Optional.of(certificate)).start();
        TestKiosk kiosk = new TestKiosk(dir.resolve("ledger.db"), "zuil-1", clock, 12)) {
      backend.enrol("zuil-1", dir.resolve("credential.json"));
      int port = backend.port();
      backend.stop();
      AgentSettings settings =
          TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()), 16 * 1024);
      List<Duration> waits = new ArrayList<>();
      int[] ticketsWhileDown = {0};
      boolean[] backendUp = {false};
      Instant[] nextVisits = {clock.instant()};
      try (SyncAgent agent = SyncAgent.open(settings, clock)) {
        new AgentLoop(
                agent,
                new Backoff(settings.maxBackoff(), new Random(5)),
                wait -> {
                  waits.add(wait);
                  clock.advance(wait);
                  if (clock.instant().isBefore(backOnline)) {
                    if (!clock.instant().isBefore(nextVisits[0])) {
                      kiosk.ledger.inSingleTransaction(() -> kiosk.visitsWithoutRefresh(4));
                      kiosk.ledger.aggregator().refresh();
                      ticketsWhileDown[0] += 4;
                      nextVisits[0] = clock.instant().plus(Duration.ofHours(1));
                    }
                    return true;
                  }
                  if (!backendUp[0]) {
                    backend.start(port);
                    backendUp[0] = true;
                  }
                  return agent.acknowledgedRevision() < kiosk.ledger.buckets().latestRevision();
                },
                settings.syncInterval(),
                clock)
            .run();
      }
      assertThat(ticketsWhileDown[0]).isGreaterThan(500);
      assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMinutes(15)));
      assertThat(waits.stream().max(Duration::compareTo).orElseThrow())
          .isGreaterThanOrEqualTo(Duration.ofMinutes(7));
      assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    }
  }

  @Test
  void aClockSetBackAnHourLosesAndMergesNothing() throws Exception {
    try (TestBackend backend = TestBackend.create(kind(), dir, Optional.of(certificate)).start();
        TestKiosk kiosk = kiosk("2026-11-20T10:30", 13)) {
      backend.enrol("zuil-1", dir.resolve("credential.json"));
      AgentSettings settings =
          TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()));
      try (SyncAgent agent = SyncAgent.open(settings, kiosk.clock)) {
        kiosk.visits(15);
        agent.attempt();
        kiosk.clock.advance(Duration.ofHours(-1));
        kiosk.visits(15);
        agent.attempt();
        kiosk.clock.advance(Duration.ofMinutes(90));
        kiosk.visits(15);
        agent.attempt();
      }
      assertThat(kiosk.totalVisits()).isEqualTo(45);
      assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    }
  }

  @Test
  void theNightSummerTimeEndsCountsBothTwoOClocksInOneHourAndLosesNothing() throws Exception {
    try (TestBackend backend = TestBackend.create(kind(), dir, Optional.of(certificate)).start();
        TestKiosk kiosk = kiosk("2026-10-25T01:40", 14)) {
      backend.enrol("zuil-1", dir.resolve("credential.json"));
      AgentSettings settings =
          TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()));
      try (SyncAgent agent = SyncAgent.open(settings, kiosk.clock)) {
        while (kiosk.clock.instant().isBefore(Instant.parse("2026-10-25T02:10:00Z"))) {
          kiosk.visits(10);
          agent.attempt();
        }
      }
      assertThat(kiosk.counts().keySet()).anyMatch(key -> key.startsWith("2026-10-25 2 "));
      assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    }
  }

  @Test
  void killingTheAgentMidBacklogAtRandomPointsLosesAndDoublesNothing() throws Exception {
    try (TestBackend backend = TestBackend.create(kind(), dir, Optional.of(certificate)).start();
        TestKiosk kiosk = TestKiosk.withTenThousandVisits(dir.resolve("ledger.db"))) {
      backend.enrol("zuil-1", dir.resolve("credential.json"));
      long latest = kiosk.ledger.buckets().latestRevision();
      Path settings = AgentProcess.settingsFile(dir, backend.url(), certificate.pin(), 32 * 1024);
      Path log = dir.resolve("agent.log");
      Random random = new Random(16);
      List<Long> watermarks = new ArrayList<>();
      for (int kill = 0; kill < 5; kill++) {
        Process agent = AgentProcess.start(log, "--config", settings.toString(), "--once");
        // Kill only once this run has delivered something, at a random moment after that.
        awaitMoreAcknowledgements(log, agent);
        Thread.sleep(random.nextInt(400));
        agent.toHandle().destroyForcibly();
        assertThat(agent.waitFor(20, TimeUnit.SECONDS)).isTrue();
        try (SyncState state = SyncState.open(dir.resolve("agent-state.db"))) {
          watermarks.add(state.acknowledgedRevision());
        }
      }
      Process last = AgentProcess.start(log, "--config", settings.toString(), "--once");
      assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();

      assertThat(last.exitValue()).as(Files.readString(log)).isZero();
      assertThat(watermarks).isSorted().allSatisfy(w -> assertThat(w).isBetween(0L, latest));
      assertThat(kiosk.totalVisits()).isEqualTo(10_000);
      assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    }
  }

  private static void awaitMoreAcknowledgements(Path log, Process agent) throws Exception {
    long before = acknowledgements(log);
    while (acknowledgements(log) == before) {
      assertThat(agent.isAlive()).as(Files.readString(log)).isTrue();
      Thread.sleep(20);
    }
  }

  private static long acknowledgements(Path log) throws Exception {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains("backend acknowledged")).count();
    }
  }

  private TestKiosk kiosk(String localTime, long seed) throws Exception {
    return new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at(localTime), seed);
  }
}
