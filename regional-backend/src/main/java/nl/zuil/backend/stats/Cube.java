package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raw sums behind one dashboard, straight from the buckets: never shown as such, only through
 * {@link Suppression}. Every list adds up to the same number of visits.
 *
 * @param waitingByLocation per inlooppunt, the visits in each waiting-time bin
 * @param selfServiceByLocationAndHour visits recorded under the catalogue's self-service outcome
 *     (no gids present), per inlooppunt and hour of day: a subset of the visits, not a breakdown of
 *     all of them
 * @param comparisons the totals of the periods {@link StatsQuery#comparisons()} asked for, in that
 *     order
 * @param correctionsByLocation per inlooppunt, the visits with an outcome a gids recorded and how
 *     many of those outcomes a gids corrected the same day (decision 1004)
 * @param contactsByLocationAndChannel contacts a gids recorded without a ticket (decision 0707),
 *     per inlooppunt and channel: not visits, and in none of the lists above
 */
public record Cube(
    List<DayCount> byLocationAndDay,
    List<HourCount> byDayAndHour,
    List<Combination> byCombination,
    Map<String, long[]> waitingByLocation,
    List<LocationHourCount> selfServiceByLocationAndHour,
    List<PeriodTotal> comparisons,
    List<LocationCorrections> correctionsByLocation,
    List<ChannelCount> contactsByLocationAndChannel) {

  /** Sums without corrections and contacts. */
  public Cube(
      List<DayCount> byLocationAndDay,
      List<HourCount> byDayAndHour,
      List<Combination> byCombination,
      Map<String, long[]> waitingByLocation,
      List<LocationHourCount> selfServiceByLocationAndHour,
      List<PeriodTotal> comparisons) {
    this(
        byLocationAndDay,
        byDayAndHour,
        byCombination,
        waitingByLocation,
        selfServiceByLocationAndHour,
        comparisons,
        List.of(),
        List.of());
  }

  /** Unmodifiable: one cube may be read by many requests at once ({@link CachedStats}). */
  public Cube {
    byLocationAndDay = List.copyOf(byLocationAndDay);
    byDayAndHour = List.copyOf(byDayAndHour);
    byCombination = List.copyOf(byCombination);
    waitingByLocation = Map.copyOf(waitingByLocation);
    selfServiceByLocationAndHour = List.copyOf(selfServiceByLocationAndHour);
    comparisons = List.copyOf(comparisons);
    correctionsByLocation = List.copyOf(correctionsByLocation);
    contactsByLocationAndChannel = List.copyOf(contactsByLocationAndChannel);
  }

  /** Sums without comparisons, corrections and contacts. */
  public Cube(
      List<DayCount> byLocationAndDay,
      List<HourCount> byDayAndHour,
      List<Combination> byCombination,
      Map<String, long[]> waitingByLocation,
      List<LocationHourCount> selfServiceByLocationAndHour) {
    this(
        byLocationAndDay,
        byDayAndHour,
        byCombination,
        waitingByLocation,
        selfServiceByLocationAndHour,
        List.of());
  }

  /**
   * The visits of another period, same selection.
   *
   * @param reporting the inlooppunten that sent any counts for it
   */
  public record PeriodTotal(Period period, long visits, Set<String> reporting) {
    public PeriodTotal {
      reporting = Set.copyOf(reporting);
    }
  }

  public record DayCount(String location, LocalDate day, long visits) {}

  public record HourCount(LocalDate day, int hour, long visits) {}

  public record LocationHourCount(String location, int hour, long visits) {}

  /**
   * @param outcomes visits whose outcome a gids recorded
   * @param corrected of those, the ones whose outcome a gids corrected the same day
   */
  public record LocationCorrections(String location, long outcomes, long corrected) {}

  /**
   * Contacts of one inlooppunt through one channel.
   *
   * @param channel a contact {@link nl.zuil.regionapi.Channel} code, never {@code kiosk}
   * @param people the people reached: the contacts, plus the rest of group sessions' head counts
   */
  public record ChannelCount(String location, String channel, long contacts, long people) {}

  /**
   * Visits with one question, situation, outcome and partner ({@link nl.zuil.catalogue.Codes#NONE}
   * for none).
   *
   * @param questions the questions with this key: the visits' first questions plus further
   *     questions (decision 1006), whose visits may be counted under another key
   * @param ratedGood visitors who tapped the happy face of "Hoe was het?" (decision 0309); the
   *     three rated counts are part of the visits, those who did not tap are in none
   */
  public record Combination(
      String question,
      String situation,
      String outcome,
      String partner,
      long visits,
      long confirmedReferrals,
      long questions,
      long ratedGood,
      long ratedOk,
      long ratedBad) {}
}
