package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lists of one {@link Cube} while its sums are read, row by row. */
final class CubeParts {

  final List<Cube.DayCount> byLocationAndDay = new ArrayList<>();
  final List<Cube.HourCount> byDayAndHour = new ArrayList<>();
  final List<Cube.Combination> byCombination = new ArrayList<>();
  final Map<String, long[]> waitingByLocation = new LinkedHashMap<>();
  final List<Cube.LocationHourCount> selfServiceByLocationAndHour = new ArrayList<>();
  final List<Cube.LocationCorrections> correctionsByLocation = new ArrayList<>();
  final List<Cube.ChannelCount> contactsByLocationAndChannel = new ArrayList<>();

  Cube cube(List<Cube.PeriodTotal> comparisons) {
    return new Cube(
        byLocationAndDay,
        byDayAndHour,
        byCombination,
        waitingByLocation,
        selfServiceByLocationAndHour,
        comparisons,
        correctionsByLocation,
        contactsByLocationAndChannel);
  }
}
