package nl.zuil.kiosk.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.zuil.catalogue.Labels;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.PrintedQr;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An employer walks up on a Wednesday morning, when no gids is at the library: the real screens in
 * a headless window, in Dutch and in Arabic. The screen and the printed slip are kept as PNGs in
 * {@code target/screens/} for a person to look at.
 */
class NextStepUiTest {

  private static final String EMPLOYERS_PAGE = "https://www.werkcentrum.example/vraag/werkgevers";
  private static final Path SCREENS = Path.of("target", "screens").toAbsolutePath();

  @TempDir Path dir;
  KioskUi ui;

  @BeforeAll
  static void toolkit() throws Exception {
    Fx.start();
  }

  @AfterEach
  void close() throws Exception {
    if (ui != null) {
      ui.close();
    }
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"nl", "ar"})
  void noGidsGivesTheNextStepOnScreenAndOnPaper(String language) throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    ui.kiosk.clock.set("2026-11-25T10:00");

    ui.tap(language.equals(Labels.DUTCH) ? "start" : "welcome-language-" + language);
    // A kiosk runs for days: whatever the screens hold only weakly is gone by the first visitor.
    System.gc();
    System.gc();
    ui.tap("question-employer");
    ui.waitUntil(() -> ui.isShown("next-step"));

    assertThat(ui.isShown("ticket-number")).isFalse();
    assertThat(ui.kiosk.waiting()).isEmpty();
    assertThat(ui.kiosk.visits()).isEqualTo(1);
    assertThat(ui.visibleTexts()).contains(text("nextStep.title", language));
    assertThat(ui.text("next-step-phone")).contains("088 000 56 78");
    assertThat(ui.visibleTexts())
        .as("the staffed inlooppunten nearby, under their heading")
        .anyMatch(t -> t.contains("Stadhuis Hengelo"))
        .anyMatch(t -> t.contains("Werkplein Enschede"));
    assertThat(ui.scanQrOnScreen("next-step-qr")).isEqualTo(EMPLOYERS_PAGE);
    Files.createDirectories(SCREENS);
    Fx.writePng(
        Fx.snapshot(ui.scene.scene()), SCREENS.resolve("next-step-" + language + "-1920x1080.png"));

    ui.tap("next-step-print");
    ui.waitUntil(() -> ui.kiosk.printer.printed().size() == 1);
    ui.waitUntil(() -> ui.isShown("next-step-paper"));
    assertThat(ui.text("next-step-paper")).isEqualTo(text("nextStep.printed", language));

    BufferedImage slip = PrintedQr.onPaper(ui.kiosk.printer.printed().get(0));
    ImageIO.write(slip, "png", SCREENS.resolve("next-step-slip-" + language + ".png").toFile());
    assertThat(PrintedQr.decode(slip)).isEqualTo(EMPLOYERS_PAGE);

    ui.tap("next-step-done");
    assertThat(ui.isShown("welcome")).isTrue();
  }

  @org.junit.jupiter.api.Test
  void aWaitPastClosingSaysSoOnTheTicketAndOffersTheNextStep() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    // Monday: the library's gids leaves at 12:30; three served in about seven minutes each and
    // two waiting make the wait longer than the ten minutes left.
    ui.kiosk.clock.set("2026-11-23T11:59");
    for (String question : new String[] {"find_work", "learning", "money_debt"}) {
      Ticket served = ui.kiosk.ledger.tickets().issue(TicketRequest.of(question, "nl"));
      ui.kiosk.ledger.desk().call(served.number(), "balie-1");
      ui.kiosk.clock.advanceMinutes(7);
      ui.kiosk.ledger.desk().recordOutcome(served.number(), "answered", null);
    }
    ui.kiosk.ledger.tickets().issue(TicketRequest.of("youth", "nl"));
    ui.kiosk.ledger.tickets().issue(TicketRequest.of("other", "pl"));
    ui.kiosk.ledger.aggregator().refresh();

    ui.tap("start");
    ui.tap("question-employer");
    ui.waitUntil(() -> ui.isShown("ticket-closing"));

    assertThat(ui.text("ticket-number")).isEqualTo("E-006");
    assertThat(ui.text("ticket-closing"))
        .isEqualTo(text("ticket.closing", "nl").replace("{until}", "12:30"));
    assertThat(ui.visibleTexts()).contains("Bel 088 000 56 78");
    Files.createDirectories(SCREENS);
    Fx.writePng(Fx.snapshot(ui.scene.scene()), SCREENS.resolve("ticket-closing-nl-1920x1080.png"));

    ui.tap("ticket-closing-print");
    ui.waitUntil(() -> ui.kiosk.printer.printed().size() == 2);
  }

  private static String text(String key, String language) {
    return KioskFixture.CATALOGUE.text(key).in(language);
  }
}
