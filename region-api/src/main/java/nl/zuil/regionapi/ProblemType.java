package nl.zuil.regionapi;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem API v1 answers with: its HTTP status, the stable code programs decide on,
 * and a title for people. The codes are part of the API: a new one is added here and in {@code
 * openapi.yaml}, an existing one never changes its meaning.
 */
public enum ProblemType {
  INVALID(400, "invalid", "The request breaks a rule of the API; nothing was stored"),
  UNAUTHENTICATED(401, "unauthenticated", "A valid device credential is needed"),
  ENROLMENT_REFUSED(403, "enrolment_refused", "This enrolment code cannot be used"),
  NOT_YOUR_KIOSK(403, "not_your_kiosk", "The credential belongs to another kiosk"),
  NOT_FOUND(404, "not_found", "API v1 has no such path"),
  NO_CATALOGUE(409, "no_catalogue", "The kiosk's region has no catalogue"),
  TOO_LARGE(413, "too_large", "The request is too large; nothing was stored"),
  INTERNAL(500, "internal", "Internal error; nothing was stored"),
  UNAVAILABLE(503, "unavailable", "The backend cannot store anything now; try again later");

  private final int status;
  private final String code;
  private final String title;

  ProblemType(int status, String code, String title) {
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  /** The one type for a bare HTTP status, when exactly one type has it. */
  public static Optional<ProblemType> forStatus(int status) {
    ProblemType[] matching =
        Arrays.stream(values()).filter(t -> t.status == status).toArray(ProblemType[]::new);
    return matching.length == 1 ? Optional.of(matching[0]) : Optional.empty();
  }
}
