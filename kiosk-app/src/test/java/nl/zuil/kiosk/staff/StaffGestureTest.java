package nl.zuil.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffGestureTest {

  private final StaffGesture gesture = new StaffGesture();
  private Instant now = Instant.parse("2026-11-23T09:00:00Z");

  private boolean tapAfter(long millis) {
    now = now.plusMillis(millis);
    return gesture.tap(now);
  }

  @Test
  void fiveQuickTapsOpen() {
    assertThat(tapAfter(0)).isFalse();
    assertThat(tapAfter(400)).isFalse();
    assertThat(tapAfter(400)).isFalse();
    assertThat(tapAfter(400)).isFalse();
    assertThat(tapAfter(400)).isTrue();
  }

  @Test
  void slowTapsDoNot() {
    for (int i = 0; i < 10; i++) {
      assertThat(tapAfter(900)).isFalse();
    }
  }

  @Test
  void aPauseStartsTheCountAgain() {
    tapAfter(0);
    tapAfter(300);
    tapAfter(300);
    tapAfter(5000);
    assertThat(tapAfter(300)).isFalse();
    assertThat(tapAfter(300)).isFalse();
    assertThat(tapAfter(300)).isFalse();
    assertThat(tapAfter(300)).isTrue();
  }
}
