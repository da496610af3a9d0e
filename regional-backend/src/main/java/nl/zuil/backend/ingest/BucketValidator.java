package nl.zuil.backend.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zuil.backend.region.KnownCodes;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.Channel;
import nl.zuil.regionapi.HistogramBins;
import nl.zuil.regionapi.ProblemType;
import nl.zuil.regionapi.WireBucket;
import nl.zuil.regionapi.WireRatings;

/**
 * Checks a batch before anything is stored. A single bad bucket rejects the batch: storing the good
 * part would leave a kiosk's counts half-updated and its watermark unsure.
 */
final class BucketValidator {

  static final int MAX_BUCKETS = 5000;
  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate EARLIEST = PhysicalLimits.EARLIEST_DAY;

  private final Clock clock;

  BucketValidator(Clock clock) {
    this.clock = clock;
  }

  List<BucketCounts> validate(List<WireBucket> buckets, KnownCodes codes) {
    if (buckets == null || buckets.isEmpty()) {
      throw Rejection.invalid("'buckets' must hold at least one bucket");
    }
    if (buckets.size() > MAX_BUCKETS) {
      throw new Rejection(
          ProblemType.TOO_LARGE,
          "at most " + MAX_BUCKETS + " buckets per request, got " + buckets.size());
    }
    // A kiosk clock a little ahead of ours is normal; a service day after tomorrow is not.
    LocalDate latest = LocalDate.now(clock.withZone(NETHERLANDS)).plusDays(1);
    List<BucketCounts> valid = new ArrayList<>(buckets.size());
    Set<String> keys = new HashSet<>();
    Map<String, Integer> visitsPerHour = new HashMap<>();
    for (int i = 0; i < buckets.size(); i++) {
      String at = "buckets[" + i + "]";
      BucketCounts bucket = validate(buckets.get(i), at, codes, latest);
      if (!keys.add(bucket.key())) {
        throw Rejection.invalid(at + " repeats the key of an earlier bucket");
      }
      if (bucket.isContact()) {
        valid.add(bucket);
        continue;
      }
      String hour = bucket.serviceDate() + " " + bucket.hour() + ":00";
      int hourTotal = visitsPerHour.merge(hour, bucket.visits(), Integer::sum);
      if (hourTotal > PhysicalLimits.MAX_VISITS_PER_HOUR) {
        throw Rejection.invalid(
            at
                + " brings the visits of "
                + hour
                + " to "
                + hourTotal
                + "; one kiosk can issue at most "
                + PhysicalLimits.MAX_VISITS_PER_HOUR
                + " tickets an hour");
      }
      valid.add(bucket);
    }
    return valid;
  }

  private static BucketCounts validate(
      WireBucket b, String at, KnownCodes codes, LocalDate latest) {
    if (b == null) {
      throw Rejection.invalid(at + " is null");
    }
    LocalDate date = date(b.serviceDate(), at);
    if (date.isAfter(latest)) {
      throw Rejection.invalid(at + ".serviceDate " + date + " is in the future");
    }
    if (date.isBefore(EARLIEST)) {
      throw Rejection.invalid(at + ".serviceDate " + date + " is before " + EARLIEST);
    }
    if (b.hour() < 0 || b.hour() > 23) {
      throw Rejection.invalid(at + ".hour must be 0 to 23, got " + b.hour());
    }
    code(at + ".question", b.question(), codes.questions(), false);
    code(at + ".situation", b.situation(), codes.situations(), true);
    code(at + ".outcome", b.outcome(), codes.outcomes(), true);
    code(at + ".partner", b.partner(), codes.partners(), true);
    outcomeAndPartner(at, b.outcome(), b.partner(), codes);
    if (b.visits() < 0) {
      throw Rejection.invalid(at + ".visits must not be negative, got " + b.visits());
    }
    if (b.visits() > PhysicalLimits.MAX_VISITS_PER_HOUR) {
      throw Rejection.invalid(
          at
              + ".visits "
              + b.visits()
              + " is more than one kiosk can issue in an hour ("
              + PhysicalLimits.MAX_VISITS_PER_HOUR
              + ")");
    }
    if (b.confirmedReferrals() < 0 || b.confirmedReferrals() > b.visits()) {
      throw Rejection.invalid(at + ".confirmedReferrals must be 0 to visits (" + b.visits() + ")");
    }
    int corrections = b.corrections() == null ? 0 : b.corrections();
    if (corrections < 0 || corrections > b.visits()) {
      throw Rejection.invalid(at + ".corrections must be 0 to visits (" + b.visits() + ")");
    }
    if (b.revision() <= 0 || b.revision() > PhysicalLimits.MAX_REVISION) {
      throw Rejection.invalid(at + ".revision must be 1 to " + PhysicalLimits.MAX_REVISION);
    }
    int questions = questions(at, b.questions(), b.visits());
    int[] wait = histogram(at + ".waitTimes", b.waitTimes(), b.visits());
    int[] service = histogram(at + ".serviceTimes", b.serviceTimes(), b.visits());
    Channel channel = channel(at, b);
    int people = people(at, b, channel);
    return new BucketCounts(
        date,
        b.hour(),
        b.question(),
        b.situation(),
        b.outcome(),
        b.partner(),
        b.visits(),
        b.confirmedReferrals(),
        wait,
        service,
        b.revision(),
        corrections,
        questions,
        ratings(at + ".ratings", b.ratings(), b.visits()),
        channel.code(),
        people);
  }

