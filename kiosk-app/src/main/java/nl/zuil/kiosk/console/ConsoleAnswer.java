package nl.zuil.kiosk.console;

/**
 * What came of a gids's action, in words for the gids.
 *
 * @param done false when nothing changed: refused by the ledger's rules or failed
 * @param ticket the ticket acted on as it is now, or null when none was found
 */
public record ConsoleAnswer(boolean done, String message, TicketRow ticket) {

  static ConsoleAnswer done(String message, TicketRow ticket) {
    return new ConsoleAnswer(true, message, ticket);
  }

  static ConsoleAnswer refused(String message, TicketRow ticket) {
    return new ConsoleAnswer(false, message, ticket);
  }
}
