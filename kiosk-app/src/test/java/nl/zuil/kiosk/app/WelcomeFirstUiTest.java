package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.ledger.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's window starts with the welcome screen alone and builds the other screens after its
 * first frame (decision 0017). A visitor who taps at once must notice nothing: the welcome screen
 * looks the same, and the tap leads on as always. Nothing in these tests builds the other screens;
 * the first tap must.
 */
class WelcomeFirstUiTest {

  @TempDir Path dir;
  @TempDir Path other;
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

  @Test
  void theFirstFrameIsTheSameWelcomeScreenAsWithEveryScreenBuilt() throws Exception {
    BufferedImage everyScreen;
    try (KioskUi full = KioskUi.open(other, TestConfigs.landscapeJson())) {
      everyScreen = Fx.snapshot(full.root().getScene());
    }
    ui = KioskUi.openWelcomeFirst(dir, TestConfigs.landscapeJson());
    BufferedImage welcomeFirst = Fx.snapshot(ui.root().getScene());

    assertThat(ui.robot.lookup("#question-employer").tryQuery())
        .as("the question screen is not built yet")
        .isEmpty();
    assertThat(ui.isShown("welcome")).isTrue();
    assertThat(samePixels(welcomeFirst, everyScreen))
        .as("the welcome screen looks the same, pixel for pixel")
        .isTrue();
  }

  @Test
  void aTapRightAfterTheFirstFrameLeadsToATicket() throws Exception {
    ui = KioskUi.openWelcomeFirst(dir, TestConfigs.landscapeJson());

    ui.tap("start");
    assertThat(ui.isShown("question-employer")).isTrue();
    ui.tap("question-employer");
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());

    Ticket ticket = ui.kiosk.waiting().get(0);
    assertThat(ticket.questionCode()).isEqualTo("employer");
    assertThat(ui.text("ticket-number")).isEqualTo(ticket.number());
    assertThat(ui.kiosk.visits()).isEqualTo(1);
  }

  @Test
  void theStaffCornerAnswersFromTheFirstFrame() throws Exception {
    ui = KioskUi.openWelcomeFirst(dir, TestConfigs.landscapeJson());

    for (int i = 0; i < 5; i++) {
      ui.quickTap("staff-corner");
    }

    assertThat(ui.isShown("pin-display")).isTrue();
  }

  private static boolean samePixels(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }
}
