package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.testsupport.HeadlessChromium;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A regional manager signs in through the region's identity provider in a real headless Chromium:
 * from Zuil's login page to the provider's own sign-in page (a real OpenID Connect provider on
 * loopback), and back to the dashboard with the role the provider's group gives.
 */
class OidcInBrowserTest {

  @TempDir Path dir;
  private TestProvider provider;
  private StaffServer server;
  private HeadlessChromium chromium;

  @BeforeEach
  void start() {
    provider = TestProvider.start(true);
    int port = StaffServer.freePort();
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            TestCertificate.create(dir, "backend"),
            "2026-11-23T10:00",
            TwoRegions::seed,
            provider.web(port),
            port);
    chromium = HeadlessChromium.start();
  }

  @AfterEach
  void stop() {
    chromium.close();
    server.close();
    provider.close();
  }

  @Test
  void signsInThroughTheProvidersPageAndLandsOnTheDashboardWithTheMappedRole() {
    driver().get(server.url("/"));
    awaitUrl("/login");
    driver().findElement(By.cssSelector("a[href='/login/oidc']")).click();
    awaitUrl(provider.issuer().toString());
    driver().findElement(By.name("username")).sendKeys("fatima");
    driver()
        .findElement(By.name("claims"))
        .sendKeys(
            "{\"preferred_username\": \"fatima\", \"groups\": [\""
                + TestProvider.STAFF_GROUP
                + "\"]}");
    chromium.screenshot("oidc-provider-login");
    driver().findElement(By.cssSelector("input[type='submit']")).click();

    awaitUrl("/dashboard");
    assertThat(driver().findElement(By.cssSelector(".who")).getText()).contains("idp:fatima");
    assertThat(driver().findElements(By.id("account-link")))
        .as("the provider's own second factor applies, not Zuil's")
        .isEmpty();
    assertThat(driver().findElements(By.linkText("Catalogus")))
        .as("regional staff publish the catalogue")
        .hasSize(1);
    chromium.screenshot("oidc-dashboard");
  }

  private void awaitUrl(String part) {
    new WebDriverWait(driver(), Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains(part));
  }

  private WebDriver driver() {
    return chromium.driver();
  }
}
