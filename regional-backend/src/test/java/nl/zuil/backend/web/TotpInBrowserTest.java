package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.signin.SignInSettings;
import nl.zuil.backend.signin.totp.SecretSeal;
import nl.zuil.testsupport.HeadlessChromium;
import nl.zuil.testsupport.TestCertificate;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a region that requires two-step sign-in, a member of staff in a real headless Chromium sets up
 * TOTP right after the password (QR code, first code, recovery codes shown once), then signs in
 * with password + code, is refused a wrong code, and uses a recovery code once. The codes are
 * computed here from the key the page shows, with the same library, at the server's fixed clock.
 */
class TotpInBrowserTest {

  @TempDir Path dir;
  private StaffServer server;
  private HeadlessChromium chromium;

  @BeforeEach
  void start() throws Exception {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    Path key = Files.writeString(dir.resolve("totp.key"), TestKeys.TOTP_KEY);
    WebSettings web =
        new WebSettings(
            5,
            WebSettings.DEFAULT_SILENT_AFTER,
            WebSettings.DEFAULT_SESSION_IDLE,
            true,
            List.of(),
            new SignInSettings(Optional.empty(), Optional.of(SecretSeal.fromFile(key)), true));
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE, dir, certificate, "2026-11-23T10:00", TwoRegions::seed, web);
    chromium = HeadlessChromium.start();
  }

  @AfterEach
  void stop() {
    chromium.close();
    server.close();
  }

  @Test
  void setsUpTotpAtFirstSignInThenNeedsACodeAndTakesEachRecoveryCodeOnce() throws Exception {
    password(TwoRegions.ANNA);
    awaitUrl("/account/totp");
    assertThat(text("main")).contains("Uw regio vraagt voor elk account inloggen in twee stappen");
    assertThat(annasAudit()).as("no login before the second step").isEmpty();
    driver().get(server.url("/dashboard"));
    awaitUrl("/login");

    password(TwoRegions.ANNA);
    awaitUrl("/account/totp");
    sendAndAwaitTheAnswer(By.id("totp-begin"));
    String secret = text("totp-secret");
    WebElement qr = driver().findElement(By.cssSelector("main img"));
    assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
    chromium.screenshot("totp-setup");

    enter("123456".equals(code(secret)) ? "654321" : "123456");
    assertThat(text("main")).contains("Die code klopt niet");
    assertThat(driver().findElement(By.id("totp-secret")).getText()).isEqualTo(secret);

    enter(code(secret));
    List<String> recovery =
        driver().findElements(By.cssSelector("#recovery-codes code")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(recovery)
        .hasSize(10)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("\\w{5}-\\w{5}"));
    chromium.screenshot("totp-recovery-codes");
    driver().findElement(By.id("totp-continue")).click();
    awaitUrl("/dashboard");
    assertThat(annasAudit()).containsExactly("login");
    logOut();

    server.clock().advance(Duration.ofSeconds(30));
    password(TwoRegions.ANNA);
    awaitUrl("/login/totp");
    enter("000000".equals(code(secret)) ? "111111" : "000000");
    assertThat(text("main")).contains("Die code klopt niet");
    assertThat(annasAudit()).startsWith("login-failed", "logout", "login");
    enter(code(secret));
    awaitUrl("/dashboard");
    assertThat(annasAudit()).startsWith("login", "login-failed");
    logOut();

    password(TwoRegions.ANNA);
    awaitUrl("/login/totp");
    enter(code(secret));
    assertThat(text("main")).as("a code works once").contains("Die code klopt niet");
    enter(recovery.get(0).toUpperCase(java.util.Locale.ROOT));
    awaitUrl("/dashboard");
    driver().findElement(By.id("account-link")).click();
    awaitUrl("/account/totp");
    assertThat(text("totp-status")).contains("staat aan").contains("nog 9 ongebruikte");
    logOut();

    password(TwoRegions.ANNA);
    awaitUrl("/login/totp");
    enter(recovery.get(0));
    assertThat(text("main")).contains("Die code klopt niet");
    assertThat(driver().getCurrentUrl()).endsWith("/login/totp");
  }

  /** Anna's entries in the audit log, newest first. */
  private List<String> annasAudit() {
    return server.backend().audit().recent(TwoRegions.A).stream()
        .filter(e -> e.username().equals(TwoRegions.ANNA))
        .map(e -> e.action().code())
        .toList();
  }

  private String code(String base32) throws Exception {
    TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    return totp.generateOneTimePasswordString(
        new SecretKeySpec(Base32.decode(pad(base32)), totp.getAlgorithm()),
        server.clock().instant());
  }

  private static String pad(String base32) {
    return base32 + "=".repeat((8 - base32.length() % 8) % 8);
  }

  private void password(String user) {
    driver().get(server.url("/login"));
    driver().findElement(By.name("username")).sendKeys(user);
    driver().findElement(By.name("password")).sendKeys(TwoRegions.PASSWORD);
    driver().findElement(By.cssSelector("form.login button")).click();
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().endsWith("/login"));
  }

  /** Types a code and sends it; waits until the answer has replaced the page. */
  private void enter(String code) {
    WebElement field = driver().findElement(By.id("totp-code"));
    field.clear();
    field.sendKeys(code);
    sendAndAwaitTheAnswer(By.cssSelector("form.login button"));
  }

  /** Presses a form's button and waits until the answer has replaced the page. */
  private void sendAndAwaitTheAnswer(By button) {
    ((JavascriptExecutor) driver()).executeScript("document.body.dataset.old = 'yes';");
    driver().findElement(button).click();
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript("return document.body.dataset.old === undefined;")
                    .equals(Boolean.TRUE));
  }

  private void logOut() {
    driver().findElement(By.cssSelector("form[action='/logout'] button")).click();
    awaitUrl("/login");
  }

  private void awaitUrl(String part) {
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains(part));
  }

  private String text(String id) {
    return id.equals("main")
        ? driver().findElement(By.tagName("main")).getText()
        : driver().findElement(By.id(id)).getText();
  }

  private WebDriver driver() {
    return chromium.driver();
  }
}
