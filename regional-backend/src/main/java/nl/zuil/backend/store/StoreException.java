package nl.zuil.backend.store;

/** The database failed; the transaction was rolled back, nothing of it is stored. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
