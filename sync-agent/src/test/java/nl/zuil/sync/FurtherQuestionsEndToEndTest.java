package nl.zuil.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nog een vraag" from the gids's desk to the region's dashboard: a real ledger, the real agent
 * over HTTPS, the real backend, the dashboard the region reads (decision 1006).
 */
class FurtherQuestionsEndToEndTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private TestBackend backend;
  private TestKiosk kiosk;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() throws Exception {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    kiosk = new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 1);
  }

  @AfterEach
  void stop() {
    kiosk.close();
    backend.close();
  }

  @Test
  void visitorsWithAWorkAndADebtQuestionReachTheDashboardAsVisitsAndQuestions() throws Exception {
    for (int i = 0; i < 6; i++) {
      Ticket ticket = kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
      kiosk.ledger.desk().call(ticket.reference(), "balie-1");
      kiosk.ledger.desk().recordOutcome(ticket.reference(), "answered", null);
      kiosk.ledger.desk().addQuestion(ticket.reference(), "money_debt", null, "answered", null);
    }
    kiosk.ledger.aggregator().refresh();

    try (SyncAgent agent =
        SyncAgent.open(
            TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin())),
            Clock.systemUTC())) {
      agent.attempt();
    }
    Dashboard dashboard = dashboard();

    assertThat(headline(dashboard, "visits")).isEqualTo("6");
    assertThat(headline(dashboard, "questions")).isEqualTo("12");
    assertThat(rows(dashboard, "questions_asked"))
        .contains("Werk zoeken 6", "Geldzorgen en schulden 6", "Totaal 12");
    assertThat(rows(dashboard, "questions")).contains("Werk zoeken 6", "Totaal 6");
  }

  private Dashboard dashboard() {
    var region = backend.backend();
    Period period = Period.month(DAY);
    List<Location> locations = region.regions().locations(TestBackend.REGION);
    CatalogueLabels labels = new CatalogueLabels(region.regions().catalogues(TestBackend.REGION));
    return new DashboardBuilder(new Suppression(5), Messages.in(Language.DUTCH), labels)
        .build(
            period,
            DAY,
            locations,
            region
                .stats()
                .cube(
                    new StatsQuery(
                        TestBackend.REGION,
                        period,
                        locations.stream().map(Location::code).toList(),
                        Optional.empty(),
                        labels.selfServiceOutcomes())));
  }

  private static String headline(Dashboard dashboard, String id) {
    return dashboard.headlines().stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow()
        .value()
        .text();
  }

  private static List<String> rows(Dashboard dashboard, String chart) {
    return dashboard.chart(chart).orElseThrow().table().rows().stream()
        .map(row -> String.join(" ", row.cells()))
        .toList();
  }
}
