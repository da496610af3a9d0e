package nl.zuil.ledger;

/**
 * The database failed while the ledger was open (disk full, I/O error). The transaction that was
 * running has been rolled back, so nothing half-done stays behind.
 */
public class LedgerStorageException extends RuntimeException {

  public LedgerStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
