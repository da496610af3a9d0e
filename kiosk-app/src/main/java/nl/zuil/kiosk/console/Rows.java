package nl.zuil.kiosk.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.Situation;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;

/** Turns ledger tickets into console rows, in the gids's words and the kiosk's local time. */
final class Rows {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM");

  private final Catalogue catalogue;
  private final ScreenTexts texts;
  private final Clock clock;
  private final UnaryOperator<String> deskNames;

  /**
   * @param clock the kiosk's wall clock in Dutch time
   * @param deskNames the name of a desk code; the code itself for a desk no longer configured
   */
  Rows(Catalogue catalogue, ScreenTexts texts, Clock clock, UnaryOperator<String> deskNames) {
    this.catalogue = catalogue;
    this.texts = texts;
    this.clock = clock;
    this.deskNames = deskNames;
  }

  TicketRow row(Ticket ticket) {
    LocalDateTime now = LocalDateTime.now(clock);
    boolean earlier = ticket.serviceDate().isBefore(now.toLocalDate());
    String desk = ticket.deskCode() == null ? "" : deskNames.apply(ticket.deskCode());
    String when;
    if (ticket.state() == TicketState.CALLED) {
      String time =
          ticket.calledAt().toLocalDate().equals(now.toLocalDate())
              ? TIME.format(ticket.calledAt())
              : moment(ticket.calledAt());
      when = texts.now(ConsoleTexts.CALLED_AT, Map.of("desk", desk, "time", time));
    } else if (ticket.handedOn()) {
      when = texts.now(ConsoleTexts.HANDED_ON, Map.of("desk", desk));
    } else if (ticket.state() == TicketState.DONE) {
      when = "";
    } else if (earlier) {
      when = moment(ticket.issuedAt());
    } else {
      long minutes = Math.max(0, Duration.between(ticket.issuedAt(), now).toMinutes());
      when =
          minutes == 0
              ? texts.now(ConsoleTexts.WAITED_JUST_NOW)
              : texts.now(ConsoleTexts.WAITED, Map.of("minutes", minutes));
    }
    QuestionType question = catalogue.questionType(ticket.questionCode()).orElse(null);
    return new TicketRow(
        ticket.reference(),
        ticket.number(),
        ticket.questionCode(),
        question == null ? ticket.questionCode() : label(question.labels()),
        question == null ? "" : question.icon(),
        ticket.situationCode() == null
            ? ""
            : catalogue
                .situation(ticket.situationCode())
                .map(Situation::labels)
                .map(this::label)
                .orElse(ticket.situationCode()),
        ticket.situationCode(),
        when,
        earlier,
        desk,
        ticket.outcomeCode() == null ? "" : outcome(ticket.outcomeCode(), ticket.partnerCode()),
        ticket.partnerCode() == null ? "" : ticket.partnerCode(),
        ticket.referralConfirmed(),
        ticket.handedOn());
  }

  /** "Doorverwezen (warme overdracht) – UWV"; codes of an older catalogue show as they are. */
  String outcome(String outcomeCode, String partnerCode) {
    String outcome =
        catalogue.outcome(outcomeCode).map(Outcome::labels).map(this::label).orElse(outcomeCode);
    if (partnerCode == null) {
      return outcome;
    }
    return outcome
        + " – "
        + catalogue.partner(partnerCode).map(Partner::labels).map(this::label).orElse(partnerCode);
  }

  /** "vandaag 10:42", "gisteren 16:40", or "21-11 16:40" further back. */
  String moment(LocalDateTime at) {
    LocalDate today = LocalDate.now(clock);
    String time = TIME.format(at);
    if (at.toLocalDate().equals(today)) {
      return texts.now(ConsoleTexts.TIME_TODAY, Map.of("time", time));
    }
    if (at.toLocalDate().equals(today.minusDays(1))) {
      return texts.now(ConsoleTexts.TIME_YESTERDAY, Map.of("time", time));
    }
    return DAY.format(at) + " " + time;
  }

  String label(Labels labels) {
    return texts.now(labels);
  }

  String desk(String code) {
    return deskNames.apply(code);
  }
}
