package nl.zuil.kiosk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketElement;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gids console in the kiosk's staff layer, tapped and typed in through TestFX in a headless
 * window, and the call banner over the visitor screen.
 */
class ConsoleUiTest {

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

  private Ticket visitorTakesATicket(String question, String situation) throws Exception {
    ui.tap("start");
    ui.tap("question-" + question);
    if (situation != null) {
      ui.tap("situation-" + situation);
    } else if (ui.isShown("skip")) {
      ui.tap("skip");
    }
    ui.waitUntil(() -> !ui.textIfShown("ticket-number").isEmpty());
    String number = ui.text("ticket-number");
    return ui.kiosk.waiting().stream()
        .filter(t -> t.number().equals(number))
        .findFirst()
        .orElseThrow();
  }

  private void openConsole() throws Exception {
    for (int i = 0; i < 5; i++) {
      ui.quickTap("staff-corner");
    }
    for (char digit : TestConfigs.PIN.toCharArray()) {
      ui.quickTap("pin-" + digit);
    }
    ui.quickTap("pin-open");
    ui.waitUntil(() -> ui.isShown("staff-console"));
    assertThat(ui.visibleTexts()).contains("Gidsconsole in de browser: niet ingesteld");
    var screen = ui.kiosk.config.screen();
    Fx.screenshot(ui.root().getScene(), "staff-menu-" + screen.widthPx() + "x" + screen.heightPx());
    ui.tap("staff-console");
    ui.waitUntil(() -> ui.isShown("console-call-next"));
  }

  private String typed() {
    return ((TextField) ui.shown("console-number")).getText();
  }

  private Ticket stored(Ticket ticket) {
    return ui.kiosk.ledger.desk().find(ticket.reference()).orElseThrow();
  }

  @Test
  void aGidsAtTheKioskScansATicketAndRecordsAReferralInTwoTaps() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    visitorTakesATicket("money_debt", null);
    Ticket ticket = visitorTakesATicketAfterDone("find_work", "no_work_no_benefit");
    String link = ui.scanQrOnScreen();
    openConsole();
    ui.waitUntil(() -> ui.isShown("waiting-" + ticket.reference()));

    // The number field has the focus: a keyboard-wedge scanner types the QR link and Enter.
    ui.robot.write(link);
    assertThat(typed()).isEqualTo(link);
    ui.robot.type(KeyCode.ENTER);
    ui.waitUntil(() -> ui.textIfShown("console-current-number").equals("W-002"));

    assertThat(ui.text("console-message")).isEqualTo("W-002 is opgeroepen naar Balie 1.");
    assertThat(ui.text("console-current-question")).isEqualTo("Werk zoeken");
    assertThat(stored(ticket).state()).isEqualTo(TicketState.CALLED);
    assertThat(typed()).isEmpty();
    Fx.screenshot(ui.root().getScene(), "console-called-1920x1080");

    ui.tap("outcome-referred");
    assertThat(ui.text("console-partner-question"))
        .isEqualTo("Doorverwezen (warme overdracht): Naar welke partner?");
    Fx.screenshot(ui.root().getScene(), "console-partner-1920x1080");
    ui.tap("partner-uwv");
    ui.waitUntil(() -> ui.isShown("confirm-" + ticket.reference()));
    assertThat(ids(ui.root().getScene().getRoot()))
        .as("JavaFX keeps the CSS of every distinct id: one per ticket would grow the heap")
        .noneMatch(id -> id.contains(ticket.reference()));

    assertThat(stored(ticket).outcomeCode()).isEqualTo("referred");
    assertThat(stored(ticket).partnerCode()).isEqualTo("uwv");
    assertThat(ui.text("console-message"))
        .isEqualTo("W-002 is afgerond: Doorverwezen (warme overdracht) – UWV.");

