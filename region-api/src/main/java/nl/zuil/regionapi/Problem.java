package nl.zuil.regionapi;

/**
 * The body of every 4xx and 5xx answer of API v1, sent as {@value #MEDIA_TYPE} (RFC 9457, as the NL
 * API Design Rules ask): what kind of problem, its title, the HTTP status and what exactly went
 * wrong, plus the stable {@code code} programs decide on. See {@link ProblemType} for the kinds.
 *
 * <p>Agents of release 0.1 read {@code {"error": code, "reason": text}} and need both members
 * (their strict reading fails without either); {@code error} and {@code reason} stay, with the same
 * values as {@code code} and {@code detail}, until the last of those agents is retired (decision
 * 0213).
 *
 * @param type {@code urn:zuil:problem:} and the code, or {@code about:blank} for a bare HTTP status
 * @param title the same for every problem of this type, for people
 * @param status the HTTP status of the answer
 * @param detail this occurrence: which field, which value, what to do
 * @param code a stable code, e.g. invalid, unauthenticated, not_your_kiosk, enrolment_refused
 * @param error the same as {@code code}, for agents of release 0.1
 * @param reason the same as {@code detail}, for agents of release 0.1
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    String error,
    String reason) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The type URI of every problem with a code of ours. */
  public static final String TYPE_PREFIX = "urn:zuil:problem:";

  /** A problem of a known type. */
  public static Problem of(ProblemType type, String detail) {
    return new Problem(
        TYPE_PREFIX + type.code(),
        type.title(),
        type.status(),
        detail,
        type.code(),
        type.code(),
        detail);
  }

  /** A bare HTTP status that has no type of ours (405 from the router, say). */
  public static Problem ofStatus(int status, String title, String detail) {
    String code = "http_" + status;
    return new Problem("about:blank", title, status, detail, code, code, detail);
  }
}
