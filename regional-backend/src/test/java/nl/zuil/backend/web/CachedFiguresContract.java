package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CachedStats;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Cube;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.JdbcStatsStore;
import nl.zuil.backend.stats.MonthlySums;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.StatsStore;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.stats.WarmUp;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards staff get through the backend's cached query path (decision 0708) are the ones the
 * plain GROUP BY path gives on the same data: every figure of the page's chart JSON, every CSV and
 * the whole XLSX, for a set of selections, read twice (the second time from the cache), and again
 * after more buckets arrived (which must not be answered from the cache).
 */
abstract class CachedFiguresContract {

  private static final String REGION = "voorbeeldregio";
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private TestDatabase database;
  private Backend backend;
  private StatsStore plain;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void seed() {
    database = TestDatabase.open(kind(), dir);
    backend = Backend.over(database.database(), TestClock.at("2025-03-31T10:00"));
    plain = new JdbcStatsStore(database.database());
    new DemoData(backend, 2025)
        .write(REGION, 8, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 19));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void
      everyDashboardAndExportHasTheFiguresOfThePlainQueriesBeforeAndAfterNewBucketsAndQuarantine() {
    List<String> before = dashboards(plain);

    assertThat(dashboards(backend.stats())).isEqualTo(before);
    assertThat(dashboards(backend.stats())).isEqualTo(before);

    new DemoData(backend, 7).write(REGION, 8, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 28));
    List<String> after = dashboards(plain);

    assertThat(after).isNotEqualTo(before);
    assertThat(dashboards(backend.stats())).isEqualTo(after);

    // Taking a kiosk out changes every month, the cached ones too.
    String location = backend.regions().locations(REGION).get(0).code();
    backend
        .enrolment()
        .enrol(
            backend.enrolment().createCode(REGION, location, "demo-1", Duration.ofHours(1)).code());
    backend.quarantine().quarantine(REGION, location, "demo-1");
    List<String> without = dashboards(plain);

    assertThat(without).isNotEqualTo(after);
    assertThat(dashboards(backend.stats())).isEqualTo(without);
  }

  @Test
  void newBucketsOfOneMonthAreAddedUpAgainWhileOtherMonthsStayCached() {
    List<Period> summed = new ArrayList<>();
    CachedStats cached = countingInto(summed);
    StatsQuery january = query(Period.month(LocalDate.of(2025, 1, 1)));
    StatsQuery march = query(Period.month(LocalDate.of(2025, 3, 1)));
    StatsQuery quarter = query(Period.quarter(LocalDate.of(2025, 1, 1)));
    cached.cube(january);
    cached.cube(march);
    cached.cube(january);
    long marchBefore = visits(cached.cube(march));
    long quarterBefore = visits(cached.cube(quarter));

    new DemoData(backend, 7).write(REGION, 8, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 28));
    cached.cube(january);
    long marchAfter = visits(cached.cube(march));
    long quarterAfter = visits(cached.cube(quarter));

    // The quarter adds up only February, the one month of it nobody had asked for; after the
    // delivery only March is added up again, and the quarter takes it from there.
    assertThat(summed)
        .containsExactly(
            Period.custom(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
            Period.custom(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)),
            Period.custom(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
            Period.custom(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
    assertThat(marchAfter).isGreaterThan(marchBefore);
    assertThat(quarterAfter - quarterBefore).isEqualTo(marchAfter - marchBefore);
    assertThat(visits(plain.cube(quarter))).isEqualTo(quarterAfter);
  }

  @Test
  void afterTheWarmUpAPageOfAllInlooppuntenOfTheLastYearAddsNothingUp() {
    List<Period> summed = new ArrayList<>();
    CachedStats cached = countingInto(summed);

    WarmUp.run(backend.regions(), cached, TODAY);
    assertThat(summed).hasSize(1);
    summed.clear();
    // As the page asks for it: the inlooppunten in the order Selection lists them.
    List<Location> all = new ArrayList<>(backend.regions().locations(REGION));
    all.sort(Location.AS_LISTED);
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(REGION));
    for (Period period :
        List.of(
            Period.month(TODAY),
            Period.quarter(TODAY),
            Period.custom(LocalDate.of(2025, 1, 1), TODAY),
            Period.month(LocalDate.of(2024, 11, 1)))) {
      cached.cube(
          new StatsQuery(
                  REGION,
                  period,
                  all.stream().map(Location::code).toList(),
                  Optional.empty(),
                  labels.selfServiceOutcomes())
              .comparedWith(TODAY));
    }

    assertThat(summed).isEmpty();
  }

  /** A cache over the plain queries that writes down each run of months it adds up. */
  private CachedStats countingInto(List<Period> summed) {
    JdbcStatsStore sums = new JdbcStatsStore(database.database());
    return new CachedStats(
        new MonthlySums() {
          @Override
          public Map<YearMonth, Cube> byMonth(StatsQuery query) {
            summed.add(query.period());
            return sums.byMonth(query);
          }

          @Override
          public Cube.PeriodTotal total(StatsQuery query) {
            return sums.total(query);
          }
        },
        database.database(),
        CachedStats.DEFAULT_ROWS);
  }

  private StatsQuery query(Period period) {
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(REGION));
    return new StatsQuery(
        REGION,
        period,
        backend.regions().locations(REGION).stream().map(Location::code).toList(),
        Optional.empty(),
        labels.selfServiceOutcomes());
  }

  private static long visits(Cube cube) {
    return cube.byLocationAndDay().stream().mapToLong(Cube.DayCount::visits).sum();
  }

  /** Chart JSON, each chart's CSV and the dashboard's XLSX, for several selections, as text. */
  private List<String> dashboards(StatsStore stats) {
    List<Location> all = backend.regions().locations(REGION);
    List<String> out = new ArrayList<>();
    out.addAll(
        dashboard(stats, Period.custom(LocalDate.of(2025, 1, 1), TODAY), all, Optional.empty()));
    out.addAll(dashboard(stats, Period.month(LocalDate.of(2025, 3, 1)), all, Optional.empty()));
    out.addAll(
        dashboard(
            stats, Period.week(LocalDate.of(2025, 3, 17)), all.subList(0, 3), Optional.empty()));
    out.addAll(
        dashboard(stats, Period.quarter(LocalDate.of(2025, 1, 1)), all, Optional.of("youth")));
    return out;
  }

  private List<String> dashboard(
      StatsStore stats, Period period, List<Location> locations, Optional<String> question) {
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(REGION));
    Dashboard dashboard =
        new DashboardBuilder(
                new Suppression(Suppression.DEFAULT_THRESHOLD), Messages.in(Language.DUTCH), labels)
            .build(
                period,
                TODAY,
                locations,
                stats.cube(
                    new StatsQuery(
                            REGION,
                            period,
                            locations.stream().map(Location::code).toList(),
                            question,
                            labels.selfServiceOutcomes())
                        .comparedWith(TODAY)));
    List<String> out = new ArrayList<>();
    try {
      out.add(JSON.writeValueAsString(DashboardSummary.of(dashboard)));
      for (Chart chart : dashboard.charts()) {
        out.add(JSON.writeValueAsString(chart));
        out.add(new String(Exports.csv(chart.table()), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.add(StaffClient.workbookText(Exports.xlsx(dashboard.charts(), "selectie", "legenda")));
    return out;
  }
}
