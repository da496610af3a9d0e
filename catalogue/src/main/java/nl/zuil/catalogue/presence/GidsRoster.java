package nl.zuil.catalogue.presence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.ClosedDay;
import nl.zuil.catalogue.Coordinates;
import nl.zuil.catalogue.Location;
import nl.zuil.catalogue.OpeningHours;

/**
 * When gidsen are at the region's inlooppunten, from the catalogue and the clock: the answer to "is
 * someone here?" for the kiosk, and "where else, and when?" for a visitor who finds nobody.
 */
public final class GidsRoster {

  private final Catalogue catalogue;
  private final Clock clock;
  private final Set<LocalDate> closedDays;

  public GidsRoster(Catalogue catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.closedDays =
        catalogue.closedDays().stream().map(ClosedDay::day).collect(Collectors.toSet());
  }

  /** The now this roster answers for, in Dutch local time. */
  public ZonedDateTime now() {
    return ZonedDateTime.now(clock.withZone(Timetable.ZONE));
  }

  /** Any opening hours of the region (a phone line, a partner's desk) with its closed days. */
  public Timetable timetable(OpeningHours hours) {
    return Timetable.of(hours, closedDays);
  }

  /**
   * Presence at a location, with the console's override if one was set today. A location the
   * catalogue does not know, or one without gids hours, is never staffed: a zuil nobody rostered
   * cannot promise a gids, and an override there would send visitors to wait for nobody.
   */
  public Presence presence(String locationCode, Optional<PresenceOverride> override) {
    ZonedDateTime now = now();
    Optional<OpeningHours> hours = catalogue.location(locationCode).flatMap(Location::hours);
    if (hours.isEmpty()) {
      return new Presence(now, Optional.empty(), Optional.empty(), Optional.empty());
    }
    Timetable timetable = timetable(hours.get());
    Optional<PresenceOverride> today = override.filter(o -> o.appliesOn(now.toLocalDate()));
    if (today.isEmpty()) {
      Optional<Period> current = timetable.current(now);
      return new Presence(
          now, current, timetable.next(current.map(Period::end).orElse(now)), Optional.empty());
    }
    ZonedDateTime midnight = today.get().lapsesAt();
    if (today.get().kind() == PresenceOverride.Kind.ABSENT) {
      return new Presence(now, Optional.empty(), fromMidnight(timetable, midnight), today);
    }
    // Present until midnight, and longer when the roster's own period runs through midnight.
    ZonedDateTime end =
        timetable
            .current(midnight)
            .map(Period::end)
            .filter(e -> e.isAfter(midnight))
            .orElse(midnight);
    Period current = new Period(today.get().setAt(), end);
    return new Presence(now, Optional.of(current), timetable.next(end), today);
  }

  private static Optional<Period> fromMidnight(Timetable timetable, ZonedDateTime midnight) {
    Optional<Period> running = timetable.current(midnight);
    if (running.isPresent()) {
      return Optional.of(new Period(midnight, running.get().end()));
    }
    return timetable.next(midnight);
  }

  /**
   * The other inlooppunten where a gids is now or will be within the horizon, nearest first. Places
   * without coordinates come after those with, by name, as do all when this location has none.
   */
  public List<PlacePresence> nearestStaffed(String locationCode, int limit) {
    Optional<Location> here = catalogue.location(locationCode);
    Optional<Coordinates> from =
        here.map(Location::coordinates).filter(c -> c.lat() != null && c.lon() != null);
    return catalogue.locations().stream()
        .filter(l -> !l.code().equals(locationCode))
        .map(l -> place(l, from))
        .filter(p -> p.presence().staffed() || p.presence().next().isPresent())
        .sorted(
            Comparator.comparing((PlacePresence p) -> p.kilometres().isEmpty())
                .thenComparing(p -> p.kilometres().orElse(0.0))
                .thenComparing(p -> p.location().name()))
        .limit(limit)
        .toList();
  }

  private PlacePresence place(Location location, Optional<Coordinates> from) {
    Optional<Double> km =
        from.flatMap(
            f ->
                Optional.ofNullable(location.coordinates())
                    .filter(c -> c.lat() != null && c.lon() != null)
                    .map(f::kilometresTo));
    return new PlacePresence(location, presence(location.code(), Optional.empty()), km);
  }
}
