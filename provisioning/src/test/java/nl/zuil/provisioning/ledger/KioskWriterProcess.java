package nl.zuil.provisioning.ledger;

import java.nio.file.Path;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestClock;

/**
 * A second process that writes a ledger as the kiosk does: {@code LEDGER COUNT PAUSE_MS}. Prints
 * {@code written N} after each visit, so the test can read alongside it.
 */
public final class KioskWriterProcess {

  private KioskWriterProcess() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long pause = Long.parseLong(args[2]);
    TestClock clock = TestClock.at("2026-11-23T09:00");
    try (Ledger ledger =
        Ledger.open(
            file,
            CatalogueLoader.loadDefault(),
            new KioskIdentity("hengelo-bibliotheek", "zuil-1"),
            clock)) {
      for (int i = 1; i <= count; i++) {
        clock.advanceMinutes(2);
        ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
        ledger.aggregator().refresh();
        System.out.println("written " + i);
        System.out.flush();
        Thread.sleep(pause);
      }
    }
  }
}
