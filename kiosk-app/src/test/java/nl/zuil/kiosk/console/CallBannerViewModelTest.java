package nl.zuil.kiosk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class CallBannerViewModelTest {

  final TestClock clock = TestClock.at("2026-11-23T09:30");
  final CallBannerViewModel banner = new CallBannerViewModel(clock);

  private static Board calling(String... numbers) {
    List<TicketRow> called =
        Arrays.stream(numbers)
            .map(
                n ->
                    new TicketRow(
                        "R", n, "q", "Q", "", "", null, "", false, "Balie 1", "", "", false, false))
            .toList();
    return new Board(
        List.of(),
        called,
        List.of(),
        "",
        "",
        new PrinterLine("", PrinterLine.Level.OK),
        null,
        null,
        "",
        Map.of(),
        List.of(),
        List.of());
  }

  @Test
  void showsTheNumberAndDeskForTwentySeconds() {
    banner.announce(new Announcement(1, "W-014", "Balie 1"));
    banner.board(calling("W-014"));

    assertThat(banner.showingProperty().get()).isTrue();
    assertThat(banner.textProperty().get()).isEqualTo("W-014 \u2013 Balie 1");

    clock.advance(Duration.ofSeconds(19));
    banner.tick();
    assertThat(banner.showingProperty().get()).isTrue();

    clock.advance(Duration.ofSeconds(1));
    banner.tick();
    assertThat(banner.showingProperty().get()).isFalse();
    assertThat(banner.textProperty().get()).isEmpty();
  }

  @Test
  void aCallPutBackOrFinishedDisappearsAtOnce() {
    banner.announce(new Announcement(1, "W-014", "Balie 1"));

    banner.board(calling("L-002"));

    assertThat(banner.showingProperty().get()).isFalse();
  }

  @Test
  void aNewCallReplacesTheOldAndStartsItsOwnTwentySeconds() {
    banner.announce(new Announcement(1, "W-014", "Balie 1"));
    clock.advance(Duration.ofSeconds(15));
    banner.announce(new Announcement(2, "L-002", "Balie 2"));
    clock.advance(Duration.ofSeconds(15));
    banner.tick();

    assertThat(banner.textProperty().get()).isEqualTo("L-002 \u2013 Balie 2");
  }
}
