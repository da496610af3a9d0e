package nl.zuil.kioskfiles.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.json.MayBeNull;

/**
 * How the disk under the visit ledger is doing, as the kiosk saw it: the content of {@link
 * LedgerDiskFile}, field names as in the JSON. Counts and times only, never a visit. Fields a newer
 * kiosk adds are ignored, so an older agent still reads the file.
 *
 * @param freeBytes what the ledger's file system has left for the kiosk
 * @param writeFailures visits the ledger could not write since the kiosk started
 * @param lastWriteFailureAt the latest of those, or null when there was none
 * @param heldVisits self-service visits the kiosk keeps in memory until the disk takes them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerDiskStatus(
    Instant checkedAt,
    long freeBytes,
    long writeFailures,
    @MayBeNull Instant lastWriteFailureAt,
    int heldVisits) {

  /** Below this the kiosk warns: a few hours of visits and the log's checkpoints still fit. */
  public static final long LOW_BYTES = 50L * 1024 * 1024;

  public Optional<Instant> lastWriteFailure() {
    return Optional.ofNullable(lastWriteFailureAt);
  }

  /** True when less than {@link #LOW_BYTES} is left: the console and the fleet page warn. */
  @JsonIgnore
  public boolean lowOnSpace() {
    return freeBytes < LOW_BYTES;
  }

  /** True when visits are waiting for the disk or space is running out. */
  @JsonIgnore
  public boolean alarming() {
    return heldVisits > 0 || lowOnSpace();
  }
}
