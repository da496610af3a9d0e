package nl.zuil.backend.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.health.KioskHealth;
import nl.zuil.backend.health.LastStart;
import nl.zuil.backend.health.LedgerDisk;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.backend.region.Location;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.regionapi.HistogramBins;

/**
 * Invented but plausible counts for a demo: busier on Tuesday and Thursday mornings, larger towns
 * busier than villages, a slow rise over the period, the question mix of the default catalogue, a
 * situation answer from about three in four visitors who are asked, referrals that go to the
 * partner that fits the question, and self-service visits where no gids was there (most of them in
 * the villages, some in the first and last hour elsewhere). Besides the visits, contacts without a
 * ticket ({@link DemoContacts}). Written through the bucket store as kiosks {@code demo-1} so they
 * are recognisable, plus a health report per demo kiosk (one silent, one with a full disk, one low
 * on paper).
 */
public final class DemoData {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /** Demo inlooppunten: code, name, municipality, size (1 = an average town). */
  private static final String[][] PLACES = {
    {"hengelo-bibliotheek", "Bibliotheek Hengelo", "Hengelo", "1.2"},
    {"enschede-wijkcentrum", "Wijkcentrum De Bothoven", "Enschede", "1.5"},
    {"enschede-stadhuis", "Stadhuis Enschede", "Enschede", "1.1"},
    {"almelo-bibliotheek", "Bibliotheek Almelo", "Almelo", "1.0"},
    {"oldenzaal-stadskantoor", "Stadskantoor Oldenzaal", "Oldenzaal", "0.6"},
    {"borne-dorpshuis", "Dorpshuis Borne", "Borne", "0.35"},
    {"haaksbergen-bibliotheek", "Bibliotheek Haaksbergen", "Haaksbergen", "0.45"},
    {"rijssen-servicepunt", "Servicepunt Rijssen", "Rijssen-Holten", "0.5"},
    {"losser-gemeentehuis", "Gemeentehuis Losser", "Losser", "0.3"},
    {"tubbergen-kulturhus", "Kulturhus Tubbergen", "Tubbergen", "0.25"}
  };

  /** Places smaller than this have a zuil that is mostly without a gids. */
  private static final double VILLAGE = 0.5;

  private static final double[] HOUR = {0.6, 1.2, 1.35, 0.8, 0.9, 1.2, 1.0, 0.55};
  private static final int FIRST_HOUR = 9;

  /** Relative weight of each question type of the default catalogue. */
  private static final Map<String, Double> QUESTION_MIX =
      Map.of(
          "find_work", 0.24,
          "work_to_work", 0.11,
          "learning", 0.10,
          "benefit_income", 0.16,
          "employer", 0.05,
          "youth", 0.08,
          "money_debt", 0.12,
          "language_digital", 0.08,
          "other", 0.06);

  /** The partner a referral for a question most likely goes to, then the second choice. */
  private static final Map<String, String[]> PARTNERS =
      Map.of(
          "find_work", new String[] {"uwv", "municipality_work_income"},
          "work_to_work", new String[] {"learn_work_desk", "union"},
          "learning", new String[] {"learn_work_desk", "sbb_education"},
          "benefit_income", new String[] {"uwv", "municipality_work_income"},
          "employer", new String[] {"employer_service_point", "employers_organisation"},
          "youth", new String[] {"sbb_education", "municipality_work_income"},
          "money_debt", new String[] {"municipality_debt_help", "municipality_work_income"},
          "language_digital", new String[] {"learn_work_desk", "municipality_work_income"},
          "other", new String[] {"municipality_work_income", "uwv"});

  /** The further question a visitor with this first question most often also has. */
  private static final Map<String, String> FURTHER =
      Map.of(
          "find_work", "money_debt",
          "benefit_income", "money_debt",
          "money_debt", "benefit_income",
          "youth", "learning",
          "work_to_work", "learning",
          "language_digital", "find_work");

  /** Share of visits seen by a gids that hold a further question (decision 1006). */
  private static final double FURTHER_SHARE = 0.15;

  private static final int QUESTIONS = 2 + 2 * HistogramBins.BINS;

  private final Backend backend;
  private final Random random;
  private final DemoContacts contacts;

  /**
   * Draws the further questions apart from {@link #random}, so the visits drawn from one seed are
   * the same as before visits had further questions.
   */
  private final Random further;

  public DemoData(Backend backend, long seed) {
    this.backend = backend;
    this.random = new Random(seed);
    this.further = new Random(~seed);
    this.contacts = new DemoContacts(seed);
  }

