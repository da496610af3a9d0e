package nl.zuil.kiosk.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.RecordingNarration.Said;
import nl.zuil.kiosk.testing.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Luister" is on every visitor screen and reads that screen, in the visitor's language. */
class ListenUiTest {

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

  /** In Arabic: the screen mirrored, and a voice other than the Dutch one. */
  @Test
  void luisterOnEachScreenAsksForThatScreensTextInTheVisitorsLanguage() throws Exception {
    String language = "ar";
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    VisitorFlowViewModel flow = ui.scene.flow();

    assertThat(ui.text("listen")).isEqualTo("Luister");
    listenOn(Screen.WELCOME, "nl", "Tik om te beginnen");

    ui.tap("welcome-language-" + language);
    listenOn(Screen.QUESTION, language, flow.questions().get(0).labels().in(language));

    ui.tap("question-find_work");
    listenOn(Screen.SITUATION, language, flow.situations().get(0).labels().in(language));

    ui.tap("skip");
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());
    listenOn(Screen.TICKET, language, ui.text("ticket-number").substring(0, 1));

    ui.tap("done");
    ui.kiosk.clock.set("2026-11-25T10:00");
    ui.tap("welcome-language-" + language);
    ui.tap("question-employer");
    ui.waitUntil(() -> ui.isShown("next-step"));
    listenOn(Screen.NEXT_STEP, language, "088 000 56 78");
  }

  private void listenOn(Screen screen, String language, String shownText) throws Exception {
    VisitorFlowViewModel flow = ui.scene.flow();
    assertThat(flow.screenProperty().get()).isEqualTo(screen);
    int before = ui.kiosk.narration.said().size();

    ui.tap("listen");

    List<Said> said = ui.kiosk.narration.said();
    assertThat(said).hasSize(before + 1);
    Said last = said.get(said.size() - 1);
    assertThat(last.language()).as("on the %s screen", screen).isEqualTo(language);
    assertThat(last.text()).as("on the %s screen", screen).isEqualTo(flow.spokenText());
    assertThat(ui.visibleTexts()).anyMatch(t -> t.contains(shownText));
    assertThat(last.text()).as("what the %s screen shows", screen).contains(shownText);
  }
}
