package nl.zuil.catalogue.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Coordinates;
import nl.zuil.catalogue.Location;
import nl.zuil.catalogue.OpeningHours;
import nl.zuil.catalogue.OpeningHours.DateHours;
import org.junit.jupiter.api.Test;

class GidsRosterTest {

  private static final Catalogue DEFAULT = CatalogueLoader.loadDefault();
  private static final String HERE = "hier";

  @Test
  void aGidsIsThereDuringTheWeeklyHoursAndTheTicketKnowsWhenTheyLeave() {
    OpeningHours tuesdayMorning = weekly("tuesday", "09:00-12:30");

    Presence during = presenceAt("2026-11-24T10:00", tuesdayMorning);
    assertThat(during.staffed()).isTrue();
    assertThat(during.minutesUntilClosing()).contains(150L);

    Presence before = presenceAt("2026-11-24T08:59", tuesdayMorning);
    assertThat(before.staffed()).isFalse();
    assertThat(before.next().orElseThrow().start()).isEqualTo(local("2026-11-24T09:00"));
  }

  @Test
  void atClosingTimeTheGidsHasGoneAndTheNextPeriodIsNextWeek() {
    Presence closing = presenceAt("2026-11-24T12:30", weekly("tuesday", "09:00-12:30"));

    assertThat(closing.staffed()).isFalse();
    assertThat(closing.minutesUntilClosing()).isEmpty();
    assertThat(closing.next().orElseThrow().start()).isEqualTo(local("2026-12-01T09:00"));
  }

  @Test
  void anExceptionWithoutHoursClosesThatDay() {
    OpeningHours hours =
        hours(Map.of("tuesday", List.of("09:00-12:30")), new DateHours("2026-12-01", List.of()));

    Presence closed = presenceAt("2026-12-01T10:00", hours);

    assertThat(closed.staffed()).isFalse();
    assertThat(closed.next().orElseThrow().start()).isEqualTo(local("2026-12-08T09:00"));
  }

  @Test
  void anExceptionWithHoursOpensADayThatHasNone() {
    OpeningHours hours =
        hours(
            Map.of("tuesday", List.of("09:00-12:30")),
            new DateHours("2026-11-27", List.of("13:00-16:00")));

    assertThat(presenceAt("2026-11-27T14:00", hours).minutesUntilClosing()).contains(120L);
    assertThat(presenceAt("2026-11-27T12:00", hours).next().orElseThrow().start())
        .isEqualTo(local("2026-11-27T13:00"));
  }

  @Test
  void aRegionalHolidayClosesEveryLocationUnlessItsOwnExceptionOpensIt() {
    // Tweede Paasdag, Monday 6 April 2026, is one of the default catalogue's closed days.
    OpeningHours mondays = weekly("monday", "09:00-12:00");
    Presence holiday = presenceAt("2026-04-06T10:00", mondays);
    assertThat(holiday.staffed()).isFalse();
    assertThat(holiday.next().orElseThrow().start()).isEqualTo(local("2026-04-13T09:00"));

    OpeningHours openAnyway =
        hours(
            Map.of("monday", List.of("09:00-12:00")),
            new DateHours("2026-04-06", List.of("10:00-11:00")));
    assertThat(presenceAt("2026-04-06T10:30", openAnyway).minutesUntilClosing()).contains(30L);
  }

  @Test
  void theNextPeriodSkipsChristmasDays() {
    // Friday 25 and Saturday 26 December 2026 are closed days; Thursday 24th after hours.
    OpeningHours hours =
        hours(
            Map.of(
                "thursday", List.of("09:00-12:00"),
                "friday", List.of("09:00-12:00"),
                "saturday", List.of("10:00-12:00"),
                "monday", List.of("13:00-15:00")));

    Presence christmasEve = presenceAt("2026-12-24T17:00", hours);

    assertThat(christmasEve.next().orElseThrow().start()).isEqualTo(local("2026-12-28T13:00"));
  }

