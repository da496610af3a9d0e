package nl.zuil.kioskfiles.health;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.json.MayBeNull;

/**
 * What the sync agent says about itself after an attempt: the content of its health file ({@link
 * HealthFile}), field names as in the JSON. Fields a newer agent adds are ignored, so an older
 * kiosk or tool still reads the file.
 *
 * @param status one of the constants below ({@link #OK}, {@link #RETRYING}, ...)
 * @param backlogRevisions ledger revisions not yet acknowledged by the region
 * @param problem the last failure in words; never a credential
 * @param setAsideBuckets buckets the backend refused on their own, waiting to be offered again
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthSnapshot(
    String status,
    Instant updatedAt,
    long acknowledgedRevision,
    long ledgerRevision,
    long backlogRevisions,
    @MayBeNull Instant lastSuccessAt,
    @MayBeNull String problem,
    @MayBeNull Instant nextAttemptAt,
    @MayBeNull Long clockOffsetMillis,
    int setAsideBuckets,
    @MayBeNull String setAsideReason) {

  public static final String OK = "ok";
  public static final String RETRYING = "retrying";
  public static final String REJECTED = "rejected";
  public static final String UNAUTHORISED = "unauthorised";
  public static final String NO_LEDGER = "no-ledger";
  public static final String LEDGER_BEHIND = "ledger-behind";
  public static final String STOPPED = "stopped";

  /** A snapshot as the agent has it, with the backlog worked out. */
  public static HealthSnapshot of(
      String status,
      Instant now,
      long acknowledgedRevision,
      long ledgerRevision,
      Optional<Instant> lastSuccess,
      Optional<String> problem,
      Optional<Instant> nextAttempt,
      Optional<Long> clockOffsetMillis,
      int setAsideBuckets,
      Optional<String> setAsideReason) {
    return new HealthSnapshot(
        status,
        now,
        acknowledgedRevision,
        ledgerRevision,
        Math.max(0, ledgerRevision - acknowledgedRevision),
        lastSuccess.orElse(null),
        problem.orElse(null),
        nextAttempt.orElse(null),
        clockOffsetMillis.orElse(null),
        setAsideBuckets,
        setAsideReason.orElse(null));
  }

  /** True when the last attempt delivered. */
  public boolean ok() {
    return OK.equals(status);
  }

  public Optional<Instant> lastSuccess() {
    return Optional.ofNullable(lastSuccessAt);
  }

  public Optional<String> problemText() {
    return Optional.ofNullable(problem);
  }
}
