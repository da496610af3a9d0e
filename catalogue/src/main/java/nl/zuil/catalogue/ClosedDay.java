package nl.zuil.catalogue;

import java.time.LocalDate;

/**
 * A date on which the whole region is closed (a public holiday): no gidsen, no phone line, no
 * partner desks, unless a location's or line's own exception for that date says otherwise.
 *
 * @param name for the region's editors and the review page (Dutch, e.g. "Tweede Paasdag"); the
 *     kiosk never shows it
 */
public record ClosedDay(String date, String name) {

  public LocalDate day() {
    return LocalDate.parse(date);
  }
}
