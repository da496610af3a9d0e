package nl.zuil.backend.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Messages;

/**
 * Builds a {@link Dashboard} from the raw sums of a {@link Cube}. The tables that break down all
 * visits go through one call of {@link Suppression#protectSharingTotal}; every other figure
 * (shares, rates) is computed from figures that are shown, so nothing published rests on a
 * suppressed count. Each chart is a class of its own; this one only decides which tables they get.
 *
 * <p>No count is published twice: the visits-over-time table has no per-period totals, and the
 * hour-by-weekday table is left out for a period of a week or less, whose days would repeat its
 * weekday totals.
 */
public final class DashboardBuilder {

  private final Suppression suppression;
  private final Messages text;
  private final CatalogueLabels labels;
  private final ChartParts parts;
  private final DateLabels dates;

  public DashboardBuilder(Suppression suppression, Messages text, CatalogueLabels labels) {
    this.suppression = suppression;
    this.text = text;
    this.labels = labels;
    this.parts = new ChartParts(suppression, text, labels);
    this.dates = new DateLabels(text);
  }

  /** "2 zonder gegevens": inlooppunten that sent nothing for the whole period, if any. */
  private String silent(List<Location> locations, CountTables counts) {
    long silent = locations.stream().filter(l -> !counts.reported.containsKey(l.code())).count();
    return silent == 0 ? "" : text.get("headline.locations.silent", silent);
  }

  /** The hour-by-weekday table would repeat the days of a period of a week or less. */
  private static boolean heatmap(Period period) {
    return period.step() != SeriesStep.DAY;
  }

  /** The tables that break down all visits, protected in one call: they share their total. */
  private Suppression.SharedTotal protect(CountTables counts, boolean heatmap) {
    return heatmap
        ? suppression.protectSharingTotal(
            counts.visits, counts.questions, counts.situations, counts.outcomes, counts.heat)
        : suppression.protectSharingTotal(
            counts.visits, counts.questions, counts.situations, counts.outcomes);
  }

  /**
   * What suppression costs on the outcome and referral figures of the dashboard {@link #build}
   * makes from the same arguments (decision 0706), for the benchmark; never shown.
   */
  public InformationLoss informationLoss(
      Period period, LocalDate today, List<Location> locations, Cube cube) {
    CountTables counts = new CountTables(labels, period, today, locations, cube);
    PublishedTable<String, String> outcomes = protect(counts, heatmap(period)).of(counts.outcomes);
    Referrals referrals =
        new Referrals(outcomes, counts.confirmedByPartner, suppression, parts.figures);
    return InformationLoss.of(counts.outcomes.counts().values(), outcomes.table())
        .plus(referrals.informationLoss(counts.outcomes));
  }

