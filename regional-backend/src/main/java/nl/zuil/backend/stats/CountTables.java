package nl.zuil.backend.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.zuil.backend.region.Location;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.Channel;

/**
 * The raw count tables of one dashboard, before anything is protected, each with the codes behind
 * its rows and columns. The first five add up to the same visits; the referral and self-service
 * tables count part of them.
 */
final class CountTables {

  private static final int FIRST_HOUR = 9;
  private static final int LAST_HOUR = 16;

  final List<Location> locations;

  /** Steps of the period (days, weeks or months) by inlooppunt code. */
  final LabelledTable<LocalDate, String> visits;

  /**
   * The steps in which each inlooppunt sent any counts at all (a zero among them): a step without
   * is "no data", not 0 (decision 0705).
   */
  final Map<String, Set<LocalDate>> reported = new HashMap<>();

  final LabelledTable<String, String> questions;

  /** By situation code, "no answer" ({@link Codes#NONE}) last. */
  final LabelledTable<String, String> situations;

  /**
   * Outcomes ("no outcome yet", {@link Codes#NONE}, last) by partner code, "no partner" last. Not
   * split by confirmation: that is {@link #confirmedByPartner}, published as a table of its own
   * (decision 0706).
   */
  final LabelledTable<String, String> outcomes;

  /** Visits sent to each partner whose arrival the gids confirmed. */
  final Map<String, Long> confirmedByPartner = new HashMap<>();

  /** Weekdays by hour of day. */
  final LabelledTable<DayOfWeek, Integer> heat;

  /** Visits sent to a partner, by partner and question code. */
  final LabelledTable<String, String> referralsByQuestion;

  /**
   * Taps on "Hoe was het?" by question code and face ({@link RatingsChart#FACES}); visitors who did
   * not tap are in no cell (decision 0309).
   */
  final LabelledTable<String, String> ratingsByQuestion;

  /** The same taps by outcome code ("no outcome yet" last) and face. */
  final LabelledTable<String, String> ratingsByOutcome;

  /** Self-service visits by inlooppunt code and hour of day. */
  final LabelledTable<String, Integer> selfService;

  /** The columns of {@link #corrections}. */
  static final String CORRECTED = "corrected";

  static final String KEPT = "kept";

  /**
   * Per inlooppunt, a gids's outcomes corrected the same day and kept as first recorded (decision
   * 1004); a part of the visits with its own total, like {@link #selfService}.
   */
  final LabelledTable<String, String> corrections;

  /**
   * Questions (not visits) per question type: every visit's first question plus the further
   * questions a gids added (decision 1006). Adds up to more than the visits, so it is protected
   * with a total of its own.
   */
  final LabelledTable<String, String> questionsAsked;

  /**
   * Contacts without a ticket by inlooppunt code and contact channel code (decision 0707): not
   * visits, so apart from every table above.
   */
  final LabelledTable<String, String> contacts;