  /** What was written. */
  /** Each demo kiosk has had one ledger (decision 0205); its id is any hexadecimal string. */
  private static final String DEMO_LEDGER = "de30";

  public record Result(int locations, long visits, long buckets, LocalDate from, LocalDate to) {}

  public Result write(String region, int locationCount, LocalDate from, LocalDate to) {
    if (backend.regions().name(region).isEmpty()) {
      Catalogue example = CatalogueLoader.loadDefault();
      if (!example.region().code().equals(region)) {
        throw new IllegalArgumentException(
            "region " + region + " does not exist; seed it with its catalogue first");
      }
      backend.regions().publish(example);
    }
    List<Catalogue> catalogues = backend.regions().catalogues(region);
    Catalogue catalogue = catalogues.get(catalogues.size() - 1);
    List<Location> locations = ensureLocations(region, locationCount);
    long visits = 0;
    long buckets = 0;
    for (int l = 0; l < locations.size(); l++) {
      Location location = locations.get(l);
      double size = size(location.code());
      Device kiosk = new Device("demo-" + location.code(), region, location.code(), "demo-1");
      long revision = 1;
      List<BucketCounts> period = new ArrayList<>();
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        double trend =
            0.85
                + 0.3
                    * ChronoUnit.DAYS.between(from, day)
                    / Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<BucketCounts> dayBuckets =
            day(catalogue, day, size * trend, size < VILLAGE, l == 0, revision);
        revision += dayBuckets.size();
        period.addAll(dayBuckets);
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        List<BucketCounts> dayContacts = contacts.day(day, size, revision);
        revision += dayContacts.size();
        period.addAll(dayContacts);
      }
      // One transaction per inlooppunt: a day at a time would wait for a disk flush each.
      backend.buckets().upsert(kiosk, DEMO_LEDGER, period, backend.clock().millis());
      buckets += period.size();
      visits += period.stream().filter(b -> !b.isContact()).mapToLong(BucketCounts::visits).sum();
      health(location, l, revision);
    }
    return new Result(locations.size(), visits, buckets, from, to);
  }

  private List<Location> ensureLocations(String region, int count) {
    List<Location> existing = backend.regions().locations(region);
    for (int i = 0; existing.size() < count; i++) {
      String[] place =
          i < PLACES.length
              ? PLACES[i]
              : new String[] {
                "inlooppunt-" + (i + 1), "Inlooppunt " + (i + 1), "Gemeente " + (i % 7 + 1), "0.5"
              };
      if (existing.stream().noneMatch(l -> l.code().equals(place[0]))) {
        backend.regions().saveLocation(region, place[0], place[1], place[2]);
      }
      existing = backend.regions().locations(region);
    }
    return existing.subList(0, count);
  }

  private static double size(String code) {
    for (String[] place : PLACES) {
      if (place[0].equals(code)) {
        return Double.parseDouble(place[3]);
      }
    }
    return 0.5;
  }

  private List<BucketCounts> day(
      Catalogue catalogue,
      LocalDate day,
      double size,
      boolean village,
      boolean saturdayMorning,
      long revision) {
    DayOfWeek weekday = day.getDayOfWeek();
    double dayFactor =
        switch (weekday) {
          case MONDAY -> 1.05;
          case TUESDAY -> 1.3;
          case WEDNESDAY -> 0.9;
          case THURSDAY -> 1.25;
          case FRIDAY -> 0.7;
          case SATURDAY -> saturdayMorning ? 0.8 : 0;
          case SUNDAY -> 0;
        };
    Map<String, int[]> tallies = new HashMap<>();
    for (int h = 0; h < HOUR.length; h++) {
      int hour = FIRST_HOUR + h;
      if (weekday == DayOfWeek.SATURDAY && hour > 12) {
        continue;
      }
      int count = poisson(3.2 * size * dayFactor * HOUR[h]);
      double selfService = village ? 0.55 : (h == 0 || h == HOUR.length - 1) ? 0.3 : 0.03;
      for (int v = 0; v < count; v++) {
        visit(catalogue, hour, count, random.nextDouble() < selfService, tallies);
      }
    }
    List<BucketCounts> buckets = new ArrayList<>();
    long next = revision;
    for (Map.Entry<String, int[]> entry : tallies.entrySet()) {
      String[] key = entry.getKey().split("\\|");
      int[] t = entry.getValue();
      int[] wait = new int[HistogramBins.BINS];
      int[] service = new int[HistogramBins.BINS];
      System.arraycopy(t, 2, wait, 0, HistogramBins.BINS);
      System.arraycopy(t, 2 + HistogramBins.BINS, service, 0, HistogramBins.BINS);
      buckets.add(
          new BucketCounts(
              day,
              Integer.parseInt(key[0]),
              key[1],
              key[2],
              key[3],
              key[4],
              t[0],
              t[1],
              wait,
              service,
              next,
              // A few mis-taps on "left" corrected the same day; no random draw, so every other
              // demo figure stays as it was.
              key[3].equals("left") ? t[0] / 4 : 0,
              t[QUESTIONS],
              ratings(t[0], next++)));
    }
    return buckets;
  }

  /**
   * Taps on "Hoe was het?" for the demo: of every eight visits, four happy, two so-so, one unhappy
   * and one without a tap, rotated by the bucket's revision. Derived rather than drawn, so the
   * demo's other figures stay as they were before there were ratings.
   */
  private static RatingCounts ratings(int visits, long revision) {
    int[] faces = new int[3];
    for (int v = 0; v < visits; v++) {
      int slot = (int) ((revision * 3 + v) % 8);
      if (slot < 4) {
        faces[0]++;
      } else if (slot < 6) {
        faces[1]++;
      } else if (slot < 7) {
        faces[2]++;
      }
    }
    return new RatingCounts(faces[0], faces[1], faces[2]);
  }

  private void visit(
      Catalogue catalogue, int hour, int busy, boolean noGids, Map<String, int[]> tallies) {
    QuestionType question = question(catalogue);
    String situation = Codes.NONE;
    if (question.askSituation() && random.nextDouble() < 0.75) {
      situation = situation(question.code());
    } else if (question.code().equals("employer") && random.nextDouble() < 0.3) {
      situation = "employer";
    }
    Optional<Outcome> selfService = noGids ? catalogue.selfServiceOutcome() : Optional.empty();
    if (selfService.isPresent()) {
      // The kiosk records a self-service visit without waiting or service time.
      int[] tally = tally(tallies, hour, question, situation, selfService.get().code(), Codes.NONE);
      tally[0]++;
      tally[QUESTIONS]++;
      return;
    }
    Outcome outcome = outcome(catalogue);
    String partner = Codes.NONE;
    if (outcome.partner() == PartnerRule.REQUIRED
        || (outcome.partner() == PartnerRule.OPTIONAL && random.nextDouble() < 0.6)) {
      String[] choices = PARTNERS.getOrDefault(question.code(), new String[] {"uwv", "uwv"});
      double pick = random.nextDouble();
      partner =
          pick < 0.7
              ? choices[0]
              : pick < 0.93
                  ? choices[1]
                  : catalogue.partners().get(random.nextInt(catalogue.partners().size())).code();
    }
    boolean confirmed = !partner.equals(Codes.NONE) && random.nextDouble() < 0.58;
    int[] tally = tally(tallies, hour, question, situation, outcome.code(), partner);
    tally[0]++;
    tally[QUESTIONS]++;
    tally[1] += confirmed ? 1 : 0;
    if (!outcome.code().equals("left") || random.nextDouble() < 0.5) {
      tally[2 + waitBin(busy)]++;
      tally[
          2
              + HistogramBins.BINS
              + Math.min(6, 1 + (int) Math.round(Math.abs(random.nextGaussian() * 1.6)))]++;
    }
    if (!outcome.code().equals("left")) {
      furtherQuestion(catalogue, hour, question, situation, tallies);
    }
  }

  /**
   * A further question for some visits a gids saw, answered at the desk, in the visit's hour and
   * under the visitor's situation: a question, not a visit.
   */
  private void furtherQuestion(
      Catalogue catalogue,
      int hour,
      QuestionType first,
      String situation,
      Map<String, int[]> tallies) {
    String code = FURTHER.get(first.code());
    Optional<QuestionType> second = code == null ? Optional.empty() : catalogue.questionType(code);
    if (second.isEmpty() || further.nextDouble() >= FURTHER_SHARE) {
      return;
    }
    String kept = second.get().askSituation() ? situation : Codes.NONE;
    tally(tallies, hour, second.get(), kept, "answered", Codes.NONE)[QUESTIONS]++;
  }

  /**
   * The counts of one bucket key: visits, confirmed, the wait and service bins, then the questions.
   */
  private static int[] tally(
      Map<String, int[]> tallies,
      int hour,
      QuestionType question,
      String situation,
      String outcome,
      String partner) {
    String key = hour + "|" + question.code() + "|" + situation + "|" + outcome + "|" + partner;
    return tallies.computeIfAbsent(key, k -> new int[QUESTIONS + 1]);
  }

  private QuestionType question(Catalogue catalogue) {
    double total = 0;
    for (QuestionType q : catalogue.questionTypes()) {
      total += QUESTION_MIX.getOrDefault(q.code(), 0.05);
    }
    double pick = random.nextDouble() * total;
    for (QuestionType q : catalogue.questionTypes()) {
      pick -= QUESTION_MIX.getOrDefault(q.code(), 0.05);
      if (pick <= 0) {
        return q;
      }
    }
    return catalogue.questionTypes().get(0);
  }

  private String situation(String question) {
    double pick = random.nextDouble();
    if (question.equals("youth")) {
      return pick < 0.7 ? "student" : pick < 0.85 ? "no_work_no_benefit" : "benefit";
    }
    if (question.equals("work_to_work")) {
      return pick < 0.85 ? "working" : "benefit";
    }
    if (pick < 0.32) {
      return "working";
    }
    if (pick < 0.62) {
      return "benefit";
    }
    if (pick < 0.9) {
      return "no_work_no_benefit";
    }
    return "student";
  }

  private Outcome outcome(Catalogue catalogue) {
    double pick = random.nextDouble();
    String code =
        pick < 0.44 ? "answered" : pick < 0.76 ? "referred" : pick < 0.93 ? "appointment" : "left";
    return catalogue.outcome(code).orElse(catalogue.outcomes().get(0));
  }

  /** Busier hours wait longer: mostly 2-10 minutes, sometimes much more. */
  private int waitBin(int busy) {
    double minutes = Math.abs(random.nextGaussian()) * (3 + busy * 1.4) + random.nextDouble() * 2;
    int[] edges = {2, 5, 10, 15, 20, 30, 45, 60, 90, 120};
    for (int i = 0; i < edges.length; i++) {
      if (minutes < edges[i]) {
        return i;
      }
    }
    return edges.length;
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

  /** One report per demo kiosk: the second is silent, the third low on paper. */
  private void health(Location location, int index, long revision) {
    Instant now = backend.clock().instant();
    Instant received =
        index == 1 ? now.minus(Duration.ofHours(5)) : now.minus(Duration.ofMinutes(3 + index));
    Instant checked = received.minusSeconds(30);
    backend
        .healthStore()
        .save(
            new KioskHealth(
                location.regionCode(),
                location.code(),
                "demo-1",
                "0.1.0",
                received,
                received,
                index == 3 ? 190_000 : 400L * index,
                true,
                false,
                false,
                index == 2,
                false,
                Optional.of(checked),
                4_000_000L + 50_000L * index,
                revision,
                Optional.of(received.atZone(NETHERLANDS).withHour(12).toInstant()),
                revision - 1,
                index == 1 ? revision - 40 : revision - 1,
                0,
                lastStart(index, received),
                disk(index, received)),
            "demo-" + location.code());
  }

  /**
   * The silent kiosk's agent is of an earlier release (no disk reported); the fourth kiosk's disk
   * is full, with visits waiting for it.
   */
  private static Optional<LedgerDisk> disk(int index, Instant received) {
    if (index == 1) {
      return Optional.empty();
    }
    Instant checked = received.minusSeconds(20);
    if (index == 4) {
      return Optional.of(
          new LedgerDisk(checked, 1_200_000L, true, 5, Optional.of(checked.minusSeconds(40)), 5));
    }
    return Optional.of(
        new LedgerDisk(checked, 12_000_000_000L + index, false, 0, Optional.empty(), 0));
  }

  /**
   * The silent kiosk runs an agent of an earlier release (no start reported); the third kiosk's
   * start after last night's update failed.
   */
  private static Optional<LastStart> lastStart(int index, Instant received) {
    if (index == 1) {
      return Optional.empty();
    }
    Instant started = received.atZone(NETHERLANDS).withHour(3).withMinute(5).toInstant();
    boolean failed = index == 3;
    return Optional.of(
        new LastStart(
            "0.1.0~20261207T020000",
            failed ? LastStart.FAILED : LastStart.SHOWN,
            started,
            started.plusSeconds(9),
            failed ? Optional.empty() : Optional.of(1),
            failed ? Optional.empty() : Optional.of(started.plusSeconds(9))));
  }
}
