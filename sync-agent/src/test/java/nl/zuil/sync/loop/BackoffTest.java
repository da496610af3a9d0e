package nl.zuil.sync.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void waitsGrowThenStayUnderTheCapAndEachIsAtLeastHalfItsStep() {
    Backoff backoff = new Backoff(Duration.ofMinutes(15), new Random(7));
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      waits.add(backoff.next(Optional.empty()));
    }

    for (int i = 0; i < waits.size(); i++) {
      long step = Math.min(1000L << i, Duration.ofMinutes(15).toMillis());
      assertThat(waits.get(i).toMillis()).as("wait %d", i).isBetween(step / 2, step);
    }
    assertThat(waits.get(19)).isGreaterThanOrEqualTo(Duration.ofMinutes(7).plusSeconds(30));
  }

  @Test
  void jitterSpreadsKiosksThatFailedTogether() {
    List<Duration> tenthWaits = new ArrayList<>();
    for (int kiosk = 0; kiosk < 50; kiosk++) {
      Backoff backoff = new Backoff(Duration.ofMinutes(15), new Random(kiosk));
      for (int i = 0; i < 9; i++) {
        backoff.next(Optional.empty());
      }
      tenthWaits.add(backoff.next(Optional.empty()));
    }

    assertThat(tenthWaits.stream().distinct().count()).isGreaterThan(40);
  }

  @Test
  void retryAfterIsALowerBoundButNotBeyondADay() {
    Backoff backoff = new Backoff(Duration.ofMinutes(15), new Random(1));

    assertThat(backoff.next(Optional.of(Duration.ofSeconds(120))))
        .isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.next(Optional.of(Duration.ofDays(30)))).isEqualTo(Duration.ofDays(1));
    assertThat(backoff.next(Optional.of(Duration.ZERO))).isLessThanOrEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aSuccessStartsOverFromOneSecond() {
    Backoff backoff = new Backoff(Duration.ofMinutes(15), new Random(3));
    for (int i = 0; i < 12; i++) {
      backoff.next(Optional.empty());
    }
    backoff.reset();

    assertThat(backoff.next(Optional.empty())).isLessThanOrEqualTo(Duration.ofSeconds(1));
  }
}
