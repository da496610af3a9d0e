package nl.zuil.backend.ingest;

/**
 * A request the backend refuses as a whole, with the HTTP status and a reason the sender can act
 * on. Nothing of a rejected request is stored.
 */
public final class Rejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public Rejection(int status, String code, String reason) {
    super(reason);
    this.status = status;
    this.code = code;
  }

  public static Rejection invalid(String reason) {
    return new Rejection(400, "invalid", reason);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
