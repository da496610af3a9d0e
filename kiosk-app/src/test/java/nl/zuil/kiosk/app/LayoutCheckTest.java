package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import nl.zuil.catalogue.Language;
import nl.zuil.kiosk.staff.StaffViewModel;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.LayoutProblems;
import nl.zuil.kiosk.testing.ProfileScreen;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.kiosk.visitor.TicketScreenViewModel;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every visitor and staff screen, in every catalogue language, on the portrait and landscape screen
 * of every shipped hardware profile, checked for what a person would see wrong ({@link
 * LayoutProblems}) and written to {@code target/screens/<screen>/<what>-<language>.png} for a
 * person to look at.
 *
 * <p>One kiosk per screen, and the languages are switched on each screen with the language bar, as
 * a visitor does: a screen must also come out right when the language changes under it (the Arabic
 * ticket screen once did not).
 */
class LayoutCheckTest {

  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws TimeoutException {
    Fx.start();
  }

  static List<ProfileScreen> screens() {
    return ProfileScreen.shipped();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("screens")
  void everyScreenFitsInEveryLanguage(ProfileScreen profile) throws Exception {
    try (KioskFixture kiosk = KioskFixture.threaded(dir, profile.configJson());
        Pictures pictures = new Pictures(Fx.SCREENS.resolve(profile.name()))) {
      busyMorning(kiosk);
      KioskScene scene = Fx.call(() -> kiosk.scene(() -> {}));
      Look look = new Look(kiosk, scene, pictures);
      VisitorFlowViewModel flow = scene.flow();
      List<String> languages = flow.languages().stream().map(Language::code).toList();

      look.at("welcome-nl");
      for (String language : languages.subList(1, languages.size())) {
        look.tap(() -> flow.chooseLanguage(language));
        look.tap(flow::back);
        look.at("welcome-" + language);
      }
      look.tap(() -> flow.chooseLanguage("nl"));
      for (String language : languages) {
        look.tap(() -> flow.chooseLanguage(language));
        look.at("question-" + language);
        kiosk.clock.advance(Duration.ofSeconds(45));
        Fx.run(flow::tick);
        assertThat(flow.idle().showingProperty().get()).isTrue();
        look.at("question-countdown-" + language);
      }
      look.tap(() -> flow.chooseLanguage("nl"));
      look.tap(() -> flow.chooseQuestion("find_work"));
      look.eachLanguage(languages, "situation");
      look.tap(() -> flow.chooseSituation("no_work_no_benefit"));
      look.waitFor(
          () ->
              flow.ticket().paperProperty().get() == TicketScreenViewModel.Paper.PRINTED
                  && !flow.ticket().aheadText().get().isEmpty());
      look.eachLanguage(languages, "ticket");
      look.tap(() -> flow.rate(Rating.OK));
      look.eachLanguage(languages, "rated");
      look.tap(flow::done);

      staffScreens(kiosk, scene, look);

      // Wednesday: no gids at the library, so the visitor gets the next step.
      kiosk.clock.set("2026-11-25T10:00");
      look.tap(() -> flow.chooseLanguage("nl"));
      look.tap(() -> flow.chooseQuestion("find_work"));
      look.tap(() -> flow.chooseSituation("no_work_no_benefit"));
      look.waitFor(() -> flow.screenProperty().get() == Screen.NEXT_STEP);
      look.eachLanguage(languages, "next_step");
      look.tap(flow::done);

      Fx.run(scene::stop);
      assertThat(look.problems).as("what is wrong on the %s screen", profile.name()).isEmpty();
    }
  }

  /** The PIN pad, the staff menu, and the gids console choosing a partner and listing referrals. */
  private static void staffScreens(KioskFixture kiosk, KioskScene scene, Look look) {
    StaffViewModel staff = scene.staff();
    for (int i = 0; i < 5; i++) {
      kiosk.clock.advance(Duration.ofMillis(300));
      Fx.run(staff::cornerTapped);
    }
    look.at("staff-pin");
    for (char digit : TestConfigs.PIN.toCharArray()) {
      look.tap(() -> staff.digit(digit - '0'));
    }
    look.tap(staff::submit);
    look.waitFor(() -> staff.modeProperty().get() == StaffViewModel.Mode.MENU);
    look.at("staff-menu");
    look.tap(staff::openConsole);
    kiosk.console.board().join();
    look.tap(scene.console()::callNext);
    look.waitFor(() -> scene.console().currentProperty().get() != null);
    look.at("console-outcome");
    look.tap(
        () ->
            scene
                .console()
                .choose(
                    scene.console().outcomes().stream()
                        .filter(o -> o.code().equals("referred"))
                        .findFirst()
                        .orElseThrow()));
    look.at("console-partner");
    look.tap(() -> scene.console().choosePartner(scene.console().partnerChoices().get(0)));
    look.waitFor(() -> !scene.console().referrals().isEmpty());
    look.at("console-referrals");
    look.tap(() -> scene.console().confirm(scene.console().referrals().get(0)));
    look.waitFor(() -> scene.console().referrals().get(0).confirmed());
    look.at("console-referral-confirmed");
    look.tap(staff::close);
  }

  /** Three visits served in about seven minutes each, two waiting: the estimate has data. */
  private static void busyMorning(KioskFixture kiosk) {
    for (String question : new String[] {"find_work", "learning", "money_debt"}) {
      Ticket ticket = kiosk.ledger.tickets().issue(TicketRequest.of(question, "nl"));
      kiosk.ledger.desk().call(ticket.number(), "balie-1");
      kiosk.clock.advanceMinutes(7);
      kiosk.ledger.desk().recordOutcome(ticket.number(), "answered", null);
    }
    kiosk.ledger.tickets().issue(TicketRequest.of("youth", "nl"));
    kiosk.ledger.tickets().issue(TicketRequest.of("other", "pl"));
    kiosk.ledger.aggregator().refresh();
  }

  /** Looks at the screen as it is now: checks it and keeps a picture. */
  private static final class Look {
    final KioskFixture kiosk;
    final KioskScene scene;
    final Pictures pictures;
    final List<String> problems = new ArrayList<>();

    Look(KioskFixture kiosk, KioskScene scene, Pictures pictures) {
      this.kiosk = kiosk;
      this.scene = scene;
      this.pictures = pictures;
    }

    /** A tap after a person's pause, so the double-tap guard lets it through. */
    void tap(Runnable action) {
      kiosk.clock.advance(Duration.ofSeconds(2));
      Fx.run(action);
    }

    void eachLanguage(List<String> languages, String name) {
      for (String language : languages) {
        tap(() -> scene.flow().chooseLanguage(language));
        at(name + "-" + language);
      }
    }

    void at(String name) {
      List<String> found = Fx.call(() -> LayoutProblems.of(shownLayer(), kiosk.config.screen()));
      found.forEach(problem -> problems.add(name + ": " + problem));
      pictures.write(name, Fx.snapshot(scene.scene()));
    }

    /** The staff layer when it is open (it covers the visitor screen), else the whole scene. */
    private Parent shownLayer() {
      Node staff = scene.scene().lookup("#staff");
      return staff.isVisible() ? (Parent) staff : scene.scene().getRoot();
    }

    void waitFor(Callable<Boolean> condition) {
      try {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(condition));
      } catch (TimeoutException e) {
        throw new AssertionError(e);
      }
      Fx.run(scene.flow()::tick);
    }
  }

  /** PNGs written beside the test's work, so encoding them does not hold the screens up. */
  private static final class Pictures implements AutoCloseable {
    final Path folder;
    final ExecutorService writer = Executors.newSingleThreadExecutor();
    final List<Future<Path>> written = new ArrayList<>();

    Pictures(Path folder) {
      this.folder = folder;
    }

    void write(String name, BufferedImage image) {
      written.add(writer.submit(() -> Fx.writePng(image, folder.resolve(name + ".png"))));
    }

    @Override
    public void close() throws Exception {
      writer.shutdown();
      for (Future<Path> file : written) {
        file.get();
      }
    }
  }
}
