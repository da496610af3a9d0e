package nl.zuil.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketElement;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import nl.zuil.hardware.virtualprinter.VirtualPrinter;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.Trust;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.sync.SyncAgent;
import nl.zuil.testsupport.HeadlessChromium;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import nl.zuil.testsupport.Zbar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The referral loop end to end, every part real (issue 18): a gids refers a visitor on the console,
 * the slip comes out of the virtual printer, ZBar reads its QR code, a partner opens the link in
 * headless Chromium and presses the button, and after the sync agent's next round the region's
 * dashboard counts one more arrival beside the slip the kiosk reported. Opening the link again
 * changes nothing.
 */
class ReferralChainTest {

  private static final String REGION = "voorbeeldregio";
  private static final String LOCATION = "hengelo-bibliotheek";
  private static final String PASSWORD = "een lang wachtwoord";
  private static final String WEEK = "?period=week&date=2026-11-23";

  @TempDir Path dir;

  @Test
  void aPartnerConfirmingASlipInABrowserCountsOnceOnTheDashboardAfterTheNextSync()
      throws Exception {
    TestCertificate certificate =
        TestCertificate.create(Files.createDirectories(dir.resolve("certificates")), "backend");
    try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null);
        KioskFixture kiosk = KioskFixture.direct(Files.createDirectories(dir.resolve("kiosk")))) {
      Backend region = Backend.over(database, TestClock.at("2026-11-23T12:00"));
      region.regions().publish(CatalogueLoader.loadDefault());
      region.regions().saveLocation(REGION, LOCATION, "Bibliotheek Hengelo", "Hengelo");
      region
          .staff()
          .save("regio", REGION, Role.REGION_STAFF, Optional.empty(), PASSWORD.toCharArray());
      String code =
          region.enrolment().createCode(REGION, LOCATION, "zuil-1", Duration.ofHours(1)).code();
      EnrolledDevice device = region.enrolment().enrol(code).orElseThrow();
      Path credential = dir.resolve("credential.json");
      new Credential(device.device().id(), device.credential(), LOCATION, "zuil-1")
          .write(credential);
      Path catalogueFile =
          Files.createDirectories(dir.resolve("catalogue")).resolve("catalogue.json");
      Files.writeString(catalogueFile, CatalogueLoader.defaultJson());

      try (ApiServer server =
              ApiServer.start(
                  region,
                  new ServerSettings(
                      "127.0.0.1",
                      0,
                      Optional.of(new Tls(certificate.keystore(), certificate.password())),
                      ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
          HeadlessChromium chromium = HeadlessChromium.start()) {
        String url = "https://127.0.0.1:" + server.port();
        AgentSettings settings = agentSettings(kiosk, url, certificate, credential, catalogueFile);
        try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
          agent.attempt();
        }
        // Five visitors referred earlier in the week already arrived, so one more shows as such.
        byte[] key =
            Base64.getDecoder()
                .decode(SlipKeyFile.besideCatalogue(catalogueFile).read().orElseThrow().key());
        for (int i = 0; i < 5; i++) {
          region
              .referrals()
              .arrive(
                  Optional.of(
                      SlipLinks.issue(
                          key, LocalDate.parse("2026-11-23"), LOCATION, "uwv", "find_work", null)));
        }
        kiosk.console.onReferral(
            new ReferralSlips(
                    kiosk.ledger,
                    kiosk.console::catalogue,
                    kiosk.printer,
                    Runnable::run,
                    kiosk.clock,
                    LOCATION,
                    "Bibliotheek Hengelo",
                    Optional.of(SlipKeyFile.besideCatalogue(catalogueFile)))
                ::print);
        ChromeDriver browser = chromium.driver();
        logIn(browser, url);
        assertThat(arrivals(browser, url)).contains("\"5\"").doesNotContain("\"6\"");

        Ticket ticket = kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "uk"));
        kiosk.console.call(ticket.number(), kiosk.config.desk()).join();
        kiosk.console.finish(ticket.reference(), "referred", "uwv").join();
        String link = Zbar.decodeQr(printed(kiosk.printer.printed()));
        assertThat(link).startsWith(url + "/bon?");

        browser.get(link);
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains("Werk zoeken")
            .contains("Doorverwezen vanuit Bibliotheek Hengelo, week 48");
        browser.findElement(By.cssSelector("form[action='/bon'] button")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dank u");
        assertThat(arrivals(browser, url))
            .as("the arrival counts at once; the kiosk's slip comes with its next sync")
            .contains("\"6\"");

        try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
          agent.attempt();
        }
        assertThat(arrivals(browser, url)).contains("\"6\"").doesNotContain("\"7\"");
        assertThat(region.referralFigures().between(REGION, "2026-W48", "2026-W48"))
            .singleElement()
            .satisfies(
                counts -> {
                  assertThat(counts.issued()).isEqualTo(1);
                  assertThat(counts.arrived()).isEqualTo(6);
                });

        browser.get(link);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("al gebruikt");
        assertThat(browser.findElements(By.cssSelector("form[action='/bon'] button"))).isEmpty();
        assertThat(arrivals(browser, url)).contains("\"6\"").doesNotContain("\"7\"");
      }
    }
  }

  private static AgentSettings agentSettings(
      KioskFixture kiosk,
      String url,
      TestCertificate certificate,
      Path credential,
      Path catalogue) {
    return new AgentSettings(
        kiosk.ledger.file(),
        URI.create(url),
        new Trust(Optional.of(certificate.pin()), Optional.empty()),
        false,
        credential,
        catalogue.resolveSibling("agent-state.db"),
        catalogue.resolveSibling("agent-health.json"),
        Optional.empty(),
        Duration.ofSeconds(60),
        Duration.ofSeconds(300),
        Duration.ofMinutes(15),
        Duration.ofSeconds(10),
        256 * 1024,
        Optional.of(catalogue),
        Duration.ofSeconds(3600));
  }

  private static void logIn(ChromeDriver browser, String url) {
    browser.get(url + "/login");
    browser.findElement(By.name("username")).sendKeys("regio");
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form.login button")).click();
    // The login's redirect must land before the next address is asked for, or it replaces it.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** The dashboard's arrivals chart as the page's script fetches it. */
  private static String arrivals(ChromeDriver browser, String url) {
    browser.get(url + "/api/stats/referral_arrivals" + WEEK);
    return browser.findElement(By.tagName("body")).getText();
  }

  /** The slip as the virtual printer puts it on paper, saved as the demo saves tickets. */
  private Path printed(List<TicketDocument> documents) throws Exception {
    assertThat(documents).hasSize(1);
    TicketDocument slip = documents.get(0);
    assertThat(slip.elements()).anyMatch(TicketElement.QrCode.class::isInstance);
    PrinterProfile profile = HardwareProfiles.load("virtual").printer();
    List<PrintedTicket> paper =
        VirtualPrinter.render(profile, TicketPrinters.encoder(profile).encode(slip));
    Path png = dir.resolve("referral-slip.png");
    ImageIO.write(paper.get(0).image(), "png", png.toFile());
    return png;
  }
}