  /**
   * @param today steps of the visits-over-time chart that start later are left out (nothing can
   *     have happened there yet), unless a kiosk with a clock ahead already counted something
   * @param locations the inlooppunten selected, in the order the page lists them
   */
  public Dashboard build(Period period, LocalDate today, List<Location> locations, Cube cube) {
    CountTables counts = new CountTables(labels, period, today, locations, cube);
    boolean heatmap = heatmap(period);
    Suppression.SharedTotal shared = protect(counts, heatmap);
    PublishedTable<LocalDate, String> visits = shared.of(counts.visits);
    PublishedTable<String, String> questions = shared.of(counts.questions);
    PublishedTable<String, String> situations = shared.of(counts.situations);
    PublishedTable<String, String> outcomes = shared.of(counts.outcomes);
    Referrals referrals =
        new Referrals(outcomes, counts.confirmedByPartner, suppression, parts.figures);
    WaitingChart waiting = new WaitingChart(parts);

    List<Chart> charts = new ArrayList<>();
    charts.add(
        new VisitsChart(parts, dates).build(period, today, locations, visits, counts.reported));
    if (!cube.comparisons().isEmpty()) {
      charts.add(
          new ComparisonChart(parts, dates)
              .build(
                  period,
                  today,
                  locations.size(),
                  shared.of(counts.questions).total(),
                  counts.reported.keySet(),
                  cube.comparisons()));
    }
    charts.add(new QuestionsChart(parts).build(questions));
    charts.add(new ReachChart(parts).build(situations, questions));
    charts.add(new OutcomesChart(parts).build(outcomes));
    charts.add(new ReferralsChart(parts).build(outcomes, referrals));
    charts.add(waiting.build(locations, cube));
    if (heatmap) {
      PublishedTable<DayOfWeek, Integer> heat = shared.of(counts.heat);
      charts.add(new HeatmapChart(parts).build(heat));
    }
    // Both break down only part of the visits, so each is protected with a total of its own
    // (decision 1052).
    charts.add(
        new ReferralQuestionsChart(parts).build(suppression.protect(counts.referralsByQuestion)));
    // Taps count only the visitors who rated: not the visits' total, but one both tables of taps
    // break down, so they are protected together (decision 0309).
    Suppression.SharedTotal taps =
        suppression.protectSharingTotal(counts.ratingsByQuestion, counts.ratingsByOutcome);
    RatingsChart ratings = new RatingsChart(parts);
    charts.add(ratings.byQuestion(taps.of(counts.ratingsByQuestion)));
    charts.add(ratings.byOutcome(taps.of(counts.ratingsByOutcome)));
    charts.add(
        new SelfServiceChart(parts)
            .build(locations, suppression.protect(counts.selfService), counts.reported.keySet()));
    // A part of the visits too: the outcomes gidsen recorded, with a total of its own (decision
    // 1004).
    charts.add(
        new CorrectionsChart(parts)
            .build(locations, suppression.protect(counts.corrections), counts.reported.keySet()));
    // Questions outnumber visits, so they are protected with a total of their own (decision 1006).
    PublishedTable<String, String> questionsAsked = suppression.protect(counts.questionsAsked);
    charts.add(new QuestionsAskedChart(parts).build(questionsAsked));
    // Contacts without a ticket are not visits: a table with a total of its own (decision 0707).
    charts.add(new ContactsChart(parts).build(locations, suppression.protect(counts.contacts)));

    Cell total = questions.total();
    Figures figures = parts.figures;
    List<Dashboard.Headline> headlines = new ArrayList<>();
    headlines.add(
        new Dashboard.Headline(
            "visits",
            text.get("headline.visits"),
            figures.count(total),
            dates.period(period, today)));
    headlines.add(
        new Dashboard.Headline(
            "locations",
            text.get("headline.locations"),
            new Figure(
                Figure.Kind.COUNT,
                OptionalDouble.of(locations.size()),
                Integer.toString(locations.size())),
            silent(locations, counts)));
    Optional<Long> answered = ReachChart.answered(situations);
    headlines.add(
        new Dashboard.Headline(
            "answered",
            text.get("headline.answered"),
            answered.isPresent() && total.isShown() && total.value().getAsLong() > 0
                ? figures.share(answered.get(), total.value().getAsLong())
                : figures.missing(),
            text.get("headline.answered.hint")));
    headlines.add(
        new Dashboard.Headline(
            "confirmed",
            text.get("headline.confirmed"),
            referrals.confirmedRate(),
            text.get("headline.confirmed.hint")));
    headlines.add(
        new Dashboard.Headline(
            "wait",
            text.get("headline.wait"),
            waiting.figure(WaitingChart.allWaiting(cube), 0.5),
            text.get("headline.wait.hint")));
    headlines.add(
        new Dashboard.Headline(
            "questions",
            text.get("headline.questions"),
            figures.count(questionsAsked.total()),
            text.get("headline.questions.hint")));
    return new Dashboard(
        period,
        dates.period(period, today),
        period.through(today),
        period.ongoing(today),
        locations,
        suppression.threshold(),
        total.visibility() == Visibility.SMALL,
        headlines,
        charts);
  }
}
