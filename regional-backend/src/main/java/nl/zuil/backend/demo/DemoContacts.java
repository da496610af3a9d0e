package nl.zuil.backend.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.Channel;
import nl.zuil.regionapi.HistogramBins;

/**
 * Invented contacts without a ticket for the demo (decision 1003): phone calls and e-mails on
 * weekdays, now and then a visitor helped at the desk or an employer, and a group session on
 * Wednesday mornings in the larger places. A random generator of its own, so the demo's visits stay
 * exactly what they were before contacts existed.
 */
final class DemoContacts {

  private static final String[] QUESTIONS = {
    "find_work",
    "find_work",
    "benefit_income",
    "benefit_income",
    "money_debt",
    "learning",
    "work_to_work",
    "language_digital",
    "other"
  };
  private static final Map<String, String> PARTNER =
      Map.of(
          "find_work", "uwv",
          "benefit_income", "uwv",
          "money_debt", "municipality_debt_help",
          "learning", "learn_work_desk",
          "work_to_work", "learn_work_desk",
          "language_digital", "learn_work_desk",
          "other", "municipality_work_income",
          "employer", "employer_service_point");

  private final Random random;

  DemoContacts(long seed) {
    this.random = new Random(seed ^ 0x636f6e74L);
  }

  /**
   * One day's contact buckets of an inlooppunt of {@code size}, revisions from {@code revision}.
   */
  List<BucketCounts> day(LocalDate day, double size, long revision) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      return List.of();
    }
    Map<String, int[]> tallies = new TreeMap<>();
    for (int hour = 9; hour <= 16; hour++) {
      contacts(tallies, hour, Channel.PHONE, poisson(0.45 * size));
      contacts(tallies, hour, Channel.ONLINE, poisson(0.25 * size));
      contacts(tallies, hour, Channel.DESK, poisson(0.15 * size));
      contacts(tallies, hour, Channel.EMPLOYER, poisson(0.03 * size));
    }
    if (weekday == DayOfWeek.WEDNESDAY && size >= 1) {
      int people = 6 + random.nextInt(9);
      int[] tally = tally(tallies, 10, Channel.GROUP, "find_work", "answered", Codes.NONE);
      tally[0]++;
      tally[1] += people;
    }
    List<BucketCounts> buckets = new ArrayList<>();
    long next = revision;
    int[] none = new int[HistogramBins.BINS];
    for (Map.Entry<String, int[]> entry : tallies.entrySet()) {
      String[] key = entry.getKey().split("\\|");
      int[] t = entry.getValue();
      buckets.add(
          new BucketCounts(
              day,
              Integer.parseInt(key[0]),
              key[2],
              Codes.NONE,
              key[3],
              key[4],
              t[0],
              0,
              none,
              none,
              next++,
              0,
              t[0],
              RatingCounts.NONE,
              key[1],
              t[1]));
    }
    return buckets;
  }

  private void contacts(Map<String, int[]> tallies, int hour, Channel channel, int count) {
    for (int i = 0; i < count; i++) {
      String question =
          channel == Channel.EMPLOYER ? "employer" : QUESTIONS[random.nextInt(QUESTIONS.length)];
      double pick = random.nextDouble();
      String outcome = pick < 0.62 ? "answered" : pick < 0.85 ? "appointment" : "referred";
      String partner = outcome.equals("referred") ? PARTNER.get(question) : Codes.NONE;
      int[] tally = tally(tallies, hour, channel, question, outcome, partner);
      tally[0]++;
      tally[1]++;
    }
  }

  /** The counts of one key: contacts, then people. */
  private static int[] tally(
      Map<String, int[]> tallies,
      int hour,
      Channel channel,
      String question,
      String outcome,
      String partner) {
    return tallies.computeIfAbsent(
        String.format("%02d|%s|%s|%s|%s", hour, channel.code(), question, outcome, partner),
        k -> new int[2]);
  }

  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
