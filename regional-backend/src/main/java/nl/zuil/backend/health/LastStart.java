package nl.zuil.backend.health;

import java.time.Instant;
import java.util.Optional;

/**
 * A kiosk's last start as its agent reported it (decision 0808): the package version it started,
 * whether its screen came up, and the catalogue its screens show since when. After a package update
 * this is the update's result.
 *
 * @param state {@link #STARTING}, {@link #SHOWN} or {@link #FAILED}
 * @param catalogueVersion empty before the kiosk's first frame
 */
public record LastStart(
    String kioskVersion,
    String state,
    Instant startedAt,
    Instant stateAt,
    Optional<Integer> catalogueVersion,
    Optional<Instant> catalogueSince) {

  public static final String STARTING = "starting";
  public static final String SHOWN = "shown";
  public static final String FAILED = "failed";

  /** True when the kiosk shows an older catalogue than {@code published}. */
  public boolean behind(Optional<Integer> published) {
    return published.isPresent()
        && catalogueVersion.isPresent()
        && catalogueVersion.get() < published.get();
  }
}
