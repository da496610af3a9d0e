package nl.zuil.kioskfiles.update;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import nl.zuil.json.MayBeNull;

/**
 * How the kiosk's last start went and which catalogue it has taken up: the content of {@link
 * KioskStartFile}, read by the sync agent for its health report (decision 0808). The start after a
 * package update is that update's result. Fields a newer kiosk adds are ignored.
 *
 * @param version the package version the kiosk runs (from {@link PackageUpdateFile}), or the build
 *     version where no package is installed
 * @param state one of {@link #STARTING}, {@link #SHOWN}, {@link #FAILED}
 * @param stateAt when the kiosk reached {@code state}
 * @param problem why the start failed, in words for IT; null unless {@link #FAILED}
 * @param catalogueVersion the catalogue version the visitor screens show
 * @param catalogueSince when the kiosk took that catalogue up (its start, or the idle switch)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KioskStart(
    String version,
    String state,
    Instant startedAt,
    Instant stateAt,
    @MayBeNull String problem,
    @MayBeNull Integer catalogueVersion,
    @MayBeNull Instant catalogueSince) {

  /** Started, the first frame not out yet. A kiosk that stays here hangs before its screen. */
  public static final String STARTING = "starting";

  /** The visitor screen's first frame is out (the point the kiosk tells systemd READY=1). */
  public static final String SHOWN = "shown";

  /** The kiosk stopped before its screen: config, catalogue or ledger refused. */
  public static final String FAILED = "failed";

  public static KioskStart starting(String version, Instant now) {
    return new KioskStart(version, STARTING, now, now, null, null, null);
  }

  public KioskStart shown(int catalogue, Instant now) {
    return new KioskStart(version, SHOWN, startedAt, now, null, catalogue, now);
  }

  public KioskStart failed(String why, Instant now) {
    return new KioskStart(version, FAILED, startedAt, now, why, null, null);
  }

  public KioskStart catalogueTakenUp(int catalogue, Instant now) {
    return new KioskStart(version, state, startedAt, stateAt, problem, catalogue, now);
  }
}
