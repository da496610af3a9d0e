package nl.zuil.kiosk.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WatchdogRequestTest {

  private static final long KIOSK = 4100;
  private static final OptionalLong CAGE = OptionalLong.of(4000);

  @Test
  void underCageTheRequestForTheParentCountsAndIsAskedFourTimesPerTimeout() {
    var request =
        WatchdogRequest.fromEnvironment(
            Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "4000"), KIOSK, CAGE);

    assertThat(request).isPresent();
    assertThat(request.get().timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(request.get().askEvery()).isEqualTo(Duration.ofMillis(7500));
    assertThat(request.get().answerWithin()).isEqualTo(Duration.ofMillis(3750));
  }

  @Test
  void aRequestForThisProcessOrForNoneInParticularCounts() {
    assertThat(
            WatchdogRequest.fromEnvironment(
                Map.of("WATCHDOG_USEC", "20000000", "WATCHDOG_PID", "4100"), KIOSK, CAGE))
        .isPresent();
    assertThat(
            WatchdogRequest.fromEnvironment(
                Map.of("WATCHDOG_USEC", "20000000"), KIOSK, OptionalLong.empty()))
        .isPresent();
  }

  @Test
  void aRequestInheritedFromFurtherUpIsNotThisKiosksToAnswer() {
    assertThat(
            WatchdogRequest.fromEnvironment(
                Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "1"), KIOSK, CAGE))
        .isEmpty();
  }

  @Test
  void withoutWatchdogSecInTheUnitThereIsNoRequest() {
    assertThat(WatchdogRequest.fromEnvironment(Map.of("WATCHDOG_PID", "4000"), KIOSK, CAGE))
        .isEmpty();
  }

  @Test
  void aVariableThatIsNoNumberIsNamed() {
    assertThatThrownBy(
            () -> WatchdogRequest.fromEnvironment(Map.of("WATCHDOG_USEC", "30s"), KIOSK, CAGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WATCHDOG_USEC is not a number: 30s");
    assertThatThrownBy(
            () ->
                WatchdogRequest.fromEnvironment(
                    Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "cage"), KIOSK, CAGE))
        .hasMessage("WATCHDOG_PID is not a number: cage");
    assertThatThrownBy(
            () -> WatchdogRequest.fromEnvironment(Map.of("WATCHDOG_USEC", "0"), KIOSK, CAGE))
        .hasMessage("WATCHDOG_USEC must be positive: 0");
  }
}
