package nl.zuil.backend.stats;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.B;
import static nl.zuil.backend.TwoRegions.ENSCHEDE_NOORD;
import static nl.zuil.backend.TwoRegions.ENSCHEDE_ZUID;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.ZWOLLE;
import static nl.zuil.backend.TwoRegions.bucket;
import static nl.zuil.backend.TwoRegions.store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's figures from known buckets, through the real queries: every number here was
 * worked out by hand. Subclasses run it on SQLite and on PostgreSQL.
 */
abstract class StatsContract {

  private static final String TWENTE = "twente";

  @TempDir Path dir;
  private TestDatabase database;
  private Backend backend;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void seed() {
    database = TestDatabase.open(kind(), dir);
    backend = Backend.over(database.database(), TestClock.at("2026-12-02T10:00"));
    TwoRegions.seed(backend);
    store(
        backend,
        A,
        HENGELO,
        "zuil-1",
        bucket("2026-11-02", 10, "find_work", "no_work_no_benefit", "referred", "uwv", 12, 7, 1),
        bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 20, 0, 2),
        bucket("2026-11-03", 14, "youth", "student", "appointment", "sbb_education", 12, 6, 3),
        bucket("2026-11-10", 9, "benefit_income", "benefit", "answered", "-", 3, 0, 4));
    // A second kiosk (or a second ledger of the same kiosk) with the same bucket key: rows add up.
    store(
        backend,
        A,
        HENGELO,
        "zuil-2",
        bucket("2026-11-02", 10, "find_work", "no_work_no_benefit", "referred", "uwv", 8, 1, 1));
    store(
        backend,
        A,
        ENSCHEDE_NOORD,
        "zuil-1",
        bucket(
            "2026-11-05", 11, "work_to_work", "working", "referred", "learn_work_desk", 15, 9, 1),
        bucket("2026-11-05", 11, "money_debt", "-", "referred", "municipality_debt_help", 9, 0, 2),
        bucket("2026-10-31", 11, "find_work", "-", "answered", "-", 50, 0, 3),
        bucket("2026-12-01", 11, "find_work", "-", "answered", "-", 40, 0, 4));
    store(
        backend,
        B,
        ZWOLLE,
        "zuil-1",
        bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 100, 0, 1));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Dashboard november(List<String> locations, Optional<String> question) {
    Period period = Period.month(LocalDate.of(2026, 11, 1));
    List<Location> selected =
        backend.regions().locations(A).stream().filter(l -> locations.contains(l.code())).toList();
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(A));
    Cube cube =
        backend
            .stats()
            .cube(new StatsQuery(A, period, locations, question, labels.selfServiceOutcomes()));
    return new DashboardBuilder(new Suppression(5), Messages.in(Language.DUTCH), labels)
        .build(period, LocalDate.of(2026, 12, 2), selected, cube);
  }

  private Dashboard october() {
    return october(A);
  }

  /** {@code period} of the three inlooppunten of region A, compared as the page compares it. */
  private Dashboard compared(Period period) {
    List<String> codes = List.of(HENGELO, ENSCHEDE_NOORD, ENSCHEDE_ZUID);
    List<Location> selected =
        backend.regions().locations(A).stream().filter(l -> codes.contains(l.code())).toList();
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(A));
    LocalDate today = LocalDate.of(2026, 12, 2);
    Cube cube =
        backend
            .stats()
            .cube(
                new StatsQuery(A, period, codes, Optional.empty(), labels.selfServiceOutcomes())
                    .comparedWith(today));
    return new DashboardBuilder(new Suppression(5), Messages.in(Language.DUTCH), labels)
        .build(period, today, selected, cube);
  }

  /** October of every inlooppunt of {@code region}. */
  private Dashboard october(String region) {
    Period period = Period.month(LocalDate.of(2026, 10, 1));
    List<Location> locations = backend.regions().locations(region);
    List<String> codes = locations.stream().map(Location::code).toList();
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(region));
    return new DashboardBuilder(new Suppression(5), Messages.in(Language.DUTCH), labels)
        .build(
            period,
            LocalDate.of(2026, 12, 2),
            locations,
            backend
                .stats()
                .cube(
                    new StatsQuery(
                        region, period, codes, Optional.empty(), labels.selfServiceOutcomes())));
  }

  private Dashboard november() {
    return november(List.of(HENGELO, ENSCHEDE_NOORD, ENSCHEDE_ZUID), Optional.empty());
  }

  /** Row label to the texts of the row's figures, for one chart's table. */
  private static Map<String, List<String>> table(Dashboard dashboard, String chart) {
    return dashboard.chart(chart).orElseThrow().table().rows().stream()
        .collect(
            Collectors.toMap(
                DisplayTable.Row::label,
                row -> row.figures().stream().skip(1).map(Figure::text).toList()));
  }

  private static String headline(Dashboard dashboard, String id) {
    return dashboard.headlines().stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow()
        .value()
        .text();
  }

  @Test
  void addsUpEveryRowOfTheRegionWithinThePeriodAndNothingElse() {
    Dashboard dashboard = november();

    // 12 + 20 + 12 + 3 + 8 in Hengelo, 15 + 9 in Enschede-Noord; October, December and region B
    // stay out.
    assertThat(headline(dashboard, "visits")).isEqualTo("79");
    DisplayTable visits = dashboard.chart("visits").orElseThrow().table();
    assertThat(visits.header())
        .containsExactly(
            "Week", "Bibliotheek Hengelo", "Stadhuis Enschede", "Wijkcentrum Enschede-Noord");
    // Stadhuis Enschede sent nothing in November: no data, not 0 (decision 0705).
    assertThat(visits.rows().get(visits.rows().size() - 1).figures())
        .extracting(Figure::text)
        .containsExactly("Totaal", "55", "geen gegevens", "24");
  }

  @Test
  void aMonthThatIsNotOverSaysSoAndEndsToday() {
    // The clock reads 2 December 2026.
    Dashboard december = compared(Period.month(LocalDate.of(2026, 12, 1)));

    assertThat(december.periodText()).isEqualTo("1 t/m 2 december 2026, loopt nog");
    assertThat(december.ongoing()).isTrue();
    assertThat(december.through()).isEqualTo("2026-12-02");
    assertThat(december.headlines().get(0).hint()).isEqualTo("1 t/m 2 december 2026, loopt nog");
    Dashboard november = compared(Period.month(LocalDate.of(2026, 11, 1)));
    assertThat(november.periodText()).isEqualTo("1 t/m 30 november 2026");
    assertThat(november.ongoing()).isFalse();
  }

  @Test
  void weeksCutByTheMonthSayHowManyDaysTheyHaveAndTheChartMarksThem() {
    // September 2026 starts on a Tuesday and ends on a Wednesday: a 3-day last week.
    Chart visits = compared(Period.month(LocalDate.of(2026, 9, 1))).chart("visits").orElseThrow();

    assertThat(visits.categories())
        .containsExactly(
            "wk 36 · 1–6 sep. · 6 van 7 dagen",
            "wk 37 · 7–13 sep.",
            "wk 38 · 14–20 sep.",
            "wk 39 · 21–27 sep.",
            "wk 40 · 28–30 sep. · 3 van 7 dagen");
    assertThat(visits.partial()).containsExactly(0, 4);
    assertThat(visits.notes()).anyMatch(note -> note.contains("geen daling"));
    // December up to today: its second week has had 0 of its days yet... and is left out; the
    // first has had 2 of 7.
    Chart december =
        compared(Period.month(LocalDate.of(2026, 12, 1))).chart("visits").orElseThrow();
    assertThat(december.categories()).containsExactly("wk 49 · 1–2 dec. · 2 van 7 dagen");
    assertThat(december.partial()).containsExactly(0);
  }

  @Test
  void anInlooppuntThatSentNothingReadsNoDataNotZero() {
    Dashboard november = november();
    Map<String, List<String>> visits = table(november, "visits");

    // Stadhuis Enschede sent nothing at all; Hengelo's week 45 is hidden to protect its 3 of week
    // 46, which is a count, not missing data.
    assertThat(visits.get("wk 45 · 2–8 nov.")).containsExactly("x", "geen gegevens", "24");
    assertThat(visits.get("wk 46 · 9–15 nov."))
        .containsExactly("< 5", "geen gegevens", "geen gegevens");
    assertThat(november.headlines().get(1).hint()).isEqualTo("1 zonder gegevens in deze periode");
    assertThat(november.chart("visits").orElseThrow().series().get(1).texts().stream().distinct())
        .containsExactly("geen gegevens");
  }

  @Test
  void comparesWithTheSameDaysOfTheMonthBeforeAndAYearEarlier() {
    Map<String, List<String>> december =
        table(compared(Period.month(LocalDate.of(2026, 12, 1))), "comparison");

    assertThat(december.get("Deze periode: 1 t/m 2 december 2026, loopt nog"))
        .containsExactly("40", "1 van 3", "");
    // Only 1 and 2 November, not the whole month; other inlooppunten sent counts then, so no
    // change is given.
    assertThat(december.get("Periode ervoor: 1 t/m 2 november 2026"))
        .containsExactly("40", "1 van 3", "–");
    // The kiosks were not there a year earlier.
    assertThat(december.get("Een jaar eerder: 1 t/m 2 december 2025"))
        .containsExactly("geen gegevens", "0 van 3", "–");

    Map<String, List<String>> november =
        table(compared(Period.month(LocalDate.of(2026, 11, 1))), "comparison");
    // A month that is over is compared with the whole month before.
    assertThat(november.get("Periode ervoor: 1 t/m 31 oktober 2026"))
        .containsExactly("50", "1 van 3", "–");
  }

  @Test
  void aChangeIsGivenWhenTheSamePlacesSentCounts() {
    store(
        backend,
        A,
        HENGELO,
        "zuil-5",
        bucket("2026-11-17", 11, "find_work", "-", "answered", "-", 20, 0, 1),
        bucket("2026-11-24", 11, "find_work", "-", "answered", "-", 25, 0, 2));
    Map<String, List<String>> week =
        table(compared(Period.week(LocalDate.of(2026, 11, 24))), "comparison");

    assertThat(week.get("Deze periode: 23 t/m 29 november 2026"))
        .containsExactly("25", "1 van 3", "");
    assertThat(week.get("Periode ervoor: 16 t/m 22 november 2026"))
        .containsExactly("20", "1 van 3", "+25,0%");
    // 52 weeks earlier, so the days fall on the same weekdays.
    assertThat(week.get("Een jaar eerder: 24 t/m 30 november 2025"))
        .containsExactly("geen gegevens", "0 van 3", "–");
  }

  @Test
  void furtherQuestionsCountAsQuestionsAndLeaveTheVisitsAlone() {
    String visitsBefore = headline(november(), "visits");
    BucketCounts debt = bucket("2026-11-02", 10, "money_debt", "-", "answered", "-", 0, 0, 5);
    store(
        backend,
        A,
        HENGELO,
        "zuil-1",
        new BucketCounts(
            debt.serviceDate(),
            debt.hour(),
            debt.question(),
            debt.situation(),
            debt.outcome(),
            debt.partner(),
            0,
            0,
            debt.waitTimes(),
            debt.serviceTimes(),
            debt.revision(),
            0,
            6,
            RatingCounts.NONE));

    Dashboard dashboard = november();
    Map<String, List<String>> asked = table(dashboard, "questions_asked");

    assertThat(headline(dashboard, "visits")).isEqualTo(visitsBefore).isEqualTo("79");
    assertThat(headline(dashboard, "questions")).isEqualTo("85");
    assertThat(asked.get("Geldzorgen en schulden")).containsExactly("15");
    assertThat(asked.get("Werk zoeken")).containsExactly("40");
    assertThat(asked.get("Uitkering en inkomen")).containsExactly("< 5");
    assertThat(asked.get("Totaal")).containsExactly("85");
    assertThat(dashboard.chart("questions_asked").orElseThrow().table().header())
        .containsExactly("Vraagtype", "Vragen");
    assertThat(table(dashboard, "questions").get("Geldzorgen en schulden"))
        .as("visits by their first question, as before")
        .containsExactly("x");
  }

  @Test
  void aSmallQuestionCountReadsLessThanFiveAndTheNextSmallestIsHidden() {
    Map<String, List<String>> questions = table(november(), "questions");

    assertThat(questions.get("Werk zoeken")).containsExactly("40");
    assertThat(questions.get("Van werk naar werk")).containsExactly("15");
    assertThat(questions.get("Uitkering en inkomen")).containsExactly("< 5");
    // Else 79 minus the rest would give the 3 away; 9 is the smallest count that can hide it.
    assertThat(questions.get("Geldzorgen en schulden")).containsExactly("x");
    assertThat(questions.get("Jongeren: van school naar werk")).containsExactly("12");
    assertThat(questions.get("Taal en digitale vaardigheden")).containsExactly("0");
    assertThat(questions.get("Totaal")).containsExactly("79");
  }

  @Test
  void klantreisSharesAreOfTheVisitorsWhoAnsweredTheSituationQuestion() {
    Dashboard dashboard = november();
    Map<String, List<String>> reach = table(dashboard, "reach");

    // 79 visitors, 29 without a situation: 50 answered.
    assertThat(reach.get("Geen werk en geen uitkering"))
        .containsExactly("Van geen werk en geen uitkering naar werk", "20", "40,0%");
    assertThat(reach.get("Ik heb werk")).containsExactly("Van werk naar werk", "15", "30,0%");
    assertThat(reach.get("Ik heb een uitkering"))
        .containsExactly("Van uitkering naar werk", "< 5", "–");
    assertThat(reach.get("Ik zit op school of ik studeer").subList(1, 3)).containsExactly("x", "–");
    assertThat(reach.get("Situatievraag niet gesteld of niet beantwoord").get(1)).isEqualTo("29");
    assertThat(dashboard.chart("reach").orElseThrow().notes().get(0)).contains("50 bezoekers");
    assertThat(headline(dashboard, "answered")).isEqualTo("63,3%");
  }

  @Test
  void referralsAreConfirmedPerPartnerInATableOfTheirOwn() {
    Dashboard dashboard = november();
    Map<String, List<String>> referrals = table(dashboard, "referrals");

    // UWV: 12 + 8 referred, 7 + 1 confirmed.
    assertThat(referrals.get("UWV")).containsExactly("20", "8", "40,0%");
    assertThat(referrals.get("Leerwerkloket / loopbaanadvies")).containsExactly("15", "9", "60,0%");
    assertThat(referrals.get("Gemeente: schuldhulp")).containsExactly("9", "0", "0,0%");
    // Appointments count as sent too.
    assertThat(referrals.get("SBB / onderwijs")).containsExactly("12", "6", "50,0%");
    assertThat(referrals.get("Totaal")).containsExactly("56", "23", "41,1%");
    // The outcome table counts each outcome once; whether the visitor arrived is the referral
    // table's (decision 0706).
    Map<String, List<String>> outcomes = table(dashboard, "outcomes");
    assertThat(outcomes.get("Doorverwezen (warme overdracht)").get(0)).isEqualTo("20");
    assertThat(outcomes.keySet()).noneMatch(label -> label.contains("bevestigd"));
    assertThat(outcomes.get("Vraag beantwoord")).last().isEqualTo("23");
  }

  @Test
  void aPartnerWithManyReferralsShowsItsConfirmedShareThoughOneOfItsOutcomesIsSmall() {
    // Werk en Inkomen: 30 referred (20 confirmed) and 3 appointments (2 confirmed). Split by
    // outcome and confirmation, the appointments' 2 and 1 hid the share; 22 of 33 hides nothing.
    // (UWV's 6 appointments are what the 3 is hidden with in the outcome table.)
    store(
        backend,
        A,
        HENGELO,
        "zuil-4",
        bucket(
            "2026-11-12", 10, "find_work", "-", "referred", "municipality_work_income", 30, 20, 1),
        bucket(
            "2026-11-12", 11, "find_work", "-", "appointment", "municipality_work_income", 3, 2, 2),
        bucket("2026-11-12", 11, "find_work", "-", "appointment", "uwv", 6, 3, 3));
    Dashboard dashboard = november();

    assertThat(table(dashboard, "referrals").get("Gemeente: Werk en Inkomen"))
        .containsExactly("33", "22", "66,7%");
    assertThat(table(dashboard, "outcomes").get("Afspraak gemaakt").get(1)).isEqualTo("< 5");
    assertNothingSmallIsShown(dashboard.chart("referrals").orElseThrow());
  }

  @Test
  void aConfirmedCountBelowFiveHidesTheShareAndItsComplement() {
    // Werkgeversservicepunt: 9 referred, 3 confirmed. The share would give the 3 away.
    store(
        backend,
        A,
        HENGELO,
        "zuil-4",
        bucket("2026-11-12", 10, "employer", "-", "referred", "employer_service_point", 9, 3, 1));
    Map<String, List<String>> referrals = table(november(), "referrals");

    assertThat(referrals.get("Werkgeversservicepunt (WSP)")).containsExactly("9", "< 5", "–");
    // With the total of confirmed shown, one more partner's confirmed count is hidden, else the
    // total minus the rest would give the 3 away.
    assertThat(referrals.values().stream().filter(row -> row.get(1).equals("x")))
        .hasSizeGreaterThanOrEqualTo(referrals.get("Totaal").get(1).equals("x") ? 0 : 1);
  }

  @Test
  void aRowWithFewerThanFiveVisitsReadsLessThanFiveThroughoutSoNoRateRestsOnIt() {
    store(
        backend,
        A,
        ENSCHEDE_ZUID,
        "zuil-1",
        bucket("2026-11-20", 10, "find_work", "-", "left", "-", 2, 0, 1));
    List<String> left = table(november(), "outcomes").get("Weggegaan zonder hulp");

    // Only partners nobody was sent to keep their 0; UWV (first column) had visits elsewhere.
    assertThat(left).containsOnly("< 5", "0").first().isEqualTo("< 5");
    assertThat(left).last().isEqualTo("< 5");
  }

  @Test
  void aSelectionWithoutInlooppuntenShowsZerosNotAnError() {
    Dashboard dashboard = november(List.of(), Optional.empty());

    assertThat(headline(dashboard, "visits")).isEqualTo("0");
    assertThat(table(dashboard, "questions").get("Totaal")).containsExactly("0");
  }

  @Test
  void filtersByInlooppuntAndQuestionType() {
    assertThat(headline(november(List.of(ENSCHEDE_NOORD), Optional.empty()), "visits"))
        .isEqualTo("24");
    assertThat(
            headline(
                november(List.of(HENGELO, ENSCHEDE_NOORD), Optional.of("money_debt")), "visits"))
        .isEqualTo("9");
  }

  @Test
  void busyHoursAddUpByWeekdayAndHour() {
    Map<String, List<String>> heat = table(november(), "heatmap");
    List<String> hours = november().chart("heatmap").orElseThrow().table().header();

    assertThat(heat.get("maandag").get(hours.indexOf("10:00") - 1)).isEqualTo("40");
    assertThat(heat.get("dinsdag").get(hours.indexOf("09:00") - 1)).isEqualTo("< 5");
    assertThat(heat.get("donderdag")).last().isEqualTo("24");
    assertThat(heat.get("Totaal")).last().isEqualTo("79");
  }

  @Test
  void waitingTimeMedianAndP90AreInterpolatedWithinTheirBin() {
    Map<String, List<String>> waiting = table(november(), "waiting");

    // Every visit waited 5 to 10 minutes: the median is halfway, the 90th percentile at 9.5.
    assertThat(waiting.get("Bibliotheek Hengelo")).containsExactly("8 min", "10 min");
    // It sent nothing in November: no data, where it read "–" (not computable) before 0705.
    assertThat(waiting.get("Stadhuis Enschede")).containsExactly("geen gegevens", "geen gegevens");
  }

  @Test
  void referralsPerPartnerAndQuestionType() {
    Map<String, List<String>> table = table(november(), "referral_questions");

    // Columns: the nine question types in catalogue order, then the row total.
    assertThat(table.get("UWV"))
        .containsExactly("20", "0", "0", "0", "0", "0", "0", "0", "0", "20");
    assertThat(table.get("SBB / onderwijs"))
        .containsExactly("0", "0", "0", "0", "0", "12", "0", "0", "0", "12");
    assertThat(table.get("Leerwerkloket / loopbaanadvies"))
        .containsExactly("0", "15", "0", "0", "0", "0", "0", "0", "0", "15");
    assertThat(table.get("Gemeente: schuldhulp"))
        .containsExactly("0", "0", "0", "0", "0", "0", "9", "0", "0", "9");
    assertThat(table.get("Vakbond")).containsOnly("0");
    assertThat(table.get("Totaal"))
        .containsExactly("20", "15", "0", "0", "0", "12", "9", "0", "0", "56");
  }

  @Test
  void selfServiceVisitsPerLocationAndHourIncludeHoursWithoutAGids() {
    store(
        backend,
        A,
        HENGELO,
        "zuil-3",
        bucket("2026-10-06", 19, "find_work", "-", "self_service", "-", 7, 0, 1),
        bucket("2026-10-13", 19, "youth", "-", "self_service", "-", 5, 0, 2),
        bucket("2026-10-07", 8, "find_work", "-", "self_service", "-", 6, 0, 3),
        bucket("2026-10-07", 10, "find_work", "-", "answered", "-", 30, 0, 4));
    store(
        backend,
        A,
        ENSCHEDE_ZUID,
        "zuil-3",
        bucket("2026-10-08", 20, "money_debt", "-", "self_service", "-", 2, 0, 1));
    store(
        backend,
        A,
        ENSCHEDE_NOORD,
        "zuil-3",
        bucket("2026-10-09", 7, "other", "-", "self_service", "-", 3, 0, 1));

    Chart chart = october().chart("self_service").orElseThrow();
    Map<String, List<String>> table = table(october(), "self_service");

    // Hours run from the earliest to the latest with visits, at least 09:00 to 16:00.
    assertThat(chart.table().header())
        .startsWith("Inlooppunt", "07:00", "08:00", "09:00")
        .endsWith("19:00", "20:00", "Totaal");
    List<String> hengelo = table.get("Bibliotheek Hengelo");
    assertThat(hengelo.get(1)).as("08:00").isEqualTo("6");
    assertThat(hengelo.get(3)).as("10:00, answered by a gids").isEqualTo("0");
    assertThat(hengelo.get(12)).as("19:00").isEqualTo("12");
    assertThat(hengelo.get(14)).as("total").isEqualTo("18");
    // A row with fewer than five visits reads "< 5" wherever its hour had visits at all.
    List<String> zuid = table.get("Stadhuis Enschede");
    assertThat(zuid.get(13)).as("20:00").isEqualTo("< 5");
    assertThat(zuid.get(0)).as("07:00, another inlooppunt's visits").isEqualTo("< 5");
    assertThat(zuid.get(14)).as("total").isEqualTo("< 5");
    assertThat(zuid).containsOnly("< 5", "0");
    List<String> noord = table.get("Wijkcentrum Enschede-Noord");
    assertThat(noord.get(0)).as("07:00").isEqualTo("< 5");
    assertThat(noord.get(14)).as("total").isEqualTo("< 5");
    assertNothingSmallIsShown(chart);
  }

  @Test
  void theCatalogueSaysWhichOutcomeIsSelfServiceAndWhichQuestionsAreTargetGroups() {
    // A region whose catalogue calls its self-service outcome zelf_geholpen and its young people
    // jongeren: nothing in the backend may assume the default catalogue's codes.
    String json =
        CatalogueLoader.defaultJson()
            .replace("\"voorbeeldregio\"", "\"" + TWENTE + "\"")
            .replace("\"self_service\"", "\"zelf_geholpen\"")
            .replace("\"youth\"", "\"jongeren\"");
    try {
      backend.regions().publish(CatalogueLoader.parse(json, "twente"));
    } catch (CatalogueException e) {
      throw new AssertionError(e);
    }
    backend.regions().saveLocation(TWENTE, "almelo-bibliotheek", "Bibliotheek Almelo", "Almelo");
    store(
        backend,
        TWENTE,
        "almelo-bibliotheek",
        "zuil-1",
        bucket("2026-10-06", 19, "find_work", "-", "zelf_geholpen", "-", 7, 0, 1),
        bucket("2026-10-07", 10, "jongeren", "-", "zelf_geholpen", "-", 6, 0, 2),
        bucket("2026-10-07", 11, "jongeren", "-", "answered", "-", 14, 0, 3),
        bucket("2026-10-08", 11, "find_work", "-", "answered", "-", 13, 0, 4));

    Dashboard october = october(TWENTE);
    Map<String, List<String>> selfService = table(october, "self_service");
    Map<String, List<String>> reach = table(october, "reach");

    // Hours 09:00 to 19:00, then the row total.
    assertThat(selfService.get("Bibliotheek Almelo"))
        .containsExactly("0", "6", "0", "0", "0", "0", "0", "0", "0", "0", "7", "13");
    assertThat(selfService.get("Totaal").get(11)).isEqualTo("13");
    assertThat(reach.get("Vraag: Jongeren: van school naar werk"))
        .containsExactly("van alle bezoekers", "20", "50,0%");
    assertThat(reach.get("Vraag: Van werk naar werk"))
        .containsExactly("van alle bezoekers", "0", "0,0%");
  }

  @Test
  void aSmallReferralCountReadsLessThanFive() {
    store(
        backend,
        A,
        HENGELO,
        "zuil-3",
        bucket("2026-10-06", 10, "find_work", "-", "referred", "uwv", 11, 0, 1),
        bucket("2026-10-06", 11, "youth", "-", "referred", "uwv", 2, 0, 2),
        bucket("2026-10-06", 12, "youth", "-", "referred", "sbb_education", 14, 0, 3));

    Chart chart = october().chart("referral_questions").orElseThrow();

    assertThat(table(october(), "referral_questions").get("UWV").get(5)).isEqualTo("< 5");
    assertNothingSmallIsShown(chart);
  }

  private static void assertNothingSmallIsShown(Chart chart) {
    for (DisplayTable.Row row : chart.table().rows()) {
      for (Figure figure : row.figures().subList(1, row.figures().size())) {
        assertThat(figure.text()).as(row.label()).doesNotMatch("[1-4]");
      }
    }
  }
}
