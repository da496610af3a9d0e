package nl.zuil.backend.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaitingTimesTest {

  @Test
  void interpolatesTheMedianWithinTheBinThatHoldsIt() {
    // 10 visits: 4 waited 0-2 minutes, 4 waited 2-5, 2 waited 5-10. The 5th of 10 is the first
    // quarter of the 2-5 bin: 2 + (5 - 4) / 4 * 3 = 2.75.
    long[] bins = {4, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0};

    assertThat(WaitingTimes.quantile(bins, 0.5).orElseThrow().minutes()).isEqualTo(2.75);
    assertThat(WaitingTimes.quantile(bins, 0.9).orElseThrow().minutes()).isEqualTo(7.5);
  }

  @Test
  void aQuantileInTheOpenLastBinIsAtLeastTwoHours() {
    long[] bins = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9};

    WaitingTimes.Minutes p90 = WaitingTimes.quantile(bins, 0.9).orElseThrow();

    assertThat(p90.atLeast()).isTrue();
    assertThat(p90.minutes()).isEqualTo(120);
  }

  @Test
  void noVisitsNoQuantile() {
    assertThat(WaitingTimes.quantile(new long[11], 0.5)).isEmpty();
  }
}
