package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the statistics pages keep between requests (decision 0709: months' sums, the dashboard built
 * from them, the parsed catalogues) never hides a change: a kiosk's delivery shows in the next
 * chart, and a newly published catalogue's label in the next page.
 */
class FreshFiguresTest {

  private static final String NOVEMBER = "?period=month&date=2026-11-01";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private StaffServer server;
  private StaffClient anna;

  @BeforeEach
  void start() {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            certificate,
            "2026-11-23T10:00",
            backend -> {
              TwoRegions.regions(backend);
              new DemoData(backend, 7)
                  .write(TwoRegions.A, 6, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20));
              TwoRegions.accounts(backend);
            });
    anna = new StaffClient(server, certificate);
    assertThat(anna.logIn(TwoRegions.ANNA, PASSWORD).status()).isEqualTo(303);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aDeliveryBetweenTwoChartRequestsShowsInTheSecond() throws Exception {
    Catalogue catalogue = CatalogueLoader.loadDefault();
    String question = catalogue.questionTypes().get(0).code();
    String outcome =
        catalogue.outcomes().stream()
            .filter(o -> o.partner() != PartnerRule.REQUIRED)
            .findFirst()
            .orElseThrow()
            .code();
    long before = visitsOf(question);
    anna.get("/dashboard" + NOVEMBER);

    TwoRegions.store(
        server.backend(),
        TwoRegions.A,
        server.backend().regions().locations(TwoRegions.A).get(0).code(),
        "zuil-7",
        TwoRegions.bucket(
            "2026-11-23",
            9,
            question,
            catalogue.situations().get(0).code(),
            outcome,
            Codes.NONE,
            40,
            0,
            1));

    assertThat(visitsOf(question)).isEqualTo(before + 40);
  }

  @Test
  void aNewlyPublishedLabelShowsOnTheNextPage() throws Exception {
    assertThat(anna.get("/dashboard" + NOVEMBER).text()).doesNotContain("Werk zoeken (nieuw)");

    server
        .backend()
        .regions()
        .publish(
            CatalogueLoader.parse(
                CatalogueLoader.defaultJson()
                    .replace("\"version\": 1,", "\"version\": 2,")
                    .replace(
                        "\"labels\": { \"nl\": \"Werk zoeken\"",
                        "\"labels\": { \"nl\": \"Werk zoeken (nieuw)\""),
                "version 2"));

    assertThat(anna.get("/dashboard" + NOVEMBER).text()).contains("Werk zoeken (nieuw)");
  }

  /** The visits of one question type in November, from the questions chart's JSON. */
  private long visitsOf(String question) throws Exception {
    String label =
        CatalogueLoader.loadDefault().questionTypes().stream()
            .filter(q -> q.code().equals(question))
            .findFirst()
            .orElseThrow()
            .labels()
            .in("nl");
    JsonNode chart = JSON.readTree(anna.get("/api/stats/questions" + NOVEMBER).text());
    for (int i = 0; i < chart.get("categories").size(); i++) {
      if (chart.get("categories").get(i).asText().equals(label)) {
        return chart.get("series").get(0).get("values").get(i).asLong();
      }
    }
    throw new AssertionError("no " + label + " in " + chart);
  }
}
