package nl.zuil.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.zuil.ledger.contact.ContactRequest;
import nl.zuil.ledger.presence.PresenceEvent;
import nl.zuil.regionapi.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous by construction: the schema itself cannot hold personal data. A new text column fails
 * here until it is on the allow-list, and it only gets there with a CHECK that keeps free text out.
 */
class LedgerSchemaPrivacyTest {

  /** Every column allowed to hold text: each holds a code, a date or a fixed word. */
  private static final Set<String> CODE_COLUMNS =
      Set.of(
          "visit.reference",
          "visit.location_code",
          "visit.kiosk_code",
          "visit.service_date",
          "visit.ticket_number",
          "visit.question_code",
          "visit.situation_code",
          "visit.language_code",
          "visit.state",
          "visit.desk_code",
          "visit.outcome_code",
          "visit.partner_code",
          "visit.rating",
          "slot.location_code",
          "slot.service_date",
          "bucket.location_code",
          "bucket.service_date",
          "bucket.question_code",
          "bucket.situation_code",
          "bucket.outcome_code",
          "bucket.partner_code",
          "bucket_duration.measure",
          "ledger_meta.name",
          "presence_event.location_code",
          "presence_event.kiosk_code",
          "presence_event.service_date",
          "presence_event.local_time",
          "presence_event.kind",
          "referral_slip.iso_week",
          "referral_slip.partner_code",
          "referral_slip.question_code",
          "visit_question.question_code",
          "visit_question.situation_code",
          "visit_question.outcome_code",
          "visit_question.partner_code",
          "contact_bucket.location_code",
          "contact_bucket.service_date",
          "contact_bucket.channel_code",
          "contact_bucket.question_code",
          "contact_bucket.situation_code",
          "contact_bucket.outcome_code",
          "contact_bucket.partner_code");

  private static final List<String> FREE_TEXT =
      List.of(
          "Jan de Vries",
          "06-12345678",
          "tel-0612345678",
          "0612345678",
          "bsn_123456789",
          "jan@example.nl",
          "wil graag bellen over zijn schulden",
          "a".repeat(41));

  @TempDir Path dir;
  LedgerFixture fixture;

  @BeforeEach
  void fillEveryTable() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T10:00");
    Ticket ticket = fixture.issue("money_debt", "benefit");
    fixture.ledger.desk().call(ticket.number(), "balie-1");
    fixture.clock.advanceMinutes(5);
    fixture.ledger.desk().recordOutcome(ticket.number(), "referred", "municipality_debt_help");
    fixture.ledger.desk().addQuestion(ticket.number(), "find_work", "benefit", "referred", "uwv");
    fixture.ledger.aggregator().refresh();
    fixture.ledger.presence().record(PresenceEvent.Kind.OVERRIDE_ABSENT);
    fixture
        .ledger
        .slips()
        .count(LocalDate.parse("2026-11-23"), "municipality_debt_help", "money_debt");
    fixture
        .ledger
        .contacts()
        .record(ContactRequest.single(Channel.PHONE, "money_debt", "benefit", "answered"));
    fixture.close();
  }

  @Test
  void everyTextColumnIsAnAllowListedCodeColumn() throws SQLException {
    List<String> textColumns = new ArrayList<>();
    try (Connection c = fixture.rawConnection()) {
      for (String table : tables(c)) {
        try (ResultSet columns =
            c.createStatement().executeQuery("PRAGMA table_xinfo(" + table + ")")) {
          while (columns.next()) {
            String type = columns.getString("type").toUpperCase(Locale.ROOT);
            if (!type.equals("INTEGER")) {
              textColumns.add(table + "." + columns.getString("name"));
            }
          }
        }
      }
    }

    assertThat(textColumns).as("columns that are not INTEGER").isSubsetOf(CODE_COLUMNS);
    assertThat(textColumns).as("allow-list entries that still exist").containsAll(CODE_COLUMNS);
  }

  @Test
  void noCodeColumnAcceptsANameANumberOrASentence() throws SQLException {
    try (Connection c = fixture.rawConnection()) {
      for (String column : CODE_COLUMNS) {
        String table = column.substring(0, column.indexOf('.'));
        String name = column.substring(column.indexOf('.') + 1);
        for (String text : FREE_TEXT) {
          Throwable refusal =
              catchThrowable(
                  () -> {
                    try (Statement statement = c.createStatement()) {
                      statement.executeUpdate(
                          "UPDATE " + table + " SET " + name + " = '" + text + "'");
                    }
                  });
          assertThat(refusal)
              .as("%s accepting '%s'", column, text)
              .isInstanceOf(SQLException.class)
              .hasMessageContaining("CONSTRAINT");
        }
      }
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        c.createStatement()
            .executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }
}
