package nl.zuil.ledger;

import java.nio.file.Path;
import nl.zuil.ledger.aggregate.BucketReader;
import nl.zuil.ledger.referral.SlipCounts;
import nl.zuil.ledger.store.FactsQuery;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.ledger.store.Migrations;

/**
 * A read-only view of a ledger for another process, such as the sync agent, while the kiosk keeps
 * writing. WAL lets both run without waiting on each other; this side can never change the file.
 */
public final class LedgerReader implements AutoCloseable {

  private final LedgerDatabase database;
  private final BucketReader buckets;
  private final SlipCounts slips;

  private LedgerReader(LedgerDatabase database) {
    this.database = database;
    this.buckets = new BucketReader(database);
    this.slips = new SlipCounts(database);
  }

  public static LedgerReader open(Path file) throws LedgerOpenException {
    return new LedgerReader(
        LedgerDatabase.openReadOnly(file, Migrations.bundled().latestVersion()));
  }

  public BucketReader buckets() {
    return buckets;
  }

  /** Referral slips printed, for the agent to send (read only: it never counts one). */
  public SlipCounts slips() {
    return slips;
  }

  public LedgerFacts facts() {
    return FactsQuery.read(database);
  }

  @Override
  public void close() {
    database.close();
  }
}
