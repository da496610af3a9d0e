package nl.zuil.ledger;

import java.nio.file.Path;
import java.time.Clock;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * A kiosk stand-in for tests that need a second process: issues tickets and prints each number once
 * the ledger has committed it, as a screen would show it.
 */
public final class LedgerWriterMain {

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    try (Ledger ledger =
        Ledger.open(
            file, LedgerFixture.CATALOGUE, LedgerFixture.KIOSK, Clock.systemDefaultZone())) {
      for (int i = 0; i < count; i++) {
        Ticket ticket = ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
        System.out.println(ticket.reference());
        System.out.flush();
        if (i % 10 == 0) {
          ledger.aggregator().refresh();
        }
      }
      ledger.aggregator().refresh();
    }
    System.out.println("DONE");
  }
}
