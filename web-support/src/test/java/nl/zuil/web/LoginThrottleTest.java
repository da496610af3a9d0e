package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final TestClock clock = TestClock.at("2026-11-23T09:00");

  @Test
  void fiveWrongTriesInARowLockTheKeyOutThenItStartsAfresh() {
    LoginThrottle throttle =
        new LoginThrottle(ThrottlePolicy.lockoutAfter(5, Duration.ofMinutes(5)), clock);
    for (int i = 1; i <= 4; i++) {
      assertThat(throttle.failed("10.0.0.7")).as("failure %d", i).isEmpty();
    }

    assertThat(throttle.failed("10.0.0.7")).contains(Duration.ofMinutes(5));
    assertThat(throttle.waiting("10.0.0.7")).contains(Duration.ofMinutes(5));
    assertThat(throttle.waiting("10.0.0.8")).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(throttle.waiting("10.0.0.7")).contains(Duration.ofMinutes(3));
    clock.advance(Duration.ofMinutes(3));
    assertThat(throttle.waiting("10.0.0.7")).isEmpty();
    assertThat(throttle.failed("10.0.0.7")).as("the count starts again").isEmpty();
  }

  @Test
  void aRightTryForgivesEarlierWrongOnesWhenThePolicySaysSo() {
    LoginThrottle throttle =
        new LoginThrottle(ThrottlePolicy.lockoutAfter(3, Duration.ofMinutes(5)), clock);
    throttle.failed("a");
    throttle.failed("a");
    throttle.succeeded("a");

    assertThat(throttle.failed("a")).isEmpty();
    assertThat(throttle.failed("a")).isEmpty();
    assertThat(throttle.failed("a")).isPresent();
  }

  @Test
  void aRatePolicyCountsRightAndWrongTriesInASlidingWindow() {
    LoginThrottle throttle =
        new LoginThrottle(ThrottlePolicy.attemptsPer(3, Duration.ofMinutes(10)), clock);
    throttle.succeeded("a");
    clock.advanceMinutes(4);
    throttle.failed("a");
    throttle.succeeded("a");

    assertThat(throttle.waiting("a")).contains(Duration.ofMinutes(6));
    clock.advanceMinutes(6);
    assertThat(throttle.waiting("a")).isEmpty();
    throttle.failed("a");
    assertThat(throttle.waiting("a")).contains(Duration.ofMinutes(4));
  }
}
