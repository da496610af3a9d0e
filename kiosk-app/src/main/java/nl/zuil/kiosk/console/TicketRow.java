package nl.zuil.kiosk.console;

/**
 * One ticket as a console list shows it, with every text already in the gids's words. Holds codes
 * and catalogue labels only, like the ledger: nothing about the visitor as a person.
 *
 * @param reference the ticket's reference; actions name a ticket by it, because a number comes back
 *     every day and yesterday's W-014 may still be waiting beside today's
 * @param situation the visitor's own situation tap, or "" when skipped
 * @param situationCode the same as a code, or null when skipped; orders the sociale kaart
 * @param when "wacht 12 min", "gisteren 16:40", or for a called ticket "bij Balie 1, 10:42"
 * @param earlierDay issued before today: shown with its date so a gids can close it
 * @param desk the desk that called it, or ""
 * @param outcome for a finished ticket: the outcome, and partner if any; else ""
 * @param partnerCode the partner a finished ticket went to, or ""
 * @param confirmed a referral a gids marked as having reached the partner
 * @param handedOn a finished visit waiting again for another desk; whoever calls it records a
 *     further question
 */
public record TicketRow(
    String reference,
    String number,
    String questionCode,
    String question,
    String icon,
    String situation,
    String situationCode,
    String when,
    boolean earlierDay,
    String desk,
    String outcome,
    String partnerCode,
    boolean confirmed,
    boolean handedOn) {}
