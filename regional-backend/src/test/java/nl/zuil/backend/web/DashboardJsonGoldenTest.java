package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart JSON the page's script reads, for the demo data over fixed periods: every figure, label
 * and note. Captured before the dashboard tables got their own types (decision 0704); changed on
 * purpose since by 0705 (periods) and 0706 (the referral table). A change is made on purpose with
 * {@code -Dzuil.golden.update=true}, which writes the file anew and fails, so the diff gets read.
 */
class DashboardJsonGoldenTest {

  private static final String REGION = "voorbeeldregio";
  private static final String GOLDEN = "golden-dashboard.json";
  private static final String UPDATE = "zuil.golden.update";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private TestDatabase database;
  private Backend backend;

  @BeforeEach
  void seed() {
    database = TestDatabase.open(TestDatabase.Kind.SQLITE, dir);
    backend = Backend.over(database.database(), TestClock.at("2025-03-20T10:00"));
    new DemoData(backend, 2025)
        .write(REGION, 10, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 19));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theDemoDashboardsReadAsBefore() throws IOException {
    ObjectNode all = JSON.createObjectNode();
    LocalDate today = LocalDate.of(2025, 3, 20);
    all.set(
        "week", dashboard(Period.week(LocalDate.of(2025, 2, 12)), today, "nl", Optional.empty()));
    all.set(
        "month", dashboard(Period.month(LocalDate.of(2025, 2, 1)), today, "nl", Optional.empty()));
    all.set(
        "quarter",
        dashboard(Period.quarter(LocalDate.of(2025, 1, 1)), today, "en", Optional.empty()));
    all.set(
        "youth",
        dashboard(Period.month(LocalDate.of(2025, 3, 1)), today, "nl", Optional.of("youth")));
    all.set(
        "three_locations",
        dashboard(
            Period.custom(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 8)),
            today,
            "nl",
            Optional.empty(),
            3));

    if (Boolean.getBoolean(UPDATE)) {
      Path file = Path.of("src/test/resources/nl/zuil/backend/web", GOLDEN);
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
      fail("wrote %s anew; read its diff, then run again without -D%s", file, UPDATE);
    }
    JsonNode golden;
    try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
      golden = JSON.readTree(in);
    }
    assertThat(all).isEqualTo(golden);
  }

  private JsonNode dashboard(
      Period period, LocalDate today, String language, Optional<String> question) {
    return dashboard(period, today, language, question, 10);
  }

  private JsonNode dashboard(
      Period period, LocalDate today, String language, Optional<String> question, int places) {
    List<Location> locations = backend.regions().locations(REGION).subList(0, places);
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(REGION));
    Dashboard dashboard =
        new DashboardBuilder(
                new Suppression(Suppression.DEFAULT_THRESHOLD),
                Messages.in(Language.of(language).orElseThrow()),
                labels)
            .build(
                period,
                today,
                locations,
                backend
                    .stats()
                    .cube(
                        new StatsQuery(
                                REGION,
                                period,
                                locations.stream().map(Location::code).toList(),
                                question,
                                labels.selfServiceOutcomes())
                            .comparedWith(today)));
    ObjectNode json = JSON.createObjectNode();
    json.set("summary", JSON.valueToTree(DashboardSummary.of(dashboard)));
    ArrayNode charts = json.putArray("charts");
    for (Chart chart : dashboard.charts()) {
      charts.add(JSON.valueToTree(chart));
    }
    return json;
  }
}
