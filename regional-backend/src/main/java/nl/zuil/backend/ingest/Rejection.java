package nl.zuil.backend.ingest;

import nl.zuil.regionapi.ProblemType;

/**
 * A request the backend refuses as a whole: the kind of problem (its HTTP status and code) and a
 * reason the sender can act on. Nothing of a rejected request is stored.
 */
public final class Rejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ProblemType type;

  public Rejection(ProblemType type, String reason) {
    super(reason);
    this.type = type;
  }

  public static Rejection invalid(String reason) {
    return new Rejection(ProblemType.INVALID, reason);
  }

  public ProblemType type() {
    return type;
  }
}
