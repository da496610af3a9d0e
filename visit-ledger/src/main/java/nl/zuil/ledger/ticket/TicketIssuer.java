package nl.zuil.ledger.ticket;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.aggregate.DirtySlots;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.ledger.store.TicketRows;

/**
 * Records a visit and hands out its ticket. When {@link #issue} returns, the visit is committed to
 * disk ({@code synchronous=FULL}): the screen may show the number, and a power cut cannot take the
 * visit back.
 */
public final class TicketIssuer {

  private static final String INSERT =
      "INSERT INTO visit (reference, location_code, kiosk_code, service_date, issued_hour,"
          + " ticket_seq, ticket_number, question_code, situation_code, language_code, state,"
          + " issued_at_ms, finished_at_ms, outcome_code)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
          + TicketRows.COLUMNS;

  private final LedgerDatabase database;
  private final Supplier<Catalogue> catalogue;
  private final KioskIdentity kiosk;
  private final Clock clock;
  private final TicketReferences references = new TicketReferences();

  public TicketIssuer(
      LedgerDatabase database, Supplier<Catalogue> catalogue, KioskIdentity kiosk, Clock clock) {
    this.database = database;
    this.catalogue = catalogue;
    this.kiosk = kiosk;
    this.clock = clock;
  }

  public Ticket issue(TicketRequest request) {
    return record(request, Optional.empty(), clock.instant());
  }

  /**
   * Records the visit of someone who found no gids and got the next step on screen: done at once
   * under the catalogue's self-service outcome, never in the waiting list. It takes the day's next
   * number like any visit, so the day's numbers keep counting the visitors.
   */
  public Ticket recordSelfService(TicketRequest request) {
    return recordSelfService(request, clock.instant());
  }

  /**
   * Records a self-service visit that happened at {@code tappedAt}: the kiosk keeps a visit the
   * disk could not take and writes it here once it can, in the hour and on the day it happened.
   */
  public Ticket recordSelfService(TicketRequest request, Instant tappedAt) {
    Catalogue current = catalogue.get();
    Outcome selfService =
        current
            .selfServiceOutcome()
            .orElseThrow(
                () ->
                    new TicketRefusedException(
                        Reason.UNKNOWN_CODE,
                        "catalogue "
                            + current.region().code()
                            + " version "
                            + current.version()
                            + " has no self-service outcome"));
    return record(request, Optional.of(selfService), tappedAt);
  }

  private Ticket record(TicketRequest request, Optional<Outcome> selfService, Instant now) {
    Catalogue current = catalogue.get();
    QuestionType question =
        current
            .questionType(request.questionCode())
            .orElseThrow(() -> unknown("question type", request.questionCode(), current));
    if (request.situationCode() != null && current.situation(request.situationCode()).isEmpty()) {
      throw unknown("situation", request.situationCode(), current);
    }
    if (current.language(request.languageCode()).isEmpty()) {
      throw unknown("language", request.languageCode(), current);
    }
    LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
    String serviceDate = local.toLocalDate().toString();
    return database.write(
        c -> {
          int sequence = nextSequence(serviceDate);
          String number = TicketNumbers.format(question.prefix(), sequence);
          String reference = unusedReference();
          PreparedStatement insert = database.prepared(INSERT);
          insert.setString(1, reference);
          insert.setString(2, kiosk.locationCode());
          insert.setString(3, kiosk.kioskCode());
          insert.setString(4, serviceDate);
          insert.setInt(5, local.getHour());
          insert.setInt(6, sequence);
          insert.setString(7, number);
          insert.setString(8, question.code());
          insert.setString(9, TicketRows.orNone(request.situationCode()));
          insert.setString(10, request.languageCode());
          insert.setString(11, selfService.isPresent() ? "done" : "waiting");
          insert.setLong(12, now.toEpochMilli());
          if (selfService.isPresent()) {
            insert.setLong(13, now.toEpochMilli());
          } else {
            insert.setNull(13, Types.INTEGER);
          }
          insert.setString(14, TicketRows.orNone(selfService.map(Outcome::code).orElse(null)));
          Ticket ticket;
          try (ResultSet row = insert.executeQuery()) {
            row.next();
            ticket = TicketRows.read(row, clock.getZone());
          }
          DirtySlots.mark(database, kiosk.locationCode(), serviceDate, local.getHour());
          return ticket;
        });
  }

  private int nextSequence(String serviceDate) throws SQLException {
    PreparedStatement query =
        database.prepared(
            "SELECT coalesce(max(ticket_seq), 0) + 1 FROM visit"
                + " WHERE kiosk_code = ? AND service_date = ?");
    query.setString(1, kiosk.kioskCode());
    query.setString(2, serviceDate);
    try (ResultSet row = query.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  private String unusedReference() throws SQLException {
    PreparedStatement query = database.prepared("SELECT 1 FROM visit WHERE reference = ?");
    while (true) {
      String candidate = references.next();
      query.setString(1, candidate);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return candidate;
        }
      }
    }
  }

  private static TicketRefusedException unknown(String what, String code, Catalogue catalogue) {
    return new TicketRefusedException(
        Reason.UNKNOWN_CODE,
        what
            + " '"
            + code
            + "' is not in catalogue "
            + catalogue.region().code()
            + " version "
            + catalogue.version());
  }
}