  @Test
  void aPeriodThroughMidnightIsOnePeriod() {
    OpeningHours night =
        hours(Map.of("friday", List.of("22:00-24:00"), "saturday", List.of("00:00-01:00")));

    Presence lateFriday = presenceAt("2026-11-27T23:30", night);

    assertThat(lateFriday.minutesUntilClosing()).contains(90L);
    assertThat(lateFriday.current().orElseThrow().end()).isEqualTo(local("2026-11-28T01:00"));
    assertThat(presenceAt("2026-11-28T00:30", night).minutesUntilClosing()).contains(30L);
  }

  @Test
  void onTheSpringDstNightTheHourThatDoesNotExistIsNotCounted() {
    // Sunday 29 March 2026: clocks go from 02:00 to 03:00.
    OpeningHours hours =
        hours(Map.of("sunday", List.of("01:00-04:00"), "monday", List.of("09:00-12:00")));

    assertThat(presenceAt("2026-03-29T01:30", hours).minutesUntilClosing()).contains(90L);
    assertThat(presenceAt("2026-03-29T12:00", hours).next().orElseThrow().start().toInstant())
        .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
  }

  @Test
  void onTheAutumnDstNightTheHourThatHappensTwiceIsCountedTwice() {
    // Sunday 25 October 2026: clocks go from 03:00 back to 02:00.
    OpeningHours hours =
        hours(Map.of("sunday", List.of("01:00-04:00"), "monday", List.of("09:00-12:00")));

    assertThat(presenceAt("2026-10-25T01:30", hours).minutesUntilClosing()).contains(210L);
    assertThat(presenceAt("2026-10-25T12:00", hours).next().orElseThrow().start().toInstant())
        .isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
  }

  @Test
  void gidsPresentOverrideStaffsTheRestOfTheDayAndLapsesAtMidnight() {
    OpeningHours tuesdayMorning = weekly("tuesday", "09:00-12:30");
    PresenceOverride present = override(PresenceOverride.Kind.PRESENT, "2026-11-25T13:55");

    Presence wednesday = presenceAt("2026-11-25T14:00", tuesdayMorning, present);
    assertThat(wednesday.staffed()).isTrue();
    assertThat(wednesday.minutesUntilClosing()).contains(600L);
    assertThat(wednesday.override()).contains(present);

    Presence thursday = presenceAt("2026-11-26T00:00", tuesdayMorning, present);
    assertThat(thursday.staffed()).isFalse();
    assertThat(thursday.override()).isEmpty();
  }

  @Test
  void noGidsOverrideClosesTheRestOfTheDayAndTheNextPeriodIsTheRosters() {
    OpeningHours hours =
        hours(Map.of("tuesday", List.of("09:00-12:30", "13:30-16:00"), "wednesday", List.of()));
    PresenceOverride absent = override(PresenceOverride.Kind.ABSENT, "2026-11-24T10:00");

    Presence later = presenceAt("2026-11-24T14:00", hours, absent);

    assertThat(later.staffed()).isFalse();
    assertThat(later.next().orElseThrow().start()).isEqualTo(local("2026-12-01T09:00"));
    assertThat(presenceAt("2026-12-01T10:00", hours, absent).staffed()).isTrue();
  }

  @Test
  void noGidsOverrideLeavesTheRostersHoursAfterMidnight() {
    OpeningHours night =
        hours(Map.of("friday", List.of("20:00-24:00"), "saturday", List.of("00:00-02:00")));
    PresenceOverride absent = override(PresenceOverride.Kind.ABSENT, "2026-11-27T21:00");

    Presence presence = presenceAt("2026-11-27T21:00", night, absent);

    assertThat(presence.staffed()).isFalse();
    assertThat(presence.next().orElseThrow())
        .isEqualTo(new Period(local("2026-11-28T00:00"), local("2026-11-28T02:00")));
  }

  @Test
  void aLocationWithoutGidsHoursIsNeverStaffedEvenWithAnOverride() {
    PresenceOverride present = override(PresenceOverride.Kind.PRESENT, "2026-11-24T09:00");

    Presence zuil = presenceAt("2026-11-24T10:00", null, present);

    assertThat(zuil.staffed()).isFalse();
    assertThat(zuil.next()).isEmpty();
  }

