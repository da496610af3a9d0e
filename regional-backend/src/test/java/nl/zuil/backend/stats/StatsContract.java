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
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
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
    Cube cube = backend.stats().cube(new StatsQuery(A, period, locations, question));
    return new DashboardBuilder(
            new Suppression(5),
            Messages.in(Language.DUTCH),
            new CatalogueLabels(backend.regions().catalogues(A)))
        .build(period, LocalDate.of(2026, 12, 2), selected, cube);
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
    assertThat(visits.rows().get(visits.rows().size() - 1).figures())
        .extracting(Figure::text)
        .containsExactly("Totaal", "55", "0", "24");
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
  void referralsAreConfirmedPerPartnerAndSplitInTheOutcomeTable() {
    Dashboard dashboard = november();
    Map<String, List<String>> referrals = table(dashboard, "referrals");

    // UWV: 12 + 8 referred, 7 + 1 confirmed.
    assertThat(referrals.get("UWV")).containsExactly("20", "8", "40,0%");
    assertThat(referrals.get("Leerwerkloket / loopbaanadvies")).containsExactly("15", "9", "60,0%");
    assertThat(referrals.get("Gemeente: schuldhulp")).containsExactly("9", "0", "0,0%");
    // Appointments count as sent too.
    assertThat(referrals.get("SBB / onderwijs")).containsExactly("12", "6", "50,0%");
    assertThat(referrals.get("Totaal")).containsExactly("56", "23", "41,1%");
    Map<String, List<String>> outcomes = table(dashboard, "outcomes");
    assertThat(outcomes.get("Doorverwezen (warme overdracht): aankomst bevestigd").get(0))
        .isEqualTo("8");
    assertThat(outcomes.get("Vraag beantwoord")).last().isEqualTo("23");
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
    assertThat(waiting.get("Stadhuis Enschede")).containsExactly("–", "–");
  }
}
