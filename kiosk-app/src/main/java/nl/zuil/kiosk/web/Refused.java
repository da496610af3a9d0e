package nl.zuil.kiosk.web;

/** A request refused before it reached the ledger: nothing changed. */
final class Refused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  Refused(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
