package nl.zuil.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestClock;

/** A ledger in a temporary folder with the default catalogue and a clock the test moves. */
public final class LedgerFixture implements AutoCloseable {

  public static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
  public static final KioskIdentity KIOSK = new KioskIdentity("hengelo-bibliotheek", "zuil-1");

  public final TestClock clock;
  public final Path file;
  public final Ledger ledger;

  public LedgerFixture(Path dir, String localTime) throws LedgerOpenException {
    this.clock = TestClock.at(localTime);
    this.file = dir.resolve("ledger.db");
    this.ledger = Ledger.open(file, CATALOGUE, KIOSK, clock);
  }

  public Ticket issue(String question) {
    return ledger.tickets().issue(TicketRequest.of(question, "nl"));
  }

  public Ticket issue(String question, String situation) {
    return ledger.tickets().issue(TicketRequest.of(question, "nl").withSituation(situation));
  }

  /** A plain JDBC connection beside the ledger's own, as another process would have. */
  public Connection rawConnection() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  @Override
  public void close() {
    ledger.close();
  }
}
