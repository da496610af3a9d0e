package nl.zuil.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.store.Database;
import nl.zuil.testsupport.TestClock;
import nl.zuil.web.LoginThrottle;
import nl.zuil.web.ThrottlePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login budgets in the database, counted at the same moment by two backend processes (two
 * connection pools) with four threads each: every attempt counts, none is lost to a race (decision
 * 0210). Subclasses run it on SQLite and PostgreSQL.
 */
abstract class JdbcThrottleStoreContract {

  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(1000, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));

  @TempDir Path dir;
  private TestDatabase first;
  private Database second;
  private final TestClock clock = TestClock.at("2026-12-07T09:00");

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void open() {
    first = TestDatabase.open(kind(), dir);
    second = first.openAgain();
  }

  @AfterEach
  void close() {
    second.close();
    first.close();
  }

  @Test
  void twoProcessesCountingOneKeyAtOnceLoseNoAttempt() throws Exception {
    LoginThrottle one =
        new LoginThrottle(POLICY, clock, new JdbcThrottleStore(first.database(), clock), "t:");
    LoginThrottle two =
        new LoginThrottle(POLICY, clock, new JdbcThrottleStore(second, clock), "t:");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        LoginThrottle throttle = t % 2 == 0 ? one : two;
        work.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    throttle.failed("anna");
                  }
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(new JdbcThrottleStore(first.database(), clock).find("t:anna").orElseThrow().count())
        .isEqualTo(80);
    assertThat(one.failed("anna")).as("the 81st").isEmpty();
  }

  @Test
  void aForgottenKeyIsDroppedAtTheNextCountAndAForgivenOneAtOnce() {
    JdbcThrottleStore store = new JdbcThrottleStore(first.database(), clock);
    LoginThrottle throttle = new LoginThrottle(POLICY, clock, store, "t:");
    throttle.failed("anna");
    throttle.failed("bert");
    throttle.forgive("bert");
    clock.advance(Duration.ofHours(2));

    throttle.failed("carla");

    assertThat(store.find("t:anna")).as("forgotten after an hour").isEmpty();
    assertThat(store.find("t:bert")).isEmpty();
    assertThat(store.find("t:carla")).isPresent();
  }
}
