package nl.zuil.kiosk.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idle reset, printer trouble, double taps and right-to-left, on the real screens. */
class VisitorBehaviourUiTest {

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

  private void open() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
  }

  @Test
  void aVisitorWhoWalksAwaySeesACountdownAndLeavesNothingBehind() throws Exception {
    open();
    ui.tap("welcome-language-pl");
    ui.tap("question-learning");
    assertThat(ui.isShown("countdown")).isFalse();

    ui.letTimePass(Duration.ofSeconds(45));
    assertThat(ui.isShown("countdown")).isTrue();
    assertThat(ui.visibleTexts())
        .anyMatch(t -> t.startsWith("Nic nie wybrano? Za 1") && t.contains(" s ekran wróci"));

    ui.letTimePass(Duration.ofSeconds(20));
    assertThat(ui.isShown("welcome")).isTrue();
    assertThat(ui.visibleTexts()).contains("Welkom bij het Werkcentrum", "Tik om te beginnen");
    assertThat(ui.kiosk.visits()).isZero();
  }

  @Test
  void iAmStillHereStopsTheCountdown() throws Exception {
    open();
    ui.tap("start");
    ui.letTimePass(Duration.ofSeconds(45));
    ui.tap("still-here");

    assertThat(ui.isShown("countdown")).isFalse();
    ui.letTimePass(Duration.ofSeconds(30));
    assertThat(ui.isShown("questions")).isTrue();
  }

  @Test
  void theTicketScreenClosesAfterThirtySecondsWithAVisibleCountdown() throws Exception {
    open();
    ui.tap("start");
    ui.tap("question-employer");
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());
    assertThat(ui.text("ticket-countdown")).isEqualTo("Dit scherm sluit over 30 seconden.");

    ui.letTimePass(Duration.ofSeconds(20));
    assertThat(ui.text("ticket-countdown")).isEqualTo("Dit scherm sluit over 10 seconden.");
    ui.letTimePass(Duration.ofSeconds(10));

    assertThat(ui.isShown("welcome")).isTrue();
    assertThat(ui.scene.flow().ticket().linkProperty().get()).isEmpty();
    assertThat(ui.kiosk.visits()).as("the visit stays recorded").isEqualTo(1);
  }

  @Test
  void withThePrinterOutOfPaperTheVisitorStillGetsNumberAndQrAndStaffSeeWhy() throws Exception {
    open();
    Fx.run(ui.kiosk.printer::paperOut);
    ui.tap("start");
    ui.tap("question-employer");
    ui.waitUntil(() -> ui.isShown("ticket-paper"));

    assertThat(ui.text("ticket-number")).isEqualTo("E-001");
    assertThat(((ImageView) ui.shown("ticket-qr")).getImage()).isNotNull();
    assertThat(ui.scanQrOnScreen()).endsWith("#" + ui.kiosk.waiting().get(0).reference());
    assertThat(ui.text("ticket-paper"))
        .isEqualTo("Er komt geen bonnetje. Onthoud uw nummer of maak een foto van dit scherm.");
    assertThat(ui.visibleTexts())
        .noneMatch(t -> t.contains("Printer") || t.contains("papier is op"));
    assertThat(ui.kiosk.printer.printed()).isEmpty();

    ui.tap("done");
    openStaffMenu();
    assertThat(ui.text("staff-printer")).isEqualTo("Printer: papier is op");
  }

  @Test
  void aPrinterGoingOfflineReachesTheStaffMenu() throws Exception {
    open();
    openStaffMenu();
    assertThat(ui.text("staff-printer")).isEqualTo("Printer: klaar");

    ui.kiosk.printer.offline();
    ui.waitUntil(() -> ui.textIfShown("staff-printer").equals("Printer: geen verbinding"));
  }

  @Test
  void aDoubleTapOnTheLastTileIssuesExactlyOneTicket() throws Exception {
    open();
    ui.tap("start");
    ui.doubleTap("question-employer");
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());

    assertThat(ui.kiosk.visits()).isEqualTo(1);
    assertThat(ui.text("ticket-number")).isEqualTo("E-001");
    ui.waitUntil(() -> ui.kiosk.printer.printed().size() == 1);
  }

  @Test
  void aDoubleTapDoesNotAlsoChooseOnTheNextScreen() throws Exception {
    open();
    ui.doubleTap("start");
    assertThat(ui.isShown("questions")).isTrue();

    ui.doubleTap("question-find_work");
    assertThat(ui.isShown("situations")).isTrue();
    assertThat(ui.kiosk.visits()).isZero();
  }

  @Test
  void arabicMirrorsTheLayoutButNotTheNumberOrTheQrCode() throws Exception {
    open();
    ui.tap("welcome-language-ar");

    assertThat(ui.root().lookup("#visitor").getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(x(ui.shown("question-find_work")))
        .as("the first tile is on the right")
        .isGreaterThan(x(ui.shown("question-work_to_work")));
    assertThat(x(ui.shown("back"))).isGreaterThan(x(ui.shown("languages")));
    assertThat(ui.visibleTexts()).contains("عن ماذا يدور سؤالك؟", "رجوع");

    ui.tap("question-employer");
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());
    assertThat(ui.shown("ticket-number").getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(x(ui.shown("ticket-qr")))
        .as("QR on the left")
        .isLessThan(x(ui.shown("ticket-number")));
    assertThat(ui.scanQrOnScreen())
        .startsWith(KioskFixture.CATALOGUE.questionType("employer").orElseThrow().infoUrl() + "#");

    ui.tap("language-nl");
    assertThat(ui.root().lookup("#visitor").getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(x(ui.shown("ticket-qr"))).isGreaterThan(x(ui.shown("ticket-number")));
  }

  @Test
  void theStaffMenuPrintsATestTicketAndShutsTheKioskDown() throws Exception {
    open();
    openStaffMenu();

    ui.tap("staff-print-test");
    ui.waitUntil(() -> ui.textIfShown("staff-test-result").equals("Testbon is geprint."));
    assertThat(ui.kiosk.printer.printed()).hasSize(1);
    assertThat(ui.kiosk.visits()).as("a test ticket is no visit").isZero();

    ui.tap("staff-exit");
    assertThat(ui.exitRequested()).isTrue();
  }

  @Test
  void aWrongPinKeepsTheMenuClosedAndCancelGoesBackToTheVisitors() throws Exception {
    open();
    for (int i = 0; i < 5; i++) {
      ui.quickTap("staff-corner");
    }
    for (String key : new String[] {"pin-1", "pin-1", "pin-1", "pin-1", "pin-open"}) {
      ui.quickTap(key);
    }
    ui.waitUntil(() -> ui.textIfShown("pin-message").equals("Deze pincode klopt niet."));
    assertThat(ui.isShown("staff-exit")).isFalse();

    ui.tap("pin-cancel");
    assertThat(ui.isShown("staff")).isFalse();
    assertThat(ui.isShown("welcome")).isTrue();
  }

  @Test
  void slowTapsOnTheCornerDoNothing() throws Exception {
    open();
    for (int i = 0; i < 6; i++) {
      ui.tap("staff-corner");
    }
    assertThat(ui.isShown("staff")).isFalse();
  }

  private void openStaffMenu() throws Exception {
    for (int i = 0; i < 5; i++) {
      ui.quickTap("staff-corner");
    }
    assertThat(ui.isShown("pin-display")).isTrue();
    for (char digit : TestConfigs.PIN.toCharArray()) {
      ui.quickTap("pin-" + digit);
    }
    assertThat(ui.text("pin-display")).isEqualTo("\u25CF \u25CF \u25CF \u25CF");
    ui.quickTap("pin-open");
    ui.waitUntil(() -> ui.isShown("staff-exit"));
  }

  private static double x(Node node) {
    Bounds bounds = node.localToScreen(node.getBoundsInLocal());
    return bounds.getMinX();
  }
}
