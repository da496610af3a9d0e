package nl.zuil.sync.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.referral.SlipState;
import nl.zuil.backend.stats.ReferralCounts;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.kioskfiles.slipkey.SlipKeySettings;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.TestBackend;
import nl.zuil.sync.TestKiosk;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent keeps the location's slip key for the kiosk and sends its slip counts beside the
 * buckets, against the real backend over HTTPS (decision 1053). A partner who confirms before the
 * kiosk's counts arrive loses nothing, and resending changes nothing.
 */
class SlipSyncTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private TestBackend backend;
  private AgentSettings settings;
  private Path catalogueFile;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() throws Exception {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    catalogueFile = Files.createDirectory(dir.resolve("catalogue")).resolve("catalogue.json");
    settings =
        TestAgents.keepingCatalogue(
            TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin())),
            catalogueFile);
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  @Test
  void anArrivalConfirmedBeforeTheKiosksCountsIsNotLostAndResendingChangesNothing()
      throws Exception {
    LocalDate printedOn = LocalDate.parse("2026-11-20");
    String week = SlipLinks.isoWeek(printedOn);
    try (TestKiosk kiosk =
        new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 1)) {
      try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
        agent.attempt();
      }
      SlipKeySettings key = SlipKeyFile.besideCatalogue(catalogueFile).read().orElseThrow();
      assertThat(key.locationCode()).isEqualTo(TestBackend.LOCATION);
      assertThat(key.confirmUrl()).isEqualTo(backend.url());

      // Printed while the kiosk was offline: counted in its ledger, not yet at the region.
      SlipLink slip =
          SlipLinks.issue(
              Base64.getDecoder().decode(key.key()),
              printedOn,
              TestBackend.LOCATION,
              "uwv",
              "find_work",
              null);
      kiosk.ledger.slips().count(printedOn, "uwv", "find_work");
      assertThat(backend.backend().referrals().arrive(Optional.of(slip)).state())
          .isEqualTo(SlipState.OPEN);
      assertThat(figures(week))
          .containsExactly(
              new ReferralCounts(TestBackend.LOCATION, "uwv", "find_work", week, 0, 1, 0, 0));

      try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
        agent.attempt();
        agent.attempt();
      }
      try (SyncAgent restarted = SyncAgent.open(settings, Clock.systemUTC())) {
        restarted.attempt();
      }

      assertThat(figures(week))
          .containsExactly(
              new ReferralCounts(TestBackend.LOCATION, "uwv", "find_work", week, 1, 1, 0, 0));
    }
  }

  private List<ReferralCounts> figures(String week) {
    return backend.backend().referralFigures().between(TestBackend.REGION, week, week);
  }
}
