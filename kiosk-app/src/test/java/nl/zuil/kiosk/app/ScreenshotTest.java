package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.kiosk.visitor.TicketScreenViewModel;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.ledger.Ticket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every visitor screen to {@code target/screens/<screen>-<language>-<w>x<h>.png}, in Dutch
 * and Arabic, portrait and landscape, so a person can look at what a visitor sees. The README shows
 * {@code ticket-nl-1080x1920.png}.
 */
class ScreenshotTest {

  static final Path SCREENS =
      Path.of(System.getProperty("zuil.screens.dir", "target/screens")).toAbsolutePath();

  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws TimeoutException {
    Fx.start();
  }

  static Stream<Arguments> screens() {
    return Stream.of("portrait", "landscape")
        .flatMap(
            orientation ->
                Stream.of("nl", "ar")
                    .flatMap(
                        language ->
                            Stream.of(Screen.values())
                                .map(screen -> Arguments.of(orientation, language, screen))));
  }

  @ParameterizedTest(name = "{2} in {1}, {0}")
  @MethodSource("screens")
  void rendersTheScreen(String orientation, String language, Screen screen) throws Exception {
    String json =
        orientation.equals("portrait") ? TestConfigs.portraitJson() : TestConfigs.landscapeJson();
    try (KioskFixture kiosk = KioskFixture.threaded(dir, json)) {
      if (screen == Screen.TICKET) {
        busyMorning(kiosk);
      }
      KioskScene scene = Fx.call(() -> sceneFor(kiosk));
      goTo(kiosk, scene.flow(), language, screen);

      BufferedImage image = Fx.snapshot(scene.scene());
      String name =
          screen.name().toLowerCase()
              + "-"
              + language
              + "-"
              + kiosk.config.screen().widthPx()
              + "x"
              + kiosk.config.screen().heightPx()
              + ".png";
      Path file = Fx.writePng(image, SCREENS.resolve(name));

      assertThat(image.getWidth()).isEqualTo(kiosk.config.screen().widthPx());
      assertThat(image.getHeight()).isEqualTo(kiosk.config.screen().heightPx());
      assertThat(Files.size(file)).isGreaterThan(10_000);
      Fx.run(scene::stop);
    }
  }

  private static KioskScene sceneFor(KioskFixture kiosk) {
    return kiosk.scene(() -> {});
  }

  /** Three visits served in about seven minutes each, two waiting: the estimate has data. */
  static void busyMorning(KioskFixture kiosk) {
    for (String question : new String[] {"find_work", "learning", "money_debt"}) {
      Ticket ticket =
          kiosk.ledger.tickets().issue(nl.zuil.ledger.ticket.TicketRequest.of(question, "nl"));
      kiosk.ledger.desk().call(ticket.number(), "balie-1");
      kiosk.clock.advanceMinutes(7);
      kiosk.ledger.desk().recordOutcome(ticket.number(), "answered", null);
    }
    kiosk.ledger.tickets().issue(nl.zuil.ledger.ticket.TicketRequest.of("youth", "nl"));
    kiosk.ledger.tickets().issue(nl.zuil.ledger.ticket.TicketRequest.of("other", "pl"));
    kiosk.ledger.aggregator().refresh();
  }

  static void goTo(KioskFixture kiosk, VisitorFlowViewModel flow, String language, Screen screen)
      throws TimeoutException {
    if (screen == Screen.NEXT_STEP) {
      // Wednesday: no gids at the library.
      kiosk.clock.set("2026-11-25T10:00");
    }
    Consumer<Runnable> tap =
        action -> {
          kiosk.clock.advance(Duration.ofSeconds(2));
          Fx.run(action);
        };
    if (screen == Screen.WELCOME) {
      if (!language.equals("nl")) {
        tap.accept(() -> flow.chooseLanguage(language));
        tap.accept(flow::back);
      }
      return;
    }
    tap.accept(() -> flow.chooseLanguage(language));
    if (screen == Screen.QUESTION) {
      return;
    }
    tap.accept(() -> flow.chooseQuestion("find_work"));
    if (screen == Screen.SITUATION) {
      return;
    }
    tap.accept(() -> flow.chooseSituation("no_work_no_benefit"));
    if (screen == Screen.NEXT_STEP) {
      org.testfx.util.WaitForAsyncUtils.waitFor(
          10,
          java.util.concurrent.TimeUnit.SECONDS,
          () -> Fx.call(() -> flow.screenProperty().get() == Screen.NEXT_STEP));
      Fx.run(flow::tick);
      return;
    }
    org.testfx.util.WaitForAsyncUtils.waitFor(
        10,
        java.util.concurrent.TimeUnit.SECONDS,
        () ->
            Fx.call(
                () ->
                    flow.ticket().paperProperty().get() == TicketScreenViewModel.Paper.PRINTED
                        && !flow.ticket().aheadText().get().isEmpty()));
    Fx.run(flow::tick);
  }
}
