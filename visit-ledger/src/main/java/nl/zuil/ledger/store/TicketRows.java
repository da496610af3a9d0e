package nl.zuil.ledger.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.zuil.catalogue.Codes;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;

/** Reads {@link Ticket}s from visit rows; the one mapping between the table and the record. */
public final class TicketRows {

  /** Stands for "none" in code columns: key columns are NOT NULL so upserts conflict properly. */
  public static final String COLUMNS =
      "reference, ticket_number, service_date, issued_at_ms, question_code, situation_code,"
          + " language_code, state, called_at_ms, desk_code, outcome_code, partner_code,"
          + " referral_confirmed, handed_on";

  private TicketRows() {}

  public static Ticket read(ResultSet row, ZoneId zone) throws SQLException {
    long calledAt = row.getLong("called_at_ms");
    boolean called = !row.wasNull();
    return new Ticket(
        row.getString("reference"),
        row.getString("ticket_number"),
        LocalDate.parse(row.getString("service_date")),
        local(row.getLong("issued_at_ms"), zone),
        row.getString("question_code"),
        orNull(row.getString("situation_code")),
        row.getString("language_code"),
        TicketState.fromColumn(row.getString("state")),
        called ? local(calledAt, zone) : null,
        row.getString("desk_code"),
        orNull(row.getString("outcome_code")),
        orNull(row.getString("partner_code")),
        row.getInt("referral_confirmed") == 1,
        row.getInt("handed_on") == 1);
  }

  public static String orNone(String code) {
    return code == null ? Codes.NONE : code;
  }

  private static String orNull(String code) {
    return Codes.NONE.equals(code) ? null : code;
  }

  private static LocalDateTime local(long epochMillis, ZoneId zone) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
  }
}
