package nl.zuil.backend.store;

/** The database failed; the transaction was rolled back, nothing of it is stored. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean connectionLost;

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  StoreException(String message, Throwable cause, boolean connectionLost) {
    super(message, cause);
    this.connectionLost = connectionLost;
  }

  /** The server could not be reached or its connection broke, as opposed to a refused statement. */
  boolean connectionLost() {
    return connectionLost;
  }
}
