package nl.zuil.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Hoe was het?" end to end (decision 0309): faces tapped in a kiosk's ledger reach the region's
 * dashboard through the real agent and the real backend over HTTPS on loopback.
 */
class RatingReachesTheDashboardTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void tappedFacesAreCountedPerQuestionTypeOnTheDashboard() throws Exception {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    try (TestBackend backend =
            TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
        TestKiosk kiosk =
            new TestKiosk(
                dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 1)) {
      backend.enrol("zuil-1", dir.resolve("credential.json"));
      for (int i = 0; i < 7; i++) {
        Ticket ticket = kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
        kiosk.ledger.desk().call(ticket.reference(), "balie-1");
        kiosk.ledger.desk().recordOutcome(ticket.reference(), "answered", null);
        kiosk.ledger.ratings().rate(ticket.reference(), Rating.GOOD);
      }
      kiosk.ledger.aggregator().refresh();

      try (SyncAgent agent =
          SyncAgent.open(
              TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin())),
              Clock.systemUTC())) {
        agent.attempt();
      }

      JsonNode chart = chart(backend, "ratings_questions");
      assertThat(chart.path("table").path("header"))
          .extracting(JsonNode::asText)
          .containsExactly("Vraagtype", "Blij", "Gaat wel", "Niet blij", "Totaal");
      String findWork =
          new CatalogueLabels(backend.backend().regions().catalogues(TestBackend.REGION))
              .question("find_work", "nl");
      assertThat(rowCells(chart, findWork)).containsExactly(findWork, "7", "0", "0", "7");
    }
  }

  private static JsonNode chart(TestBackend backend, String id) {
    List<Location> locations = backend.backend().regions().locations(TestBackend.REGION);
    CatalogueLabels labels =
        new CatalogueLabels(backend.backend().regions().catalogues(TestBackend.REGION));
    Period period = Period.month(LocalDate.of(2026, 11, 1));
    Dashboard dashboard =
        new DashboardBuilder(
                new Suppression(Suppression.DEFAULT_THRESHOLD),
                Messages.in(Language.of("nl").orElseThrow()),
                labels)
            .build(
                period,
                LocalDate.of(2026, 11, 30),
                locations,
                backend
                    .backend()
                    .stats()
                    .cube(
                        new StatsQuery(
                            TestBackend.REGION,
                            period,
                            locations.stream().map(Location::code).toList(),
                            Optional.empty(),
                            labels.selfServiceOutcomes())));
    Chart chart =
        dashboard.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    // As the page's script reads it.
    return JSON.valueToTree(chart);
  }

  private static List<String> rowCells(JsonNode chart, String label) {
    for (JsonNode row : chart.path("table").path("rows")) {
      if (row.path("cells").path(0).asText().equals(label)) {
        return JSON.convertValue(
            row.path("cells"),
            JSON.getTypeFactory().constructCollectionType(List.class, String.class));
      }
    }
    throw new AssertionError("no row " + label + " in " + chart);
  }
}
