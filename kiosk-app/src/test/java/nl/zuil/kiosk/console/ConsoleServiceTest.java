package nl.zuil.kiosk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.presence.PresenceEvent;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's one logic, against a real ledger, without any screen. */
class ConsoleServiceTest {

  static final Desk BALIE_1 = new Desk("balie-1", "Balie 1");
  static final Desk BALIE_2 = new Desk("balie-2", "Balie 2");

  @TempDir Path dir;
  KioskFixture kiosk;
  ConsoleService console;
  final List<Announcement> announced = new ArrayList<>();

  @BeforeEach
  void open() {
    kiosk = KioskFixture.direct(dir);
    console = kiosk.console;
    console.onCall(announced::add);
  }

  @AfterEach
  void close() {
    kiosk.close();
  }

  private Ticket issue(String question, String situation) {
    return kiosk.ledger.tickets().issue(TicketRequest.of(question, "nl").withSituation(situation));
  }

  private Board board() {
    return console.board().join();
  }

  /** Everything a gids could change, to compare before and after a refused action. */
  private List<Ticket> ledgerState() {
    List<Ticket> all = new ArrayList<>(kiosk.ledger.desk().waiting());
    all.addAll(kiosk.ledger.desk().called());
    all.addAll(
        kiosk
            .ledger
            .desk()
            .finishedOn(kiosk.clock.instant().atZone(kiosk.clock.getZone()).toLocalDate()));
    return all;
  }

  @Test
  void theQueueShowsNumberQuestionSituationAndWaitingTimeOldestFirst() {
    issue("find_work", "no_work_no_benefit");
    kiosk.clock.advanceMinutes(12);
    issue("money_debt", null);
    kiosk.clock.advanceMinutes(8);

    assertThat(board().waiting())
        .extracting(TicketRow::number, TicketRow::question, TicketRow::situation, TicketRow::when)
        .containsExactly(
            tuple("W-001", "Werk zoeken", "Geen werk en geen uitkering", "wacht 20 min"),
            tuple("G-002", "Geldzorgen en schulden", "", "wacht 8 min"));
    assertThat(board().waiting().get(0).icon()).isEqualTo("briefcase");
  }

  @Test
  void aTicketFromYesterdayStaysOnTopWithItsDateUntilAGidsClosesIt() {
    kiosk.clock.set("2026-11-22T16:40");
    Ticket yesterday = issue("learning", null);
    kiosk.clock.set("2026-11-23T09:30");
    issue("find_work", null);

    List<TicketRow> waiting = board().waiting();
    assertThat(waiting.get(0).number()).isEqualTo("L-001");
    assertThat(waiting.get(0).when()).isEqualTo("gisteren 16:40");
    assertThat(waiting.get(0).earlierDay()).isTrue();
    assertThat(waiting.get(1).when()).isEqualTo("net binnen");
    assertThat(waiting.get(1).earlierDay()).isFalse();

    console.call(yesterday.reference(), BALIE_1).join();
    ConsoleAnswer closed = console.finish(yesterday.reference(), "left", null).join();

    assertThat(closed.message()).isEqualTo("L-001 is afgerond: Weggegaan zonder hulp.");
    assertThat(board().waiting()).extracting(TicketRow::number).containsExactly("W-001");
    assertThat(board().counts())
        .as("yesterday's ticket counts for yesterday")
        .isEqualTo("Vandaag: 1 bezoekers · 1 wachtend · 0 opgeroepen · 0 afgerond");
  }

  @Test
  void callNextCallsTheLongestWaitingAndAnnouncesItsNumberAndDesk() {
    issue("find_work", null);
    issue("learning", null);

    ConsoleAnswer answer = console.callNext(BALIE_1).join();

    assertThat(answer.done()).isTrue();
    assertThat(answer.message()).isEqualTo("W-001 is opgeroepen naar Balie 1.");
    assertThat(answer.ticket().number()).isEqualTo("W-001");
    assertThat(announced)
        .extracting(Announcement::number, Announcement::desk)
        .containsExactly(tuple("W-001", "Balie 1"));
    assertThat(board().called())
        .extracting(TicketRow::number, TicketRow::desk)
        .containsExactly(tuple("W-001", "Balie 1"));
    assertThat(board().waiting()).extracting(TicketRow::number).containsExactly("L-002");
  }