  /**
   * An agent before decision 1006 counted one question per visit and sends no count; a newer one
   * sends at least one question per visit and at most {@link
   * PhysicalLimits#MAX_QUESTIONS_PER_VISIT} per visit the kiosk could issue in the hour.
   */
  private static int questions(String at, Integer questions, int visits) {
    if (questions == null) {
      return visits;
    }
    int most = PhysicalLimits.MAX_VISITS_PER_HOUR * PhysicalLimits.MAX_QUESTIONS_PER_VISIT;
    if (questions < visits || questions > most) {
      throw Rejection.invalid(
          at + ".questions must be visits (" + visits + ") to " + most + ", got " + questions);
    }
    return questions;
  }

  /** Absent (the previous release's agents) is the kiosk's channel. */
  private static Channel channel(String at, WireBucket b) {
    if (b.channel() == null) {
      return Channel.KIOSK;
    }
    Channel channel =
        Channel.ofCode(b.channel())
            .orElseThrow(
                () ->
                    Rejection.invalid(
                        at
                            + ".channel '"
                            + b.channel()
                            + "' is not one of kiosk, desk, phone, online, employer, group"));
    if (channel.isContact()) {
      if (b.outcome().equals(Codes.NONE)) {
        throw Rejection.invalid(at + " is a contact and needs an outcome, got \"-\"");
      }
      if (b.confirmedReferrals() != 0
          || b.waitTimes().stream().mapToInt(Integer::intValue).sum() != 0
          || b.serviceTimes().stream().mapToInt(Integer::intValue).sum() != 0) {
        throw Rejection.invalid(
            at + " is a contact: it has no confirmed referrals, waiting or service times");
      }
    }
    return channel;
  }

  /**
   * The people a bucket reached; absent (the previous release's agents) is one per visit. Each
   * group session counts 1 to {@link Channel#MAX_GROUP_SIZE} people; every other contact and every
   * visit is one person.
   */
  private static int people(String at, WireBucket b, Channel channel) {
    if (b.people() == null) {
      return b.visits();
    }
    int people = b.people();
    if (channel.countsHeads()) {
      if (people < b.visits() || people > (long) b.visits() * Channel.MAX_GROUP_SIZE) {
        throw Rejection.invalid(
            at
                + ".people must be visits ("
                + b.visits()
                + ") to "
                + Channel.MAX_GROUP_SIZE
                + " times as many, got "
                + people);
      }
    } else if (people != b.visits()) {
      throw Rejection.invalid(
          at + ".people must equal visits (" + b.visits() + ") for " + channel.code());
    }
    return people;
  }

  private static LocalDate date(String text, String at) {
    if (text == null) {
      throw Rejection.invalid(at + ".serviceDate is missing");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Rejection.invalid(at + ".serviceDate must be a date like 2026-11-23");
    }
  }

  private static void code(String at, String code, Set<String> known, boolean noneAllowed) {
    if (code == null) {
      throw Rejection.invalid(at + " is missing" + (noneAllowed ? " (use \"-\" for none)" : ""));
    }
    if (noneAllowed && code.equals(Codes.NONE)) {
      return;
    }
    if (!known.contains(code)) {
      throw Rejection.invalid(at + " '" + code + "' is not in the region's catalogue");
    }
  }

  /**
   * A partner only where the outcome takes one, and one wherever it needs one, as the region's
   * catalogues say (any version: a kiosk counts under the catalogue it had). A visit without an
   * outcome yet has no partner either.
   */
  private static void outcomeAndPartner(
      String at, String outcome, String partner, KnownCodes codes) {
    boolean hasPartner = !partner.equals(Codes.NONE);
    if (outcome.equals(Codes.NONE)) {
      if (hasPartner) {
        throw Rejection.invalid(at + " names partner '" + partner + "' but no outcome");
      }
      return;
    }
    if (hasPartner && !codes.outcomesWithPartner().contains(outcome)) {
      throw Rejection.invalid(
          at
              + ".outcome '"
              + outcome
              + "' takes no partner in the region's catalogue, got '"
              + partner
              + "'");
    }
    if (!hasPartner && !codes.outcomesWithoutPartner().contains(outcome)) {
      throw Rejection.invalid(
          at + ".outcome '" + outcome + "' needs a partner in the region's catalogue, got \"-\"");
    }
  }

  /** Absent for an agent from before decision 0309: its visitors were never asked. */
  private static RatingCounts ratings(String at, WireRatings wire, int visits) {
    if (wire == null) {
      return RatingCounts.NONE;
    }
    if (wire.good() < 0 || wire.ok() < 0 || wire.bad() < 0) {
      throw Rejection.invalid(at + " must be counts of 0 or more");
    }
    RatingCounts ratings = new RatingCounts(wire.good(), wire.ok(), wire.bad());
    if (ratings.total() > visits) {
      throw Rejection.invalid(
          at + " counts " + ratings.total() + " taps, more than visits (" + visits + ")");
    }
    return ratings;
  }

  private static int[] histogram(String at, List<Integer> counts, int visits) {
    if (counts == null || counts.size() != HistogramBins.BINS) {
      throw Rejection.invalid(at + " must hold " + HistogramBins.BINS + " counts");
    }
    int[] bins = new int[HistogramBins.BINS];
    long total = 0;
    for (int i = 0; i < bins.length; i++) {
      Integer count = counts.get(i);
      if (count == null || count < 0) {
        throw Rejection.invalid(at + "[" + i + "] must be a count of 0 or more");
      }
      bins[i] = count;
      total += count;
    }
    if (total > visits) {
      throw Rejection.invalid(
          at + " counts " + total + " visits, more than visits (" + visits + ")");
    }
    return bins;
  }
}
