package nl.zuil.ledger.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.TicketState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketIssuerTest {

  @TempDir Path dir;
  LedgerFixture fixture;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T09:12:30");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void numbersCountUpThroughTheDayWithTheQuestionsPrefix() {
    assertThat(fixture.issue("find_work").number()).isEqualTo("W-001");
    assertThat(fixture.issue("learning").number()).isEqualTo("L-002");
    assertThat(fixture.issue("money_debt").number()).isEqualTo("G-003");
    assertThat(fixture.issue("other").number()).isEqualTo("A-004");
  }

  @Test
  void numberingStartsAgainTheNextDay() {
    fixture.issue("find_work");
    fixture.issue("find_work");
    fixture.clock.set("2026-11-24T08:30");

    Ticket firstOfTheDay = fixture.issue("find_work");

    assertThat(firstOfTheDay.number()).isEqualTo("W-001");
    assertThat(firstOfTheDay.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void numbersStayUniqueWhenTheClockJumpsBack() {
    fixture.issue("find_work");
    fixture.clock.advanceMinutes(-60);

    assertThat(fixture.issue("find_work").number()).isEqualTo("W-002");
  }

  @Test
  void recordsWhatWasTappedWhereAndWhenAndNothingElse() throws Exception {
    Ticket ticket = fixture.issue("benefit_income", "no_work_no_benefit");

    assertThat(ticket.state()).isEqualTo(TicketState.WAITING);
    assertThat(ticket.issuedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 12, 30));
    assertThat(ticket.questionCode()).isEqualTo("benefit_income");
    assertThat(ticket.situationCode()).isEqualTo("no_work_no_benefit");
    assertThat(ticket.languageCode()).isEqualTo("nl");
    try (Connection c = fixture.rawConnection();
        ResultSet row =
            c.createStatement()
                .executeQuery(
                    "SELECT location_code, kiosk_code, service_date, issued_hour FROM visit")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("hengelo-bibliotheek");
      assertThat(row.getString(2)).isEqualTo("zuil-1");
      assertThat(row.getString(3)).isEqualTo("2026-11-23");
      assertThat(row.getInt(4)).isEqualTo(9);
    }
  }

  @Test
  void aSkippedSituationIsRecordedAsNone() {
    assertThat(fixture.issue("find_work").situationCode()).isNull();
  }

  @Test
  void referencesAreUnguessableCrockfordCodesAndNeverRepeat() {
    Set<String> references = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      references.add(fixture.issue("find_work").reference());
    }

    assertThat(references).hasSize(500).allMatch(r -> TicketReferences.SHAPE.matcher(r).matches());
    assertThat(new TicketReferences().next()).isNotEqualTo(new TicketReferences().next());
  }

  @Test
  void refusesCodesTheCatalogueDoesNotHaveAndRecordsNothing() {
    assertRefused(TicketRequest.of("werk_zoeken", "nl"));
    assertRefused(TicketRequest.of("find_work", "nl").withSituation("pensioner"));
    assertRefused(TicketRequest.of("find_work", "de"));

    assertThat(fixture.ledger.facts().storedVisits()).isZero();
  }

  @Test
  void anIssuedVisitIsAlreadyVisibleToAnotherConnection() throws Exception {
    Ticket ticket = fixture.issue("youth", "student");

    try (Connection other = fixture.rawConnection();
        ResultSet row =
            other
                .createStatement()
                .executeQuery(
                    "SELECT ticket_number FROM visit WHERE reference = '"
                        + ticket.reference()
                        + "'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo(ticket.number());
    }
  }

  private void assertRefused(TicketRequest request) {
    assertThatThrownBy(() -> fixture.ledger.tickets().issue(request))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CODE))
        .hasMessageContaining("not in catalogue voorbeeldregio");
  }

  @Test
  void aSelfServiceVisitIsDoneAtOnceAndNeverWaitsForAGids() throws Exception {
    fixture.issue("find_work");

    Ticket selfService =
        fixture.ledger.tickets().recordSelfService(TicketRequest.of("employer", "ar"));

    assertThat(selfService.state()).isEqualTo(TicketState.DONE);
    assertThat(selfService.outcomeCode()).isEqualTo("self_service");
    assertThat(fixture.ledger.desk().waiting()).extracting(Ticket::number).containsExactly("W-001");
    fixture.close();

    fixture = new LedgerFixture(dir, "2026-11-23T09:30");
    assertThat(fixture.ledger.desk().waiting()).extracting(Ticket::number).containsExactly("W-001");
    assertThat(fixture.ledger.desk().find(selfService.reference()).orElseThrow().outcomeCode())
        .isEqualTo("self_service");
  }

  @Test
  void aGidsCannotRecordTheKiosksOwnSelfServiceOutcome() {
    Ticket ticket = fixture.issue("find_work");
    fixture.ledger.desk().call(ticket.number(), "balie-1");

    assertThatThrownBy(
            () -> fixture.ledger.desk().recordOutcome(ticket.number(), "self_service", null))
        .isInstanceOf(TicketRefusedException.class)
        .hasMessageContaining("kiosk's own");
    assertThat(fixture.ledger.desk().called()).extracting(Ticket::number).containsExactly("W-001");
  }
}
