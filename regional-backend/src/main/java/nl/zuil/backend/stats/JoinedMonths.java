package nl.zuil.backend.stats;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One period's {@link Cube} from the cubes of its months (decision 0709): a sum over the period is
 * the sum of the months' sums, so counts under the same key are added and lists by day are put
 * together (no day is in two months).
 */
final class JoinedMonths {

  private JoinedMonths() {}

  static Cube of(Collection<Cube> months, List<Cube.PeriodTotal> comparisons) {
    CubeParts joined = new CubeParts();
    Map<List<String>, Cube.Combination> combinations = new LinkedHashMap<>();
    Map<List<Object>, Long> selfService = new LinkedHashMap<>();
    Map<String, long[]> corrections = new LinkedHashMap<>();
    Map<List<String>, long[]> contacts = new LinkedHashMap<>();
    for (Cube month : months) {
      joined.byLocationAndDay.addAll(month.byLocationAndDay());
      joined.byDayAndHour.addAll(month.byDayAndHour());
      for (Cube.Combination c : month.byCombination()) {
        combinations.merge(
            List.of(c.question(), c.situation(), c.outcome(), c.partner()), c, JoinedMonths::add);
      }
      month
          .waitingByLocation()
          .forEach((location, bins) -> add(joined.waitingByLocation, location, bins));
      for (Cube.LocationHourCount count : month.selfServiceByLocationAndHour()) {
        selfService.merge(List.of(count.location(), count.hour()), count.visits(), Long::sum);
      }
      for (Cube.LocationCorrections count : month.correctionsByLocation()) {
        add(corrections, count.location(), new long[] {count.outcomes(), count.corrected()});
      }
      for (Cube.ChannelCount count : month.contactsByLocationAndChannel()) {
        add(
            contacts,
            List.of(count.location(), count.channel()),
            new long[] {count.contacts(), count.people()});
      }
    }
    joined.byCombination.addAll(combinations.values());
    selfService.forEach(
        (key, visits) ->
            joined.selfServiceByLocationAndHour.add(
                new Cube.LocationHourCount((String) key.get(0), (Integer) key.get(1), visits)));
    corrections.forEach(
        (location, counts) ->
            joined.correctionsByLocation.add(
                new Cube.LocationCorrections(location, counts[0], counts[1])));
    contacts.forEach(
        (key, counts) ->
            joined.contactsByLocationAndChannel.add(
                new Cube.ChannelCount(key.get(0), key.get(1), counts[0], counts[1])));
    return joined.cube(comparisons);
  }

  private static Cube.Combination add(Cube.Combination a, Cube.Combination b) {
    return new Cube.Combination(
        a.question(),
        a.situation(),
        a.outcome(),
        a.partner(),
        a.visits() + b.visits(),
        a.confirmedReferrals() + b.confirmedReferrals(),
        a.questions() + b.questions(),
        a.ratedGood() + b.ratedGood(),
        a.ratedOk() + b.ratedOk(),
        a.ratedBad() + b.ratedBad());
  }

  /** Adds {@code counts} to the counts under {@code key}, never changing a month's own array. */
  private static <K> void add(Map<K, long[]> sums, K key, long[] counts) {
    long[] sum = sums.computeIfAbsent(key, k -> new long[counts.length]);
    for (int i = 0; i < counts.length; i++) {
      sum[i] += counts[i];
    }
  }
}
