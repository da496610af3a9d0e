package nl.zuil.catalogue.presence;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A gids's word on the console that overrules the roster for the rest of the day: present now (an
 * extra half-day) or no gids any more (ill, left early). It lapses at midnight, so a forgotten
 * override never keeps a kiosk wrong for longer than a day.
 */
public record PresenceOverride(Kind kind, ZonedDateTime setAt) {

  public enum Kind {
    PRESENT,
    ABSENT
  }

  public PresenceOverride {
    setAt = setAt.withZoneSameInstant(Timetable.ZONE);
  }

  public boolean appliesOn(LocalDate date) {
    return setAt.toLocalDate().equals(date);
  }

  /** The midnight that ends this override. */
  public ZonedDateTime lapsesAt() {
    return setAt.toLocalDate().plusDays(1).atStartOfDay(Timetable.ZONE);
  }
}
