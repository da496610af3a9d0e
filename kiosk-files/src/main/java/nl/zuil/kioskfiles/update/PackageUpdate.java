package nl.zuil.kioskfiles.update;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The kiosk package installed last: the content of {@link PackageUpdateFile}, written by the {@code
 * zuil-kiosk} package's postinst on every install and update. A kiosk that started before {@code
 * installedAt} runs the old version and restarts at its next idle moment (decision 0808); a kiosk
 * that started after it runs {@code version}. Fields a newer package adds are ignored.
 *
 * @param version the Debian version of {@code zuil-kiosk}, such as {@code 0.1.0~20261207T0712}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackageUpdate(String version, Instant installedAt) {

  /** True when this install happened after a kiosk started at {@code kioskStartedAt}. */
  public boolean newerThan(Instant kioskStartedAt) {
    return installedAt.isAfter(kioskStartedAt);
  }
}
