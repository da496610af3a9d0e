package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zuil.backend.region.Location;
import nl.zuil.catalogue.Codes;

/**
 * The raw count tables of one dashboard, before anything is protected, with the codes behind their
 * rows and columns. Every table adds up to the same visits.
 */
final class CountTables {

  private static final int FIRST_HOUR = 9;
  private static final int LAST_HOUR = 16;

  /** An outcome row: the outcome, split by whether the referral was confirmed when it can be. */
  record OutcomeRow(String code, Boolean confirmed) {}

  final List<Location> locations;
  final List<LocalDate> steps;
  final long[][] visits;
  final List<String> questionCodes;
  final long[][] questions;
  final List<String> situationCodes;
  final long[][] situations;
  final List<OutcomeRow> outcomeRows;
  final List<String> partnerCodes;
  final long[][] outcomes;
  final int firstHour;
  final int lastHour;
  final long[][] heat;
  final List<String> referralPartnerCodes;
  final long[][] referralsByQuestion;
  final int selfServiceFirstHour;
  final int selfServiceLastHour;
  final long[][] selfService;

  CountTables(
      CatalogueLabels labels, Period period, LocalDate today, List<Location> locations, Cube cube) {
    this.locations = locations;
    Set<LocalDate> counted = new java.util.HashSet<>();
    cube.byLocationAndDay().forEach(count -> counted.add(period.step().start(count.day())));
    this.steps =
        period.step().starts(period).stream()
            .filter(start -> !start.isAfter(today) || counted.contains(start))
            .toList();
    Map<LocalDate, Integer> stepIndex = index(steps);
    Map<String, Integer> locationIndex = new HashMap<>();
    for (Location location : locations) {
      locationIndex.put(location.code(), locationIndex.size());
    }
    visits = new long[steps.size()][locations.size()];
    for (Cube.DayCount count : cube.byLocationAndDay()) {
      Integer c = locationIndex.get(count.location());
      if (c != null) {
        visits[stepIndex.get(period.step().start(count.day()))][c] += count.visits();
      }
    }

    Set<String> questionSet = new LinkedHashSet<>(labels.questions());
    Set<String> situationSet = new LinkedHashSet<>(labels.situations());
    Set<String> outcomeSet = new LinkedHashSet<>(labels.outcomes());
    Set<String> partnerSet = new LinkedHashSet<>(labels.partners());
    for (Cube.Combination combination : cube.byCombination()) {
      questionSet.add(combination.question());
      addUnlessNone(situationSet, combination.situation());
      addUnlessNone(outcomeSet, combination.outcome());
      addUnlessNone(partnerSet, combination.partner());
    }
    questionCodes = List.copyOf(questionSet);
    situationSet.add(Codes.NONE);
    situationCodes = List.copyOf(situationSet);
    partnerSet.add(Codes.NONE);
    partnerCodes = List.copyOf(partnerSet);
    List<OutcomeRow> rows = new ArrayList<>();
    for (String outcome : outcomeSet) {
      if (labels.takesPartner(outcome)) {
        rows.add(new OutcomeRow(outcome, true));
        rows.add(new OutcomeRow(outcome, false));
      } else {
        rows.add(new OutcomeRow(outcome, null));
      }
    }
    rows.add(new OutcomeRow(Codes.NONE, null));
    outcomeRows = List.copyOf(rows);

    questions = new long[questionCodes.size()][1];
    situations = new long[situationCodes.size()][1];
    outcomes = new long[outcomeRows.size()][partnerCodes.size()];
    for (Cube.Combination combination : cube.byCombination()) {
      questions[questionCodes.indexOf(combination.question())][0] += combination.visits();
      situations[situationCodes.indexOf(combination.situation())][0] += combination.visits();
      int c = partnerCodes.indexOf(combination.partner());
      int single = outcomeRows.indexOf(new OutcomeRow(combination.outcome(), null));
      if (single >= 0) {
        outcomes[single][c] += combination.visits();
      } else {
        long confirmed = combination.confirmedReferrals();
        outcomes[outcomeRows.indexOf(new OutcomeRow(combination.outcome(), true))][c] += confirmed;
        outcomes[outcomeRows.indexOf(new OutcomeRow(combination.outcome(), false))][c] +=
            combination.visits() - confirmed;
      }
    }

    int first = FIRST_HOUR;
    int last = LAST_HOUR;
    for (Cube.HourCount count : cube.byDayAndHour()) {
      if (count.visits() > 0) {
        first = Math.min(first, count.hour());
        last = Math.max(last, count.hour());
      }
    }
    firstHour = first;
    lastHour = last;
    heat = new long[7][last - first + 1];
    for (Cube.HourCount count : cube.byDayAndHour()) {
      if (count.visits() > 0) {
        heat[count.day().getDayOfWeek().getValue() - 1][count.hour() - first] += count.visits();
      }
    }

    referralPartnerCodes = partnerCodes.stream().filter(code -> !code.equals(Codes.NONE)).toList();
    referralsByQuestion = new long[referralPartnerCodes.size()][questionCodes.size()];
    for (Cube.Combination combination : cube.byCombination()) {
      int r = referralPartnerCodes.indexOf(combination.partner());
      if (r >= 0) {
        referralsByQuestion[r][questionCodes.indexOf(combination.question())] +=
            combination.visits();
      }
    }

    int firstSelf = FIRST_HOUR;
    int lastSelf = LAST_HOUR;
    for (Cube.LocationHourCount count : cube.selfServiceByLocationAndHour()) {
      if (count.visits() > 0 && locationIndex.containsKey(count.location())) {
        firstSelf = Math.min(firstSelf, count.hour());
        lastSelf = Math.max(lastSelf, count.hour());
      }
    }
    selfServiceFirstHour = firstSelf;
    selfServiceLastHour = lastSelf;
    selfService = new long[locations.size()][lastSelf - firstSelf + 1];
    for (Cube.LocationHourCount count : cube.selfServiceByLocationAndHour()) {
      Integer r = locationIndex.get(count.location());
      if (r != null && count.visits() > 0) {
        selfService[r][count.hour() - firstSelf] += count.visits();
      }
    }
  }

  private static void addUnlessNone(Set<String> codes, String code) {
    if (!code.equals(Codes.NONE)) {
      codes.add(code);
    }
  }

  private static Map<LocalDate, Integer> index(List<LocalDate> days) {
    Map<LocalDate, Integer> index = new HashMap<>();
    for (LocalDate day : days) {
      index.put(day, index.size());
    }
    return index;
  }
}
