package nl.zuil.ledger.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.aggregate.DirtySlots;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.ledger.store.TicketRows;
import nl.zuil.ledger.ticket.TicketNumbers;
import nl.zuil.ledger.ticket.TicketReferences;

/**
 * What a gids does with tickets: see who waits, call one, record what happened (and correct it the
 * same day), undo a call.
 *
 * <p>Each transition is one transaction that re-reads the ticket's state under the write lock, so
 * when two gidsen call the same ticket at once exactly one succeeds and the other is told it is
 * taken. A ticket is named by its number as typed ({@code W-014}, {@code w14}) or by the reference
 * from its QR.
 */
public final class TicketDesk {

  /** The most questions one visit can hold; the schema allows no more. */
  public static final int MAX_QUESTIONS = 10;

  /** Who waits for a gids: tickets not yet called and visits handed on ("Doorgeven"). */
  private static final String CLOSED = "(state = 'done' AND handed_on = 0)";

  private static final String WAITING = "(state = 'waiting' OR handed_on = 1)";

  private final LedgerDatabase database;
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;

  public TicketDesk(LedgerDatabase database, Supplier<Catalogue> catalogue, Clock clock) {
    this.database = database;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * Tickets not yet called and visits handed on to another desk, in the order they were issued (a
   * handed-on visit keeps its place), including any from before midnight.
   */
  public List<Ticket> waiting() {
    return database.read(c -> list(c, WAITING + " ORDER BY issued_at_ms, id"));
  }

  /** Tickets called and not yet finished, the most recent call first. */
  public List<Ticket> called() {
    return database.read(c -> list(c, "state = 'called' ORDER BY called_at_ms DESC, id DESC"));
  }

  /**
   * Tickets of one service day that have an outcome, the most recently finished first: what a gids
   * needs for today's counts and to mark a referral as confirmed later that day.
   */
  public List<Ticket> finishedOn(LocalDate serviceDate) {
    return database.read(
        c ->
            list(
                c,
                "service_date = ? AND state = 'done' ORDER BY finished_at_ms DESC, id DESC",
                serviceDate.toString()));
  }

  public Optional<Ticket> find(String numberOrReference) {
    return database.read(c -> lookup(c, numberOrReference));
  }

  public Ticket call(String numberOrReference, String deskCode) {
    Codes.requireSlug("desk code", deskCode);
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          if (ticket.handedOn()) {
            return takeHandedOn(c, ticket.reference());
          }
          if (ticket.state() == TicketState.CALLED) {
            throw refused(
                Reason.ALREADY_CALLED, ticket, "is already called at desk " + ticket.deskCode());
          }
          requireNotDone(ticket);
          return markCalled(c, ticket.reference(), deskCode);
        });
  }

  /** Calls the ticket that has waited longest, or returns empty when nobody waits. */
  public Optional<Ticket> callNext(String deskCode) {
    Codes.requireSlug("desk code", deskCode);
    return database.write(
        c -> {
          List<Ticket> next = list(c, WAITING + " ORDER BY issued_at_ms, id LIMIT 1");
          if (next.isEmpty()) {
            return Optional.empty();
          }
          Ticket ticket = next.get(0);
          return Optional.of(
              ticket.handedOn()
                  ? takeHandedOn(c, ticket.reference())
                  : markCalled(c, ticket.reference(), deskCode));
        });
  }

  /**
   * Hands a visit that has its first outcome on to another desk ("Doorgeven", decision 1006): the
   * visitor waits again at their original place in the queue, ahead of everyone who came later. The
   * visit keeps its state and outcome, so it is still counted once; whoever calls it next adds a
   * further question to it ({@link #addQuestion}). Only on the visit's own service day.
   */
  public Ticket handOn(String numberOrReference) {
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          if (ticket.state() != TicketState.DONE) {
            throw refused(
                Reason.NOT_FINISHED, ticket, "has no outcome yet; record the first question's");
          }
          if (!ticket.serviceDate().equals(LocalDate.now(clock))) {
            throw refused(
                Reason.NOT_FINISHED,
                ticket,
                "was a visit of " + ticket.serviceDate() + ", not today");
          }
          if (ticket.handedOn()) {
            throw refused(Reason.ALREADY_HANDED_ON, ticket, "is already handed on");
          }
          if (questionsOf(c, ticket.reference()) >= MAX_QUESTIONS) {
            throw refused(
                Reason.TOO_MANY_QUESTIONS,
                ticket,
                "already has " + MAX_QUESTIONS + " questions, the most one visit can hold");
          }
          update(
              c,
              "UPDATE visit SET handed_on = 1 WHERE reference = ? AND state = 'done'",
              ticket.reference());
          return reread(c, ticket.reference());
        });
  }

  /** Puts a called ticket back in the queue at its original place. */
  public Ticket undoCall(String numberOrReference) {
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          requireNotDone(ticket);
          requireCalled(ticket, "there is no call to undo");
          update(
              c,
              "UPDATE visit SET state = 'waiting', called_at_ms = NULL, desk_code = NULL"
                  + " WHERE reference = ? AND state = 'called'",
              ticket.reference());
          DirtySlots.markSlotOfVisit(database, ticket.reference());
          return reread(c, ticket.reference());
        });
  }

  /**
   * Records what happened to a called ticket.
   *
   * @param partnerCode the partner referred to; required or forbidden as the outcome's catalogue
   *     entry says, null for none
   */
  public Ticket recordOutcome(String numberOrReference, String outcomeCode, String partnerCode) {
    Outcome outcome = gidsOutcome(outcomeCode, partnerCode);
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          requireNotDone(ticket);
          requireCalled(ticket, "call it before recording what happened");
          try (PreparedStatement statement =
              c.prepareStatement(
                  "UPDATE visit SET state = 'done', outcome_code = ?, partner_code = ?,"
                      + " finished_at_ms = ? WHERE reference = ? AND state = 'called'")) {
            statement.setString(1, outcome.code());
            statement.setString(2, TicketRows.orNone(partnerCode));
            statement.setLong(3, clock.millis());
            statement.setString(4, ticket.reference());
            statement.executeUpdate();
          }
          DirtySlots.markSlotOfVisit(database, ticket.reference());
          return reread(c, ticket.reference());
        });
  }

  /**
   * Replaces the outcome of a ticket finished today, for a gids who tapped the wrong one (decision
   * 1004). The visit keeps its times; it is marked as corrected once, however often it changes, so
   * the region can count corrections without a visit counting twice. A confirmed referral stays
   * confirmed only while the partner stays the same.
   *
   * @param partnerCode the partner referred to; required or forbidden as the outcome's catalogue
   *     entry says, null for none
   */
  public Ticket correctOutcome(String numberOrReference, String outcomeCode, String partnerCode) {
    Outcome outcome = gidsOutcome(outcomeCode, partnerCode);
    String partner = TicketRows.orNone(partnerCode);
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          Outcome recorded =
              ticket.state() == TicketState.DONE
                  ? catalogue.get().outcome(ticket.outcomeCode()).orElse(null)
                  : null;
          if (ticket.state() != TicketState.DONE || recorded != null && recorded.selfService()) {
            throw refused(Reason.NOT_FINISHED, ticket, "has no outcome from a gids to correct");
          }
          if (!finishedToday(c, ticket.reference())) {
            throw refused(
                Reason.CORRECTION_CLOSED, ticket, "was finished before today; its day is closed");
          }
          if (ticket.outcomeCode().equals(outcome.code())
              && TicketRows.orNone(ticket.partnerCode()).equals(partner)) {
            throw refused(Reason.UNCHANGED, ticket, "already has this outcome");
          }
          try (PreparedStatement statement =
              c.prepareStatement(
                  "UPDATE visit SET outcome_code = ?, partner_code = ?, outcome_corrected = 1,"
                      + " referral_confirmed = CASE WHEN partner_code = ? THEN referral_confirmed"
                      + " ELSE 0 END WHERE reference = ? AND state = 'done'")) {
            statement.setString(1, outcome.code());
            statement.setString(2, partner);
            statement.setString(3, partner);
            statement.setString(4, ticket.reference());
            statement.executeUpdate();
          }
          DirtySlots.markSlotOfVisit(database, ticket.reference());
          return reread(c, ticket.reference());
        });
  }

  /**
   * Gives every ticket of {@code serviceDate} that still waits the next step instead of a call: the
   * gids is leaving and nobody will call them (decision 1005). Each is finished with the
   * catalogue's self-service outcome, like a visit that found no gids, and marked as sent on.
   * Tickets of earlier days are left for a gids to close: their visitors are not in the room.
   *
   * @return the tickets sent on, the longest waiting first
   */
  public List<Ticket> sendWaitingToNextStep(LocalDate serviceDate) {
    Outcome selfService =
        catalogue
            .get()
            .selfServiceOutcome()
            .orElseThrow(
                () ->
                    new TicketRefusedException(
                        Reason.UNKNOWN_CODE, "the catalogue has no self-service outcome"));
    return database.write(
        c -> {
          List<Ticket> waiting =
              list(
                  c,
                  "state = 'waiting' AND service_date = ? ORDER BY issued_at_ms, id",
                  serviceDate.toString());
          List<Ticket> sent = new ArrayList<>();
          try (PreparedStatement statement =
              c.prepareStatement(
                  "UPDATE visit SET state = 'done', outcome_code = ?, finished_at_ms = ?,"
                      + " next_step_sent = 1 WHERE reference = ? AND state = 'waiting'")) {
            for (Ticket ticket : waiting) {
              statement.setString(1, selfService.code());
              statement.setLong(2, clock.millis());
              statement.setString(3, ticket.reference());
              statement.executeUpdate();
              DirtySlots.markSlotOfVisit(database, ticket.reference());
              sent.add(reread(c, ticket.reference()));
            }
          }
          // A handed-on visit has its outcome already; nobody will call it for its next question.
          try (PreparedStatement statement =
              c.prepareStatement(
                  "UPDATE visit SET handed_on = 0 WHERE handed_on = 1 AND service_date = ?")) {
            statement.setString(1, serviceDate.toString());
            statement.executeUpdate();
          }
          return sent;
        });
  }

  /** The tickets of one service day that were sent to the next step, the longest waiting first. */
  public List<Ticket> sentToNextStepOn(LocalDate serviceDate) {
    return database.read(
        c ->
            list(
                c,
                "service_date = ? AND next_step_sent = 1 ORDER BY issued_at_ms, id",
                serviceDate.toString()));
  }

  /**
   * Adds a further question, with its own outcome, to a visit the gids has just finished ("Nog een
   * vraag", decision 1006): the visit stays one visit; the question counts as a question of its own
   * type. Only on the visit's own service day, since the visitor is still at the desk.
   *
   * @param situationCode the visitor's situation for this question, null for none
   * @param partnerCode as for {@link #recordOutcome}
   * @return how many questions the visit now has
   */
  public int addQuestion(
      String numberOrReference,
      String questionCode,
      String situationCode,
      String outcomeCode,
      String partnerCode) {
    Catalogue current = catalogue.get();
    if (current.questionType(questionCode).isEmpty()) {
      throw new TicketRefusedException(
          Reason.UNKNOWN_CODE, "question type '" + questionCode + "' is not in the catalogue");
    }
    if (situationCode != null && current.situation(situationCode).isEmpty()) {
      throw new TicketRefusedException(
          Reason.UNKNOWN_CODE, "situation '" + situationCode + "' is not in the catalogue");
    }
    Outcome outcome = gidsOutcome(outcomeCode, partnerCode);
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          if (ticket.state() != TicketState.DONE) {
            throw refused(
                Reason.NOT_FINISHED, ticket, "has no outcome yet; record the first question's");
          }
          if (!ticket.serviceDate().equals(LocalDate.now(clock))) {
            throw refused(
                Reason.NOT_FINISHED,
                ticket,
                "was a visit of " + ticket.serviceDate() + ", not today");
          }
          int questions = questionsOf(c, ticket.reference());
          if (questions >= MAX_QUESTIONS) {
            throw refused(
                Reason.TOO_MANY_QUESTIONS,
                ticket,
                "already has " + MAX_QUESTIONS + " questions, the most one visit can hold");
          }
          try (PreparedStatement statement =
              c.prepareStatement(
                  "INSERT INTO visit_question (visit_id, seq, question_code, situation_code,"
                      + " outcome_code, partner_code, recorded_at_ms)"
                      + " SELECT id, ?, ?, ?, ?, ?, ? FROM visit WHERE reference = ?")) {
            statement.setInt(1, questions + 1);
            statement.setString(2, questionCode);
            statement.setString(3, TicketRows.orNone(situationCode));
            statement.setString(4, outcome.code());
            statement.setString(5, TicketRows.orNone(partnerCode));
            statement.setLong(6, clock.millis());
            statement.setString(7, ticket.reference());
            statement.executeUpdate();
          }
          DirtySlots.markSlotOfVisit(database, ticket.reference());
          return questions + 1;
        });
  }

  /** How many questions a visit has: its first one and any further ones. */
  public int questionsOf(String numberOrReference) {
    return database.read(c -> questionsOf(c, require(c, numberOrReference).reference()));
  }

  private static int questionsOf(Connection c, String reference) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT 1 + count(q.seq) FROM visit v LEFT JOIN visit_question q ON q.visit_id = v.id"
                + " WHERE v.reference = ?")) {
      query.setString(1, reference);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Marks a finished referral as having reached the partner ("doorverwijzing gelukt"). */
  public Ticket confirmReferral(String numberOrReference) {
    return database.write(
        c -> {
          Ticket ticket = require(c, numberOrReference);
          if (ticket.state() != TicketState.DONE || ticket.partnerCode() == null) {
            throw refused(Reason.NOT_A_REFERRAL, ticket, "was not referred to a partner");
          }
          if (ticket.referralConfirmed()) {
            throw refused(Reason.ALREADY_CONFIRMED, ticket, "is already confirmed");
          }
          update(
              c, "UPDATE visit SET referral_confirmed = 1 WHERE reference = ?", ticket.reference());
          DirtySlots.markSlotOfVisit(database, ticket.reference());
          return reread(c, ticket.reference());
        });
  }

  /** An outcome a gids may choose, with a partner that fits it. */
  private Outcome gidsOutcome(String outcomeCode, String partnerCode) {
    Catalogue current = catalogue.get();
    Outcome outcome =
        current
            .outcome(outcomeCode)
            .orElseThrow(
                () ->
                    new TicketRefusedException(
                        Reason.UNKNOWN_CODE,
                        "outcome '" + outcomeCode + "' is not in the catalogue"));
    if (outcome.selfService()) {
      throw new TicketRefusedException(
          Reason.UNKNOWN_CODE,
          "outcome '" + outcomeCode + "' is the kiosk's own, for visits no gids saw");
    }
    checkPartner(current, outcome, partnerCode);
    return outcome;
  }

  /**
   * Whether the outcome was recorded on today's date in the kiosk's zone: the service day ends at
   * midnight, when the day's figures are complete and the gids has gone home.
   */
  private boolean finishedToday(Connection c, String reference) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT finished_at_ms FROM visit WHERE reference = ?")) {
      query.setString(1, reference);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        LocalDate finished =
            Instant.ofEpochMilli(row.getLong(1)).atZone(clock.getZone()).toLocalDate();
        return finished.equals(LocalDate.now(clock));
      }
    }
  }

  private void checkPartner(Catalogue current, Outcome outcome, String partnerCode) {
    if (partnerCode == null) {
      if (outcome.partner() == PartnerRule.REQUIRED) {
        throw new TicketRefusedException(
            Reason.PARTNER_REQUIRED, "outcome '" + outcome.code() + "' needs a partner");
      }
      return;
    }
    if (outcome.partner() == PartnerRule.NONE) {
      throw new TicketRefusedException(
          Reason.PARTNER_NOT_ALLOWED, "outcome '" + outcome.code() + "' takes no partner");
    }
    if (current.partner(partnerCode).isEmpty()) {
      throw new TicketRefusedException(
          Reason.UNKNOWN_CODE, "partner '" + partnerCode + "' is not in the catalogue");
    }
  }

  private Ticket markCalled(Connection c, String reference, String deskCode) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "UPDATE visit SET state = 'called', called_at_ms = ?, desk_code = ?"
                + " WHERE reference = ? AND state = 'waiting'")) {
      statement.setLong(1, clock.millis());
      statement.setString(2, deskCode);
      statement.setString(3, reference);
      statement.executeUpdate();
    }
    DirtySlots.markSlotOfVisit(database, reference);
    return reread(c, reference);
  }

  /**
   * A gids calls a handed-on visit: it stops waiting and keeps its first desk and times, which are
   * what its visit is counted by; the new desk adds its question with {@link #addQuestion}.
   */
  private Ticket takeHandedOn(Connection c, String reference) throws SQLException {
    update(c, "UPDATE visit SET handed_on = 0 WHERE reference = ? AND handed_on = 1", reference);
    return reread(c, reference);
  }

  private Ticket require(Connection c, String numberOrReference) throws SQLException {
    return lookup(c, numberOrReference)
        .orElseThrow(
            () ->
                new TicketRefusedException(
                    Reason.NOT_FOUND, "no ticket '" + numberOrReference + "' in this ledger"));
  }

  /**
   * A number is reused every day, so it names the open ticket with that number (the oldest, if the
   * queue ran past midnight), else the most recent finished one.
   */
  private Optional<Ticket> lookup(Connection c, String numberOrReference) throws SQLException {
    String key = numberOrReference == null ? "" : numberOrReference.strip();
    String upper = key.toUpperCase(Locale.ROOT);
    if (TicketReferences.SHAPE.matcher(upper).matches()) {
      return first(list(c, "reference = ?", upper));
    }
    Optional<String> number = TicketNumbers.normalise(key);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return first(
        list(
            c,
            "ticket_number = ? ORDER BY "
                + CLOSED
                + ", CASE WHEN "
                + CLOSED
                + " THEN -issued_at_ms ELSE issued_at_ms END LIMIT 1",
            number.get()));
  }

  private Ticket reread(Connection c, String reference) throws SQLException {
    return list(c, "reference = ?", reference).get(0);
  }

  private List<Ticket> list(Connection c, String condition, String... parameters)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT " + TicketRows.COLUMNS + " FROM visit WHERE " + condition)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      List<Ticket> tickets = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tickets.add(TicketRows.read(rows, clock.getZone()));
        }
      }
      return tickets;
    }
  }

  private static void update(Connection c, String sql, String reference) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, reference);
      statement.executeUpdate();
    }
  }

  private static Optional<Ticket> first(List<Ticket> tickets) {
    return tickets.stream().findFirst();
  }

  private static void requireNotDone(Ticket ticket) {
    if (ticket.state() == TicketState.DONE) {
      throw refused(
          Reason.ALREADY_FINISHED, ticket, "already has an outcome (" + ticket.outcomeCode() + ")");
    }
  }

  private static void requireCalled(Ticket ticket, String advice) {
    if (ticket.state() != TicketState.CALLED) {
      throw refused(Reason.NOT_CALLED, ticket, "is still waiting; " + advice);
    }
  }

  private static TicketRefusedException refused(Reason reason, Ticket ticket, String what) {
    return new TicketRefusedException(reason, "ticket " + ticket.number() + " " + what);
  }
}
