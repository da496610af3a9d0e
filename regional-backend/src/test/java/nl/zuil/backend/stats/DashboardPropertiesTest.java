package nl.zuil.backend.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;

/**
 * Random months of buckets through the whole dashboard: whatever the data, no published count is
 * between 1 and 4, and each chart draws exactly the figures of the table behind it.
 */
class DashboardPropertiesTest {

  private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
  private static final List<Location> LOCATIONS =
      List.of(
          new Location("voorbeeldregio", "a", "Inlooppunt A", "Hengelo"),
          new Location("voorbeeldregio", "b", "Inlooppunt B", "Enschede"),
          new Location("voorbeeldregio", "c", "Inlooppunt C", "Enschede"));
  private static final Period NOVEMBER = Period.month(LocalDate.of(2026, 11, 1));

  record Bucket(
      int location,
      int day,
      int hour,
      int question,
      int situation,
      int outcome,
      int partner,
      int visits,
      int confirmed) {}

  @Property(tries = 150)
  void noPublishedCountIsSmallAndEveryChartDrawsItsTable(@ForAll("months") List<Bucket> buckets) {
    Dashboard dashboard =
        new DashboardBuilder(
                new Suppression(5),
                Messages.in(Language.DUTCH),
                new CatalogueLabels(List.of(CATALOGUE)))
            .build(NOVEMBER, LocalDate.of(2026, 12, 1), LOCATIONS, cube(buckets));

    for (Chart chart : dashboard.charts()) {
      for (DisplayTable.Row row : chart.table().rows()) {
        for (Figure figure : row.figures()) {
          if (figure.kind() == Figure.Kind.COUNT && figure.hasNumber()) {
            double count = figure.number().getAsDouble();
            assertThat(count == 0 || count >= 5).as(chart.id() + " " + row.label()).isTrue();
          }
          if (figure.kind() == Figure.Kind.COUNT && !figure.hasNumber()) {
            assertThat(figure.text()).isIn("< 5", "x", "–");
          }
        }
      }
    }
    for (String id :
        List.of(
            "visits", "questions", "outcomes", "heatmap", "referral_questions", "self_service")) {
      Chart chart = dashboard.chart(id).orElseThrow();
      for (int s = 0; s < chart.series().size(); s++) {
        Chart.Series series = chart.series().get(s);
        for (int i = 0; i < series.values().size(); i++) {
          // Series run along the table's columns (one per column) or, for one series, its rows.
          Figure cell =
              chart.series().size() == 1 || rowSeries(id)
                  ? chart
                      .table()
                      .rows()
                      .get(rowSeries(id) ? s : i)
                      .figures()
                      .get(rowSeries(id) ? i + 1 : 1)
                  : chart.table().rows().get(i).figures().get(s + 1);
          assertThat(series.texts().get(i)).as(id).isEqualTo(cell.text());
          assertThat(series.values().get(i) == null).as(id).isEqualTo(!cell.hasNumber());
        }
      }
    }
  }

  /** Heat tables draw one series per row, the other charts one per column. */
  private static boolean rowSeries(String id) {
    return id.equals("heatmap") || id.equals("self_service");
  }

  @Provide
  Arbitrary<List<Bucket>> months() {
    Arbitrary<Bucket> bucket =
        Combinators.combine(
                List.of(
                    Arbitraries.integers().between(0, 2),
                    Arbitraries.integers().between(1, 30),
                    Arbitraries.integers().between(9, 16),
                    Arbitraries.integers().between(0, CATALOGUE.questionTypes().size() - 1),
                    Arbitraries.integers().between(-1, CATALOGUE.situations().size() - 1),
                    Arbitraries.integers().between(0, CATALOGUE.outcomes().size() - 1),
                    Arbitraries.integers().between(-1, CATALOGUE.partners().size() - 1),
                    Arbitraries.integers().between(1, 9),
                    Arbitraries.integers().between(0, 9)))
            .as(
                values ->
                    new Bucket(
                        values.get(0),
                        values.get(1),
                        values.get(2),
                        values.get(3),
                        values.get(4),
                        values.get(5),
                        values.get(6),
                        values.get(7),
                        Math.min(values.get(7), values.get(8))));
    return bucket.list().ofMinSize(0).ofMaxSize(60);
  }

  /** What the store would add up from these buckets. */
  private static Cube cube(List<Bucket> buckets) {
    Map<String, Long> days = new HashMap<>();
    Map<String, Long> hours = new HashMap<>();
    Map<String, long[]> combinations = new HashMap<>();
    Map<String, long[]> waiting = new HashMap<>();
    Map<String, Long> selfService = new HashMap<>();
    for (Bucket b : buckets) {
      String location = LOCATIONS.get(b.location()).code();
      LocalDate day = LocalDate.of(2026, 11, b.day());
      days.merge(location + "|" + day, (long) b.visits(), Long::sum);
      hours.merge(day + "|" + b.hour(), (long) b.visits(), Long::sum);
      String outcome = CATALOGUE.outcomes().get(b.outcome()).code();
      boolean partnerAllowed =
          CATALOGUE.outcomes().get(b.outcome()).partner() != nl.zuil.catalogue.PartnerRule.NONE;
      String partner =
          b.partner() < 0 || !partnerAllowed ? "-" : CATALOGUE.partners().get(b.partner()).code();
      String key =
          CATALOGUE.questionTypes().get(b.question()).code()
              + "|"
              + (b.situation() < 0 ? "-" : CATALOGUE.situations().get(b.situation()).code())
              + "|"
              + outcome
              + "|"
              + partner;
      long[] sums = combinations.computeIfAbsent(key, k -> new long[2]);
      sums[0] += b.visits();
      sums[1] += partner.equals("-") ? 0 : b.confirmed();
      waiting.computeIfAbsent(location, k -> new long[11])[b.hour() % 11] += b.visits();
      // The example catalogue has no self-service outcome; "left" stands in for it, so that the
      // self-service table gets counts of every size too.
      if (outcome.equals("left")) {
        selfService.merge(location + "|" + b.hour(), (long) b.visits(), Long::sum);
      }
    }
    List<Cube.DayCount> byDay = new ArrayList<>();
    days.forEach(
        (k, v) ->
            byDay.add(new Cube.DayCount(k.split("\\|")[0], LocalDate.parse(k.split("\\|")[1]), v)));
    List<Cube.HourCount> byHour = new ArrayList<>();
    hours.forEach(
        (k, v) ->
            byHour.add(
                new Cube.HourCount(
                    LocalDate.parse(k.split("\\|")[0]), Integer.parseInt(k.split("\\|")[1]), v)));
    List<Cube.Combination> byCombination = new ArrayList<>();
    combinations.forEach(
        (k, v) -> {
          String[] codes = k.split("\\|");
          byCombination.add(
              new Cube.Combination(
                  codes[0], codes[1], codes[2], codes[3], v[0], v[1], v[0], 0, 0, 0));
        });
    List<Cube.LocationHourCount> selfServiceCounts = new ArrayList<>();
    selfService.forEach(
        (k, v) ->
            selfServiceCounts.add(
                new Cube.LocationHourCount(
                    k.split("\\|")[0], Integer.parseInt(k.split("\\|")[1]), v)));
    return new Cube(byDay, byHour, byCombination, waiting, selfServiceCounts);
  }
}