  CountTables(
      CatalogueLabels labels, Period period, LocalDate today, List<Location> locations, Cube cube) {
    this.locations = locations;
    List<String> locationCodes = locations.stream().map(Location::code).toList();
    Set<String> selected = new HashSet<>(locationCodes);

    Set<LocalDate> counted = new HashSet<>();
    cube.byLocationAndDay().forEach(count -> counted.add(period.step().start(count.day())));
    List<LocalDate> steps =
        period.step().starts(period).stream()
            .filter(start -> !start.isAfter(today) || counted.contains(start))
            .toList();
    visits = new LabelledTable<>(steps, locationCodes, false);
    for (Cube.DayCount count : cube.byLocationAndDay()) {
      if (selected.contains(count.location())) {
        LocalDate start = period.step().start(count.day());
        visits.add(start, count.location(), count.visits());
        reported.computeIfAbsent(count.location(), l -> new HashSet<>()).add(start);
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
    situationSet.add(Codes.NONE);
    partnerSet.add(Codes.NONE);
    List<String> outcomeRows = new ArrayList<>(outcomeSet);
    outcomeRows.add(Codes.NONE);

    questions = LabelledTable.column(List.copyOf(questionSet));
    situations = LabelledTable.column(List.copyOf(situationSet));
    outcomes = new LabelledTable<>(outcomeRows, List.copyOf(partnerSet), true);
    List<String> referralPartners =
        partnerSet.stream().filter(code -> !code.equals(Codes.NONE)).toList();
    Set<String> referred = new HashSet<>(referralPartners);
    referralsByQuestion = new LabelledTable<>(referralPartners, questions.rows(), true);
    questionsAsked = LabelledTable.column(List.copyOf(questionSet));
    ratingsByQuestion = new LabelledTable<>(questions.rows(), RatingsChart.FACES, true);
    ratingsByOutcome = new LabelledTable<>(outcomeRows, RatingsChart.FACES, true);
    for (Cube.Combination combination : cube.byCombination()) {
      questions.add(combination.question(), combination.visits());
      questionsAsked.add(combination.question(), combination.questions());
      situations.add(combination.situation(), combination.visits());
      String partner = combination.partner();
      outcomes.add(combination.outcome(), partner, combination.visits());
      confirmedByPartner.merge(partner, combination.confirmedReferrals(), Long::sum);
      if (referred.contains(partner)) {
        referralsByQuestion.add(partner, combination.question(), combination.visits());
      }
      addRatings(ratingsByQuestion, combination.question(), combination);
      addRatings(ratingsByOutcome, combination.outcome(), combination);
    }

    int first = FIRST_HOUR;
    int last = LAST_HOUR;
    for (Cube.HourCount count : cube.byDayAndHour()) {
      if (count.visits() > 0) {
        first = Math.min(first, count.hour());
        last = Math.max(last, count.hour());
      }
    }
    heat = new LabelledTable<>(List.of(DayOfWeek.values()), hours(first, last), true);
    for (Cube.HourCount count : cube.byDayAndHour()) {
      if (count.visits() > 0) {
        heat.add(count.day().getDayOfWeek(), count.hour(), count.visits());
      }
    }

    int firstSelf = FIRST_HOUR;
    int lastSelf = LAST_HOUR;
    for (Cube.LocationHourCount count : cube.selfServiceByLocationAndHour()) {
      if (count.visits() > 0 && selected.contains(count.location())) {
        firstSelf = Math.min(firstSelf, count.hour());
        lastSelf = Math.max(lastSelf, count.hour());
      }
    }
    selfService = new LabelledTable<>(locationCodes, hours(firstSelf, lastSelf), true);
    for (Cube.LocationHourCount count : cube.selfServiceByLocationAndHour()) {
      if (selected.contains(count.location()) && count.visits() > 0) {
        selfService.add(count.location(), count.hour(), count.visits());
      }
    }

    corrections = new LabelledTable<>(locationCodes, List.of(CORRECTED, KEPT), true);
    for (Cube.LocationCorrections count : cube.correctionsByLocation()) {
      if (selected.contains(count.location())) {
        corrections.add(count.location(), CORRECTED, count.corrected());
        corrections.add(count.location(), KEPT, count.outcomes() - count.corrected());
      }
    }
    contacts =
        new LabelledTable<>(
            locationCodes,
            Arrays.stream(Channel.values()).filter(Channel::isContact).map(Channel::code).toList(),
            true);
    for (Cube.ChannelCount count : cube.contactsByLocationAndChannel()) {
      if (selected.contains(count.location()) && count.contacts() > 0) {
        contacts.add(count.location(), count.channel(), count.contacts());
      }
    }
  }

  private static void addRatings(
      LabelledTable<String, String> table, String row, Cube.Combination combination) {
    table.add(row, RatingsChart.GOOD, combination.ratedGood());
    table.add(row, RatingsChart.OK, combination.ratedOk());
    table.add(row, RatingsChart.BAD, combination.ratedBad());
  }

  private static List<Integer> hours(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  private static void addUnlessNone(Set<String> codes, String code) {
    if (!code.equals(Codes.NONE)) {
      codes.add(code);
    }
  }
}