  @Test
  void aPlaceClosedForLongerThanTheHorizonHasNoNextPeriod() {
    OpeningHours farAway = hours(Map.of(), new DateHours("2027-03-01", List.of("09:00-12:00")));

    assertThat(presenceAt("2026-11-24T10:00", farAway).next()).isEmpty();
    assertThat(presenceAt("2027-01-15T10:00", farAway).next()).isPresent();
  }

  @Test
  void theNearestStaffedPlacesComeByDistanceThenThoseWithoutCoordinatesByName() {
    OpeningHours mondays = weekly("monday", "09:00-12:00");
    List<Location> locations =
        List.of(
            new Location(HERE, "Hier", "Hengelo", null, at(52.2658, 6.7934), null),
            new Location("ver", "Ver weg", "Almelo", null, at(52.3571, 6.6604), mondays),
            new Location("dichtbij", "Dichtbij", "Hengelo", null, at(52.2631, 6.7958), mondays),
            new Location("zonder-b", "B zonder plek", "Borne", null, null, mondays),
            new Location("zonder-a", "A zonder plek", "Borne", null, null, mondays),
            new Location("nooit", "Nooit", "Borne", null, at(52.30, 6.75), null));
    GidsRoster roster = roster("2026-11-24T10:00", locations);

    List<PlacePresence> nearest = roster.nearestStaffed(HERE, 10);

    assertThat(nearest)
        .extracting(p -> p.location().code())
        .containsExactly("dichtbij", "ver", "zonder-a", "zonder-b");
    assertThat(nearest.get(0).kilometres().orElseThrow()).isBetween(0.2, 0.5);
    assertThat(nearest.get(0).presence().next().orElseThrow().start())
        .isEqualTo(local("2026-11-30T09:00"));
    assertThat(roster.nearestStaffed(HERE, 2)).hasSize(2);
  }

  @Test
  void thePhoneLineIsClosedOnARegionalHolidayToo() {
    GidsRoster roster = roster("2026-12-25T10:00", List.of());
    Timetable line = roster.timetable(DEFAULT.contact().phoneHours());

    assertThat(line.current(roster.now())).isEmpty();
    assertThat(line.next(roster.now()).orElseThrow().start()).isEqualTo(local("2026-12-28T09:00"));
  }

  private static Presence presenceAt(String localTime, OpeningHours hours) {
    return roster(localTime, List.of(here(hours))).presence(HERE, Optional.empty());
  }

  private static Presence presenceAt(
      String localTime, OpeningHours hours, PresenceOverride override) {
    return roster(localTime, List.of(here(hours))).presence(HERE, Optional.of(override));
  }

  private static Location here(OpeningHours hours) {
    return new Location(HERE, "Hier", "Hengelo", null, null, hours);
  }

  private static GidsRoster roster(String localTime, List<Location> locations) {
    Catalogue catalogue =
        new Catalogue(
            DEFAULT.formatVersion(),
            DEFAULT.region(),
            DEFAULT.version(),
            DEFAULT.languages(),
            DEFAULT.questionTypes(),
            DEFAULT.situations(),
            DEFAULT.outcomes(),
            DEFAULT.partners(),
            DEFAULT.contact(),
            new ArrayList<>(locations),
            DEFAULT.closedDays(),
            DEFAULT.texts());
    return new GidsRoster(catalogue, Clock.fixed(local(localTime).toInstant(), Timetable.ZONE));
  }

  private static PresenceOverride override(PresenceOverride.Kind kind, String localTime) {
    return new PresenceOverride(kind, local(localTime));
  }

  private static ZonedDateTime local(String localTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localTime), Timetable.ZONE);
  }

  private static Coordinates at(double lat, double lon) {
    return new Coordinates(lat, lon);
  }

  private static OpeningHours weekly(String day, String period) {
    return hours(Map.of(day, List.of(period)));
  }

  private static OpeningHours hours(Map<String, List<String>> weekly, DateHours... exceptions) {
    return new OpeningHours(weekly, List.of(exceptions));
  }
}
