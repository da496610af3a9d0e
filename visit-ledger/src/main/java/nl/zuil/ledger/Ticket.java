package nl.zuil.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One visit as the kiosk and the gids see it. Fields that do not apply yet are null: a waiting
 * ticket has no desk, no call time and no outcome; a visitor who skipped the situation tap has no
 * situation.
 *
 * @param reference the short random code in the ticket's QR, hard to guess
 * @param number what the visitor sees and hears, e.g. {@code W-014}; unique per kiosk per day
 * @param handedOn whether the visit, finished at one desk, waits again for another ("Doorgeven")
 */
public record Ticket(
    String reference,
    String number,
    LocalDate serviceDate,
    LocalDateTime issuedAt,
    String questionCode,
    String situationCode,
    String languageCode,
    TicketState state,
    LocalDateTime calledAt,
    String deskCode,
    String outcomeCode,
    String partnerCode,
    boolean referralConfirmed,
    boolean handedOn) {}
