package nl.zuil.catalogue.presence;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Whether a gids is at a location at one moment, and when one is next.
 *
 * @param now the moment this was worked out for
 * @param current the period running now; empty when no gids is there
 * @param next the first period after the current one (or after now), within the horizon
 * @param override the console override that decided this, if one applies today
 */
public record Presence(
    ZonedDateTime now,
    Optional<Period> current,
    Optional<Period> next,
    Optional<PresenceOverride> override) {

  public boolean staffed() {
    return current.isPresent();
  }

  /** Real minutes until the gids leaves; empty when no gids is there. */
  public Optional<Long> minutesUntilClosing() {
    return current.map(p -> p.minutesLeft(now));
  }
}
