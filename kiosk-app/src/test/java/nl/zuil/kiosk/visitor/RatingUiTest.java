package nl.zuil.kiosk.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.Ratings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Hoe was het?" tapped on the real screens in a (headless) window (decision 0309). */
class RatingUiTest {

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

  @Test
  void aTappedFaceIsKeptWithTheVisitAndASecondTapReplacesIt() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    ui.tap("welcome-language-pl");
    ui.tap("question-employer");
    ui.waitUntil(() -> ui.isShown("ticket-face-good"));
    assertThat(ui.node("ticket-face-good").getAccessibleText()).isEqualTo("Dobrze");
    assertThat(ui.node("ticket-face-ok").getAccessibleText()).isEqualTo("Tak sobie");
    assertThat(ui.node("ticket-face-bad").getAccessibleText()).isEqualTo("Źle");

    ui.tap("ticket-face-ok");
    assertThat(ui.visibleTexts())
        .contains(KioskFixture.CATALOGUE.text("rating.thanks").in("pl"))
        .doesNotContain(ui.scene.flow().ticket().numberProperty().get());
    ui.waitUntil(() -> tapsCounted().equals(new Ratings(0, 1, 0)));

    ui.tap("rated-face-bad");
    ui.waitUntil(() -> tapsCounted().equals(new Ratings(0, 0, 1)));
    assertThat(ui.kiosk.visits()).isEqualTo(1);

    ui.letTimePass(ui.kiosk.config.idle().countdown().plus(Duration.ofSeconds(1)));
    ui.waitUntil(() -> ui.isShown("welcome"));
    assertThat(tapsCounted()).isEqualTo(new Ratings(0, 0, 1));
  }

  /** The taps as the buckets count them, as they leave the kiosk. */
  private Ratings tapsCounted() {
    ui.kiosk.ledger.aggregator().refresh();
    LocalDate day = LocalDate.now(ui.kiosk.clock);
    return ui.kiosk.ledger.buckets().between(day, day).stream()
        .map(Bucket::ratings)
        .reduce(
            Ratings.NONE,
            (a, b) -> new Ratings(a.good() + b.good(), a.ok() + b.ok(), a.bad() + b.bad()));
  }
}
