package nl.zuil.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.ledger.aggregate.BucketAggregator;
import nl.zuil.ledger.aggregate.BucketReader;
import nl.zuil.ledger.contact.ContactLog;
import nl.zuil.ledger.desk.TicketDesk;
import nl.zuil.ledger.presence.PresenceLog;
import nl.zuil.ledger.rating.VisitRatings;
import nl.zuil.ledger.referral.SlipCounts;
import nl.zuil.ledger.retention.VisitRetention;
import nl.zuil.ledger.store.FactsQuery;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.ledger.store.Migrations;
import nl.zuil.ledger.ticket.TicketIssuer;

/**
 * The kiosk's visit ledger: one SQLite file, opened by the one process that writes it. Thread-safe:
 * calls are serialised on the file's single connection.
 */
public final class Ledger implements AutoCloseable {

  private final LedgerDatabase database;
  private final AtomicReference<Catalogue> catalogue;
  private final TicketIssuer tickets;
  private final TicketDesk desk;
  private final BucketAggregator aggregator;
  private final BucketReader buckets;
  private final VisitRetention retention;
  private final PresenceLog presence;
  private final SlipCounts slips;
  private final VisitRatings ratings;
  private final ContactLog contacts;

  private Ledger(LedgerDatabase database, Catalogue catalogue, KioskIdentity kiosk, Clock clock) {
    this.database = database;
    this.catalogue = new AtomicReference<>(catalogue);
    this.tickets = new TicketIssuer(database, this.catalogue::get, kiosk, clock);
    this.desk = new TicketDesk(database, this.catalogue::get, clock);
    this.aggregator = new BucketAggregator(database);
    this.buckets = new BucketReader(database);
    this.retention = new VisitRetention(database, aggregator, clock);
    this.presence = new PresenceLog(database, kiosk, clock);
    this.slips = new SlipCounts(database);
    this.ratings = new VisitRatings(database);
    this.contacts = new ContactLog(database, this.catalogue::get, kiosk, clock);
  }

  /**
   * Opens or creates the ledger at {@code file}. A damaged file, one from a newer Zuil or from
   * another program is refused and left untouched.
   *
   * @param clock the kiosk's clock; its zone decides the service day and hour
   */
  public static Ledger open(Path file, Catalogue catalogue, KioskIdentity kiosk, Clock clock)
      throws LedgerOpenException {
    return new Ledger(
        LedgerDatabase.openForWriting(file, Migrations.bundled()), catalogue, kiosk, clock);
  }

  public TicketIssuer tickets() {
    return tickets;
  }

  public TicketDesk desk() {
    return desk;
  }

  public BucketAggregator aggregator() {
    return aggregator;
  }

  public BucketReader buckets() {
    return buckets;
  }

  public VisitRetention retention() {
    return retention;
  }

  public PresenceLog presence() {
    return presence;
  }

  /** Referral slips printed per week, partner and question type (decision 1053). */
  public SlipCounts slips() {
    return slips;
  }

  /**
   * "Hoe was het?": the one-tap rating a visitor may give at the end of a visit (decision 0309).
   */
  public VisitRatings ratings() {
    return ratings;
  }

  /** Contacts a gids records without a ticket: phone, e-mail, desk, employer, group (1003). */
  public ContactLog contacts() {
    return contacts;
  }

  public LedgerFacts facts() {
    return FactsQuery.read(database);
  }

  /** Switches to a newly published catalogue; visits already recorded keep their codes. */
  public void useCatalogue(Catalogue newCatalogue) {
    catalogue.set(newCatalogue);
  }

  public Catalogue catalogue() {
    return catalogue.get();
  }

  /**
   * Runs many ledger calls as one transaction: all of them commit, or none. For imports and
   * simulations; the kiosk itself commits every visit on its own.
   */
  public void inSingleTransaction(Runnable work) {
    database.write(
        c -> {
          work.run();
          return null;
        });
  }

  public Path file() {
    return database.file();
  }

  /**
   * Gives the write-ahead log's space back to the disk; skipped (false) while the sync agent reads.
   */
  public boolean checkpoint() {
    return database.checkpoint();
  }

  @Override
  public void close() {
    database.close();
  }
}