  @Test
  void callNextWithNobodyWaitingSaysSo() {
    ConsoleAnswer answer = console.callNext(BALIE_1).join();

    assertThat(answer.done()).isFalse();
    assertThat(answer.message()).isEqualTo("Er wacht niemand.");
    assertThat(announced).isEmpty();
  }

  @Test
  void aScannedQrLinkCallsItsTicket() {
    issue("find_work", null);
    Ticket scanned = issue("find_work", null);

    ConsoleAnswer answer =
        console
            .call(
                "https://www.werkcentrum.example/vraag/werk-zoeken#" + scanned.reference(), BALIE_1)
            .join();

    assertThat(answer.done()).isTrue();
    assertThat(answer.ticket().number()).isEqualTo("W-002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"w2", "W-002", "W 2", "w002"})
  void aTypedNumberInAnyCommonFormCallsIt(String typed) {
    issue("find_work", null);
    issue("find_work", null);

    assertThat(console.call(typed, BALIE_1).join().ticket().number()).isEqualTo("W-002");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "mevrouw De Vries, 06 12345678",
        "W-099",
        "ZZZZZZZZZZ",
        "https://www.werkcentrum.example/vraag/werk-zoeken#",
        "https://www.werkcentrum.example/vraag/werk-zoeken#NOTAREF"
      })
  void anythingThatIsNotAWaitingTicketIsRefusedPlainlyAndChangesNothing(String typed) {
    issue("find_work", null);
    List<Ticket> before = ledgerState();

    ConsoleAnswer answer = console.call(typed, BALIE_1).join();

    assertThat(answer.done()).isFalse();
    assertThat(answer.message())
        .isEqualTo("Dit ticket bestaat niet. Controleer het nummer. Er is niets veranderd.");
    assertThat(ledgerState()).isEqualTo(before);
    assertThat(announced).isEmpty();
  }

  @Test
  void theSecondGidsToCallATicketIsToldWhoHasItAndNothingChanges() {
    Ticket ticket = issue("find_work", null);
    console.call(ticket.reference(), BALIE_1).join();
    List<Ticket> before = ledgerState();

    ConsoleAnswer second = console.call(ticket.reference(), BALIE_2).join();

    assertThat(second.done()).isFalse();
    assertThat(second.message())
        .isEqualTo("W-001 is al opgeroepen bij Balie 1. Er is niets veranderd.");
    assertThat(ledgerState()).isEqualTo(before);
    assertThat(announced).hasSize(1);
  }

  @Test
  void aReferralIsRecordedWithItsPartnerAndCounted() {
    Ticket ticket = issue("find_work", "benefit");
    console.call(ticket.reference(), BALIE_1).join();

    ConsoleAnswer answer = console.finish(ticket.reference(), "referred", "uwv").join();

    assertThat(answer.message())
        .isEqualTo("W-001 is afgerond: Doorverwezen (warme overdracht) – UWV.");
    Ticket stored = kiosk.ledger.desk().find(ticket.reference()).orElseThrow();
    assertThat(stored.outcomeCode()).isEqualTo("referred");
    assertThat(stored.partnerCode()).isEqualTo("uwv");
    Board board = board();
    assertThat(board.called()).isEmpty();
    assertThat(board.referrals())
        .extracting(TicketRow::number, TicketRow::confirmed)
        .containsExactly(tuple("W-001", false));
    assertThat(board.counts())
        .isEqualTo("Vandaag: 1 bezoekers · 0 wachtend · 0 opgeroepen · 1 afgerond");
    assertThat(board.confirmedCounts())
        .isEqualTo(
            "Vraag beantwoord 0 · Doorverwezen (warme overdracht) 1 · Afspraak gemaakt 0 ·"
                + " Weggegaan zonder hulp 0 · Doorverwijzing gelukt: 0 van 1");
  }

  @Test
  void aReferralWithoutAPartnerIsRefusedAndTheTicketStaysCalled() {
    Ticket ticket = issue("find_work", null);
    console.call(ticket.reference(), BALIE_1).join();

    ConsoleAnswer answer = console.finish(ticket.reference(), "referred", null).join();

    assertThat(answer.done()).isFalse();
    assertThat(answer.message()).isEqualTo("Kies eerst een partner.");
    assertThat(kiosk.ledger.desk().find(ticket.reference()).orElseThrow().state())
        .isEqualTo(TicketState.CALLED);
  }

  @Test
  void aSecondOutcomeForAFinishedTicketIsRefusedAndTheFirstStands() {
    Ticket ticket = issue("find_work", null);
    console.call(ticket.reference(), BALIE_1).join();
    console.finish(ticket.reference(), "answered", null).join();
    List<Ticket> before = ledgerState();

    ConsoleAnswer replay = console.finish(ticket.reference(), "left", null).join();

    assertThat(replay.done()).isFalse();
    assertThat(replay.message())
        .isEqualTo("Voor W-001 is al vastgelegd wat er gebeurde. Er is niets veranderd.");
    assertThat(ledgerState()).isEqualTo(before);
  }

  @Test
  void callingAgainAnnouncesOnceMoreWithoutChangingTheLedger() {
    Ticket ticket = issue("find_work", null);
    console.call(ticket.reference(), BALIE_1).join();
    List<Ticket> before = ledgerState();

    ConsoleAnswer again = console.recall(ticket.reference()).join();

    assertThat(again.message()).isEqualTo("W-001 is opnieuw omgeroepen.");
    assertThat(announced).extracting(Announcement::number).containsExactly("W-001", "W-001");
    assertThat(announced.get(1).sequence()).isGreaterThan(announced.get(0).sequence());
    assertThat(ledgerState()).isEqualTo(before);
  }

  @Test
  void putBackReturnsTheTicketToItsOldPlace() {
    Ticket first = issue("find_work", null);
    issue("learning", null);
    console.call(first.reference(), BALIE_1).join();

    ConsoleAnswer answer = console.undo(first.reference()).join();

    assertThat(answer.message()).isEqualTo("W-001 staat weer in de rij, op de oude plek.");
    assertThat(board().waiting()).extracting(TicketRow::number).containsExactly("W-001", "L-002");
    assertThat(board().called()).isEmpty();
  }

  @Test
  void aReferralIsConfirmedOnceAndCountedAsSucceeded() {
    Ticket ticket = issue("learning", null);
    console.call(ticket.reference(), BALIE_1).join();
    console.finish(ticket.reference(), "appointment", "learn_work_desk").join();

    ConsoleAnswer confirmed = console.confirmReferral(ticket.reference()).join();
    ConsoleAnswer again = console.confirmReferral(ticket.reference()).join();

    assertThat(confirmed.message()).isEqualTo("De doorverwijzing van L-001 is gelukt.");
    assertThat(again.done()).isFalse();
    assertThat(again.message()).isEqualTo("De doorverwijzing van L-001 stond al op gelukt.");
    assertThat(board().referrals().get(0).confirmed()).isTrue();
    assertThat(board().confirmedCounts()).endsWith("Doorverwijzing gelukt: 1 van 1");
  }

  @Test
  void theBoardSaysWhenThePaperIsNearlyOutOrOut() {
    assertThat(board().printer())
        .isEqualTo(new PrinterLine("Printer: klaar", PrinterLine.Level.OK));

    kiosk.printer.paperOut();

    assertThat(board().printer().level()).isEqualTo(PrinterLine.Level.FAULT);
    assertThat(board().printer().text()).isEqualTo("Printer: papier is op");
    assertThat(board().sync()).as("no sync agent configured").isNull();
  }

  @Test
  void everyListenerSeesTheSameBoardAfterEachChange() {
    List<Board> seen = new ArrayList<>();
    console.onBoard(seen::add);
    Ticket ticket = issue("find_work", null);
    console.changed();
    console.call(ticket.reference(), BALIE_1).join();

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).waiting()).extracting(TicketRow::number).containsExactly("W-001");
    assertThat(seen.get(1).called()).extracting(TicketRow::number).containsExactly("W-001");
    assertThat(console.latest()).isEqualTo(seen.get(1));
  }

  @Test
  void noGidsTodayIsRecordedAndSendsVisitorsToTheNextStep() {
    assertThat(kiosk.presence.queueOpen()).isTrue();

    ConsoleAnswer answer = console.presence(PresenceOverride.Kind.ABSENT).join();

    assertThat(answer.done()).isTrue();
    assertThat(answer.message())
        .isEqualTo("Vastgelegd: er is vandaag geen gids meer. Bezoekers krijgen de volgende stap.");
    assertThat(kiosk.ledger.presence().today())
        .map(PresenceEvent::kind)
        .contains(PresenceEvent.Kind.OVERRIDE_ABSENT);
    assertThat(kiosk.presence.queueOpen()).isFalse();
    assertThat(console.presenceLine())
        .isEqualTo(
            "Geen gids meer vandaag: ingesteld om 09:30. Bezoekers krijgen de volgende stap in"
                + " plaats van een nummer.");
  }

  @Test
  void gidsPresentOpensTheQueueOnADayWithoutRosteredGids() {
    kiosk.clock.set("2026-11-25T10:00");
    assertThat(console.presenceLine())
        .isEqualTo(
            "Geen gids volgens het rooster. Bezoekers krijgen de volgende stap in plaats van een"
                + " nummer. Volgende gids: morgen 09:00.");

    console.presence(PresenceOverride.Kind.PRESENT).join();

    assertThat(kiosk.presence.queueOpen()).isTrue();
    assertThat(console.presenceLine())
        .isEqualTo("Er is een gids: ingesteld om 10:00, tot het einde van de dag.");
  }

  @Test
  void eachPartnerShowsHowToReachItAndWhetherThatIsOpenNow() {
    Partner uwv = KioskFixture.CATALOGUE.partner("uwv").orElseThrow();
    Partner learnWork = KioskFixture.CATALOGUE.partner("learn_work_desk").orElseThrow();

    assertThat(console.handoffLine(uwv)).isEqualTo("Bel 088 000 20 01 · open tot 17:00");
    assertThat(console.handoffLine(learnWork)).startsWith("Balie hier · ");

    kiosk.clock.set("2026-11-23T18:00");
    assertThat(console.handoffLine(uwv))
        .isEqualTo("Bel 088 000 20 01 · gesloten, weer open morgen 08:00");
  }

  @Test
  void aNewCatalogueBringsItsPartnersToTheConsoleWithoutARestart() throws Exception {
    String json =
        CatalogueLoader.defaultJson()
            .replace("\"version\": 1,", "\"version\": 2,")
            .replace(
                "\"partners\": [",
                "\"partners\": [ { \"code\": \"banenhuis\", \"labels\": { \"nl\": \"Banenhuis\","
                    + " \"en\": \"Job house\" }, \"takes\": { \"questionTypes\": [\"find_work\"],"
                    + " \"situations\": [\"no_work_no_benefit\"] } },");
    Catalogue next = CatalogueLoader.parse(json, "catalogue v2");
    assertThat(console.partnersFor("find_work", "no_work_no_benefit"))
        .extracting(Partner::code)
        .doesNotContain("banenhuis");

    console.useCatalogue(next);

    assertThat(console.catalogue().version()).isEqualTo(2);
    assertThat(console.partnersFor("find_work", "no_work_no_benefit"))
        .extracting(Partner::code)
        .contains("banenhuis");
    assertThat(board().partnerRoutes()).containsKey("banenhuis");
  }
}