    ui.tap("confirm-" + ticket.reference());
    ui.waitUntil(() -> stored(ticket).referralConfirmed());
    ui.tap("console-back");
    assertThat(ui.isShown("staff-exit")).isTrue();
  }

  @Test
  void aPhoneCallIsRecordedInThreeTapsAsAContactNotAVisit() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    openConsole();

    ui.tap("contact-open");
    ui.tap("contact-channel-phone");
    ui.tap("contact-question-money_debt");
    Fx.screenshot(ui.root().getScene(), "console-contact-1920x1080");
    ui.tap("contact-outcome-answered");
    ui.waitUntil(() -> ui.textIfShown("console-message").startsWith("Vastgelegd"));

    assertThat(ui.text("console-message"))
        .isEqualTo("Vastgelegd: Telefoon, Vraag beantwoord. Telt als contact, niet als bezoek.");
    assertThat(ui.kiosk.ledger.buckets().changedSince(0, 10))
        .singleElement()
        .satisfies(
            bucket -> {
              assertThat(bucket.key().channelCode()).isEqualTo("phone");
              assertThat(bucket.key().questionCode()).isEqualTo("money_debt");
              assertThat(bucket.visits()).as("contacts").isEqualTo(1);
            });
    assertThat(ui.kiosk.ledger.desk().waiting()).isEmpty();
    assertThat(ui.isShown("contact-open")).isTrue();
  }

  @Test
  void tappingAWaitingTicketCallsItAndWeggegaanClosesItOnceConfirmed() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.portraitJson());
    Ticket ticket = visitorTakesATicket("learning", null);
    ui.tap("done");
    openConsole();

    ui.tap("waiting-" + ticket.reference());
    ui.waitUntil(() -> ui.textIfShown("console-current-number").equals("L-001"));
    Fx.screenshot(ui.root().getScene(), "console-called-1080x1920");
    ui.tap("outcome-left");
    ui.waitUntil(() -> ui.isShown("console-confirm-question"));
    assertThat(ui.textIfShown("console-confirm-question"))
        .isEqualTo(
            "L-001: Weggegaan zonder hulp? Kies dit alleen als de bezoeker echt is weggegaan"
                + " zonder hulp.");
    assertThat(stored(ticket).state()).isEqualTo(TicketState.CALLED);
    ui.tap("console-confirm-yes");
    ui.waitUntil(() -> stored(ticket).state() == TicketState.DONE);

    assertThat(stored(ticket).outcomeCode()).isEqualTo("left");
    assertThat(ui.isShown("console-current-none")).isTrue();

    ui.tap("correct-" + ticket.reference());
    ui.waitUntil(
        () ->
            ui.textIfShown("console-outcome-question")
                .equals("L-001 staat op: Weggegaan zonder hulp. Wat is er echt gebeurd?"));
    ui.tap("outcome-answered");
    ui.waitUntil(() -> "answered".equals(stored(ticket).outcomeCode()));
    assertThat(ui.textIfShown("console-message"))
        .isEqualTo("L-001 is gewijzigd: Vraag beantwoord.");
  }

  @Test
  void aVisitorWithWorkAndDebtQuestionsCountsOneVisitTwoQuestions() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    Ticket ticket = visitorTakesATicket("find_work", "benefit");
    ui.tap("done");
    openConsole();
    ui.tap("waiting-" + ticket.reference());
    ui.waitUntil(() -> ui.textIfShown("console-current-number").equals("W-001"));
    ui.tap("outcome-answered");
    ui.waitUntil(() -> ui.isShown("console-another-question"));

    assertThat(ui.text("console-another-question")).isEqualTo("Nog een vraag · W-001");
    ui.tap("console-another-question");
    assertThat(ui.text("console-another-which"))
        .isEqualTo("Waar gaat de volgende vraag van W-001 over?");
    Fx.screenshot(ui.root().getScene(), "console-another-question-1920x1080");
    ui.tap("another-q-money_debt");
    assertThat(ui.text("console-further-question"))
        .isEqualTo("Nog een vraag: Geldzorgen en schulden");
    assertThat(ui.isShown("console-undo")).as("a finished visit is not put back").isFalse();
    ui.tap("outcome-referred");
    ui.tap("partner-municipality_debt_help");
    ui.waitUntil(() -> ui.textIfShown("console-message").startsWith("W-001: vraag 2"));

    assertThat(ui.text("console-message"))
        .isEqualTo("W-001: vraag 2 is vastgelegd. Het blijft één bezoek.");
    assertThat(ui.isShown("console-current-none")).isTrue();
    assertThat(ui.kiosk.ledger.desk().questionsOf(ticket.reference())).isEqualTo(2);
    ui.kiosk.ledger.aggregator().refresh();
    var buckets = ui.kiosk.ledger.buckets().between(ticket.serviceDate(), ticket.serviceDate());
    assertThat(buckets.stream().mapToInt(b -> b.visits()).sum()).isEqualTo(1);
    assertThat(buckets.stream().mapToInt(b -> b.questions()).sum()).isEqualTo(2);
  }

  @Test
  void aCallShowsOverTheVisitorScreenWithoutInterruptingTheVisitor() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.landscapeJson());
    visitorTakesATicket("find_work", null);
    ui.tap("done");
    ui.tap("start");

    // A gids calls from the web console (or another kiosk face) while the next visitor chooses.
    ui.kiosk.console.callNext(ui.kiosk.config.desk()).join();
    ui.waitUntil(() -> ui.isShown("call-banner"));

    assertThat(ui.text("call-banner-text")).isEqualTo("W-001 \u2013 Balie 1");
    assertThat(ui.scene.flow().screenProperty().get()).isEqualTo(Screen.QUESTION);
    Fx.screenshot(ui.root().getScene(), "call-banner-1920x1080");
    ui.tap("question-learning");
    assertThat(ui.scene.flow().screenProperty().get())
        .as("the visitor's tap still counts")
        .isEqualTo(Screen.SITUATION);

    ui.letTimePass(Duration.ofSeconds(21));
    assertThat(ui.isShown("call-banner")).isFalse();
  }

  private Ticket visitorTakesATicketAfterDone(String question, String situation) throws Exception {
    ui.tap("done");
    return visitorTakesATicket(question, situation);
  }

  private static List<String> ids(Node node) {
    List<String> ids = new ArrayList<>();
    if (node.getId() != null) {
      ids.add(node.getId());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        ids.addAll(ids(child));
      }
    }
    return ids;
  }

  /** Six visitors in six languages, waiting while the gids is about to leave. */
  private List<Ticket> sixWaiting() {
    String[][] visitors = {
      {"find_work", "nl"}, {"learning", "ar"}, {"money_debt", "uk"},
      {"find_work", "pl"}, {"youth", "tr"}, {"benefit_income", "en"}
    };
    List<Ticket> tickets = new ArrayList<>();
    for (String[] visitor : visitors) {
      tickets.add(ui.kiosk.ledger.tickets().issue(TicketRequest.of(visitor[0], visitor[1])));
    }
    ui.kiosk.console.changed();
    return tickets;
  }

  @Test
  void leavingWithSixWaitingAsksAndEachGetsTheNextStepOnTheDisplayAndOnPaper() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.portraitJson());
    List<Ticket> waiting = sixWaiting();
    openConsole();
    ui.waitUntil(() -> ui.kiosk.console.latest().waiting().size() == 6);

    ui.tap("presence-absent");
    ui.waitUntil(() -> ui.isShown("console-absent-question"));
    assertThat(ui.text("console-absent-question"))
        .isEqualTo("Er wachten nog 6 bezoekers. Wat gebeurt er met hen?");
    assertThat(ui.kiosk.ledger.presence().today()).as("nothing recorded yet").isEmpty();
    ui.tap("presence-next-step");
    ui.waitUntil(() -> ui.kiosk.printer.printed().size() == 6);

    ui.waitUntil(
        () ->
            ui.textIfShown("console-message")
                .equals(
                    "Vastgelegd: geen gids meer vandaag. De 6 wachtenden krijgen de volgende stap"
                        + " op het scherm en op een bon."));
    assertThat(ui.kiosk.ledger.desk().waiting()).as("nobody keeps a number").isEmpty();
    assertThat(ui.kiosk.console.latest().sentToNextStep())
        .as("the numbers the waiting-room display lists")
        .containsExactlyElementsOf(waiting.stream().map(Ticket::number).toList());
    assertThat(slipText(ui.kiosk.printer.printed().get(1)))
        .as("the second visitor chose Arabic")
        .containsPattern("[\\u0600-\\u06FF]");
    assertThat(ui.kiosk.presence.queueOpen()).isFalse();
    assertThat(ui.isShown("console-absent-question")).isFalse();
  }

  @Test
  void leavingWithSixWaitingCanLetThemStillBeServed() throws Exception {
    ui = KioskUi.open(dir, TestConfigs.portraitJson());
    sixWaiting();
    openConsole();
    ui.waitUntil(() -> ui.kiosk.console.latest().waiting().size() == 6);

    ui.tap("presence-absent");
    ui.waitUntil(() -> ui.isShown("console-absent-question"));
    ui.tap("presence-serve");

    ui.waitUntil(
        () ->
            ui.textIfShown("console-message")
                .equals(
                    "Vastgelegd: geen gids meer vandaag. Nieuwe bezoekers krijgen de volgende"
                        + " stap; de 6 wachtenden worden nog geholpen."));
    assertThat(ui.kiosk.ledger.desk().waiting()).hasSize(6);
    assertThat(ui.kiosk.printer.printed()).isEmpty();
    assertThat(ui.kiosk.presence.queueOpen()).as("new visitors get the next step").isFalse();
  }

  private static String slipText(TicketDocument document) {
    StringBuilder text = new StringBuilder();
    document.elements().stream()
        .filter(TicketElement.Text.class::isInstance)
        .forEach(e -> text.append(((TicketElement.Text) e).text()).append('\n'));
    return text.toString();
  }
}
