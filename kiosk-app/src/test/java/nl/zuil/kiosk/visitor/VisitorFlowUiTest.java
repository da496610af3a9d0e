package nl.zuil.kiosk.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.zuil.catalogue.Language;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.Situation;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.ticket.TicketLinks;
import nl.zuil.ledger.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A visitor taps through the real screens in a (headless) window. Every question type is tapped
 * once, each in another language, so every language is used too.
 */
class VisitorFlowUiTest {

  static final List<QuestionType> QUESTIONS = KioskFixture.CATALOGUE.questionTypes();
  static final List<Language> LANGUAGES = KioskFixture.CATALOGUE.languages();
  static final List<Situation> SITUATIONS = KioskFixture.CATALOGUE.situations();

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

  static Stream<Arguments> visits() {
    return IntStream.range(0, QUESTIONS.size())
        .mapToObj(
            i ->
                Arguments.of(
                    QUESTIONS.get(i).code(),
                    LANGUAGES.get(i % LANGUAGES.size()).code(),
                    SITUATIONS.get(i % SITUATIONS.size()).code()));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("visits")
  void fromWalkingInToHoldingATicketInThreeTapsOrFewer(
      String question, String language, String situation) throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    QuestionType chosen = KioskFixture.CATALOGUE.questionType(question).orElseThrow();
    int taps = 0;

    ui.tap(language.equals("nl") ? "start" : "welcome-language-" + language);
    taps++;
    assertThat(ui.tileText("question-" + question)).isEqualTo(chosen.labels().in(language));
    ui.tap("question-" + question);
    taps++;
    if (chosen.askSituation()) {
      assertThat(ui.isShown("skip")).as("the situation can be skipped").isTrue();
      ui.tap("situation-" + situation);
      taps++;
    }
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());

    assertThat(taps).isLessThanOrEqualTo(3);
    Ticket ticket = ui.kiosk.waiting().get(0);
    assertThat(ui.kiosk.visits()).isEqualTo(1);
    assertThat(ticket.questionCode()).isEqualTo(question);
    assertThat(ticket.languageCode()).isEqualTo(language);
    assertThat(ticket.situationCode()).isEqualTo(chosen.askSituation() ? situation : null);
    assertThat(ui.text("ticket-number")).isEqualTo(ticket.number());
    assertThat(ui.visibleTexts())
        .contains(
            chosen.labels().in(language), KioskFixture.CATALOGUE.text("ticket.next").in(language));
    String scanned = ui.scanQrOnScreen();
    assertThat(scanned).isEqualTo(chosen.infoUrl(language) + "#" + ticket.reference());
    assertThat(TicketLinks.reference(scanned)).isEqualTo(ticket.reference());
    ui.waitUntil(() -> ui.kiosk.printer.printed().size() == 1);

    ui.tap("done");
    assertThat(ui.isShown("welcome")).isTrue();
    assertThat(ui.isShown("ticket-number")).isFalse();
    assertThat(ui.scene.flow().ticket().numberProperty().get()).isEmpty();
  }

  @Test
  void anArabicVisitorsQrOnScreenOpensTheArabicPage() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());

    ui.tap("welcome-language-ar");
    ui.tap("question-find_work");
    ui.tap("skip");
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());

    Ticket ticket = ui.kiosk.waiting().get(0);
    assertThat(ui.scanQrOnScreen())
        .isEqualTo("https://www.werkcentrum.example/ar/finding-work#" + ticket.reference());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyScreenSpeaksTheChosenLanguage(String language) throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    ui.tap("welcome-language-" + language);

    for (QuestionType question : QUESTIONS) {
      assertThat(ui.tileText("question-" + question.code()))
          .isEqualTo(question.labels().in(language));
    }
    assertThat(ui.visibleTexts())
        .contains(KioskFixture.CATALOGUE.text("question.title").in(language))
        .doesNotContain("question.title");
    ui.tap("question-find_work");
    for (Situation situation : SITUATIONS) {
      assertThat(ui.tileText("situation-" + situation.code()))
          .isEqualTo(situation.labels().in(language));
    }
  }

  static Stream<String> languages() {
    return LANGUAGES.stream().map(Language::code);
  }
}
