package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final TestClock clock = TestClock.at("2026-11-23T09:00");
  private final ThrottlePolicy policy =
      new ThrottlePolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1));

  @Test
  void afterTheFreeTriesEveryWrongOneDoublesTheWaitUpToTheLongest() {
    LoginThrottle throttle = new LoginThrottle(policy, clock);
    for (int i = 1; i <= 3; i++) {
      assertThat(throttle.failed("desk-1")).as("free try %d", i).isEmpty();
    }
    assertThat(throttle.waiting("desk-1")).isEmpty();

    assertThat(throttle.failed("desk-1")).contains(Duration.ofSeconds(30));
    assertThat(throttle.waiting("desk-1")).contains(Duration.ofSeconds(30));
    assertThat(throttle.waiting("desk-2")).as("another key").isEmpty();
    clock.advance(Duration.ofSeconds(10));
    assertThat(throttle.waiting("desk-1")).contains(Duration.ofSeconds(20));
    clock.advance(Duration.ofSeconds(20));
    assertThat(throttle.waiting("desk-1")).isEmpty();

    assertThat(throttle.failed("desk-1")).contains(Duration.ofMinutes(1));
    clock.advanceMinutes(1);
    assertThat(throttle.failed("desk-1")).contains(Duration.ofMinutes(2));
    clock.advanceMinutes(2);
    assertThat(throttle.failed("desk-1")).contains(Duration.ofMinutes(4));
    clock.advanceMinutes(4);
    assertThat(throttle.failed("desk-1")).contains(Duration.ofMinutes(5));
    for (int i = 0; i < 100; i++) {
      clock.advanceMinutes(5);
      assertThat(throttle.failed("desk-1"))
          .as("a patient attacker")
          .contains(Duration.ofMinutes(5));
    }
  }

  @Test
  void aKeyThatStopsTryingIsForgottenAndAForgivenKeyStartsAfresh() {
    LoginThrottle throttle = new LoginThrottle(policy, clock);
    for (int i = 0; i < 5; i++) {
      throttle.failed("a");
      throttle.failed("b");
    }
    clock.advanceMinutes(59);
    assertThat(throttle.failed("a")).as("still remembered").contains(Duration.ofMinutes(2));
    throttle.forgive("a");
    clock.advanceMinutes(1);

    assertThat(throttle.failed("a")).as("forgiven").isEmpty();
    assertThat(throttle.failed("b")).as("forgotten after an hour").isEmpty();
  }

  @Test
  void throttlesWithTheirOwnPrefixShareAStoreWithoutSharingCounts() {
    ThrottleStore store = new MemoryThrottleStore(clock);
    LoginThrottle address = new LoginThrottle(policy, clock, store, "address:");
    LoginThrottle everyone = new LoginThrottle(policy, clock, store, "all:");
    for (int i = 0; i < 4; i++) {
      everyone.failed("");
    }

    assertThat(everyone.waiting("")).isPresent();
    assertThat(address.waiting("")).isEmpty();
    assertThat(new LoginThrottle(policy, clock, store, "all:").waiting(""))
        .as("a second throttle over the same store sees the same count")
        .isPresent();
  }

  @Test
  void aPolicyThatWouldForgetBetweenTwoTriesIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new ThrottlePolicy(
                    3, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
