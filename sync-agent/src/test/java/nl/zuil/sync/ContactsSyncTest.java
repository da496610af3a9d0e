package nl.zuil.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.ledger.contact.ContactRequest;
import nl.zuil.regionapi.Channel;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contacts without a ticket from end to end (decisions 1003, 0707): recorded in a real ledger, sent
 * by the real agent over HTTPS, stored by the real backend and read on the dashboard, apart from
 * the visits.
 */
class ContactsSyncTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private TestBackend backend;
  private TestKiosk kiosk;
  private TestCertificate certificate;

  @BeforeEach
  void start() throws Exception {
    certificate = TestCertificate.create(dir, "backend");
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    kiosk = new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 3);
  }

  @AfterEach
  void stop() {
    kiosk.close();
    backend.close();
  }

  @Test
  void aPhoneCallCountsAsAContactNotAVisitOnTheRegionsDashboard() throws Exception {
    kiosk.visits(20);
    for (int i = 0; i < 6; i++) {
      kiosk
          .ledger
          .contacts()
          .record(ContactRequest.single(Channel.PHONE, "find_work", null, "answered"));
    }
    for (int i = 0; i < 5; i++) {
      kiosk
          .ledger
          .contacts()
          .record(ContactRequest.single(Channel.ONLINE, "learning", null, "answered"));
    }

    try (SyncAgent agent =
        SyncAgent.open(
            TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin())),
            Clock.systemUTC())) {
      agent.attempt();
      assertThat(agent.acknowledgedRevision()).isEqualTo(kiosk.ledger.buckets().latestRevision());
    }

    assertThat(backend.counts("zuil-1"))
        .as("the kiosk's visits, as before")
        .isEqualTo(kiosk.counts());
    Dashboard dashboard = dashboard(backend.backend());
    assertThat(dashboard.chart("contacts").orElseThrow().table().rows().get(0).cells())
        .containsExactly("Bibliotheek Hengelo", "0", "6", "5", "0", "0", "11");
    assertThat(dashboard.headlines().get(0).value().text())
        .as("visits")
        .isEqualTo(Integer.toString(backend.totalVisits("zuil-1")));
  }

  private static Dashboard dashboard(Backend backend) {
    String region = TestBackend.REGION;
    List<Location> locations = backend.regions().locations(region);
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(region));
    // The kiosk's visits may run past midnight; the contacts come after them.
    Period period = Period.custom(DAY, DAY.plusDays(1));
    return new DashboardBuilder(
            new Suppression(Suppression.DEFAULT_THRESHOLD),
            Messages.in(Language.of("nl").orElseThrow()),
            labels)
        .build(
            period,
            DAY.plusDays(1),
            locations,
            backend
                .stats()
                .cube(
                    new StatsQuery(
                        region,
                        period,
                        locations.stream().map(Location::code).toList(),
                        Optional.empty(),
                        labels.selfServiceOutcomes())));
  }
}
