package nl.zuil.sync.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.TestBackend;
import nl.zuil.sync.TestKiosk;
import nl.zuil.sync.transport.DeliveryException;
import nl.zuil.testsupport.FlakyHttpProxy;
import nl.zuil.testsupport.FlakyHttpProxy.Fault;
import nl.zuil.testsupport.TestClock;

/**
 * Random runs of a kiosk's life: visits, syncs through a network that loses, duplicates and replays
 * deliveries, agent restarts, clocks moved back. However a run goes, once the network behaves again
 * and one sync gets through, the region's counts equal the ledger's, bucket by bucket.
 */
abstract class ExactlyOnceProperties {

  private static final AtomicInteger KIOSKS = new AtomicInteger();
  private static final Fault[] FAULTS = Fault.values();

  private Path dir;
  private TestBackend backend;
  private FlakyHttpProxy proxy;
  private volatile Random faults;

  abstract TestBackend.Kind kind();

  @BeforeProperty
  void start() throws IOException {
    dir = Files.createTempDirectory("zuil-exactly-once");
    backend = TestBackend.create(kind(), dir, Optional.empty()).start();
    proxy = FlakyHttpProxy.start(backend.port(), n -> fault());
  }

  @AfterProperty
  void stop() throws IOException {
    int faultsInjected = proxy.faults();
    proxy.close();
    backend.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    assertThat(faultsInjected).as("deliveries the network lost, doubled or replayed").isPositive();
  }

  @Property(tries = 30)
  void theRegionEndsUpWithExactlyTheLedgersCounts(
      @ForAll("lives") List<Step> life, @ForAll long faultSeed) throws Exception {
    String kioskCode = "zuil-" + KIOSKS.incrementAndGet();
    Path kioskDir = Files.createDirectories(dir.resolve(kioskCode));
    backend.enrol(kioskCode, kioskDir.resolve("credential.json"));
    AgentSettings settings =
        TestAgents.settings(kioskDir, "http://127.0.0.1:" + proxy.port(), TestAgents.none());
    faults = new Random(faultSeed);
    try (TestKiosk kiosk =
        new TestKiosk(
            kioskDir.resolve("ledger.db"),
            kioskCode,
            TestClock.at("2026-11-02T09:00"),
            faultSeed)) {
      SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC());
      try {
        for (Step step : life) {
          switch (step.action()) {
            case VISITS -> kiosk.visits(step.amount());
            case SYNC -> trySync(agent);
            case RESTART_AGENT -> {
              agent.close();
              agent = SyncAgent.open(settings, Clock.systemUTC());
            }
            case CLOCK_BACK -> kiosk.clock.advance(Duration.ofMinutes(-step.amount()));
            case CLOCK_FORWARD -> kiosk.clock.advance(Duration.ofMinutes(step.amount()));
          }
        }
        faults = null;
        agent.attempt();
      } finally {
        agent.close();
      }
      assertThat(backend.counts(kioskCode)).isEqualTo(kiosk.counts());
    }
  }

  @Provide
  Arbitrary<List<Step>> lives() {
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.integers().between(1, 25).map(n -> new Step(Action.VISITS, n))),
            Tuple.of(5, Arbitraries.just(new Step(Action.SYNC, 0))),
            Tuple.of(1, Arbitraries.just(new Step(Action.RESTART_AGENT, 0))),
            Tuple.of(
                1, Arbitraries.integers().between(1, 90).map(n -> new Step(Action.CLOCK_BACK, n))),
            Tuple.of(
                1,
                Arbitraries.integers()
                    .between(1, 3000)
                    .map(n -> new Step(Action.CLOCK_FORWARD, n))));
    return step.list().ofMinSize(3).ofMaxSize(25);
  }

  private static void trySync(SyncAgent agent) {
    try {
      agent.attempt();
    } catch (DeliveryException e) {
      // Expected under faults; the next sync resumes from the watermark.
    }
  }

  private Fault fault() {
    Random random = faults;
    if (random == null) {
      return Fault.NONE;
    }
    synchronized (random) {
      return random.nextBoolean() ? Fault.NONE : FAULTS[random.nextInt(FAULTS.length)];
    }
  }

  enum Action {
    VISITS,
    SYNC,
    RESTART_AGENT,
    CLOCK_BACK,
    CLOCK_FORWARD
  }

  record Step(Action action, int amount) {}
}
