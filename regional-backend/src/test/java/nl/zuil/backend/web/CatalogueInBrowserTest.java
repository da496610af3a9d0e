package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.testsupport.HeadlessChromium;
import nl.zuil.testsupport.Sox;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A regional manager uploads a catalogue in a real headless Chromium over HTTPS: a bad file is
 * refused with its field named, the problem in the page's language, and kiosks keep their version;
 * a mistaken one is reviewed and discarded, and kiosks never see it; a good one is reviewed and
 * published, and kiosks are served it. Screenshots go to target/screens/.
 */
class CatalogueInBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private StaffServer server;
  private TestCertificate certificate;
  private HeadlessChromium chromium;
  private String kiosk;

  @BeforeEach
  void start() {
    certificate = TestCertificate.create(dir, "backend");
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            certificate,
            "2026-11-23T10:00",
            backend -> {
              TwoRegions.seed(backend);
              TwoRegions.store(
                  backend,
                  TwoRegions.A,
                  TwoRegions.ENSCHEDE_NOORD,
                  "zuil-1",
                  TwoRegions.bucket(
                      "2026-11-04",
                      10,
                      "money_debt",
                      "benefit",
                      "referred",
                      "municipality_debt_help",
                      25,
                      10,
                      1));
            });
    String code =
        server
            .backend()
            .enrolment()
            .createCode(TwoRegions.A, TwoRegions.HENGELO, "zuil-1", Duration.ofHours(1))
            .code();
    kiosk = server.backend().enrolment().enrol(code).orElseThrow().credential();
    chromium = HeadlessChromium.start();
  }

  @AfterEach
  void stop() {
    chromium.close();
    server.close();
  }

  @Test
  void aBadFileIsRefusedAMistakenOneDiscardedAndAGoodOnePublishedAndServedToKiosks()
      throws Exception {
    Path bad = Files.writeString(dir.resolve("catalogus-fout.json"), badCatalogue());
    Path mistaken =
        Files.writeString(
            dir.resolve("catalogus-vergissing.json"),
            Catalogues.defaultJson().replace("\"Vakbond\"", "\"Vakbonden\""));
    Path good = Files.writeString(dir.resolve("catalogus-v2.json"), Catalogues.secondVersion());
    logIn(TwoRegions.ANNA);

    driver().findElement(By.linkText("Catalogus")).click();
    awaitUrl("/catalogue");
    assertThat(text("published-version")).contains("versie 1");

    upload(bad);
    assertThat(text("upload-problems"))
        .contains("catalogus-fout.json")
        .contains("questionTypes[0].labels (regel 20) Het Nederlandse label (nl) ontbreekt.")
        .contains("Er is niets veranderd")
        .doesNotContain("Dutch label");
    screenshot("catalogue-refused");
    assertThat(servedVersion()).isEqualTo(1);

    switchTo("en");
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Region catalogue");
    upload(bad);
    assertThat(text("upload-problems"))
        .contains("questionTypes[0].labels (line 20) Dutch label (nl) missing")
        .contains("Nothing changed")
        .doesNotContain("ontbreekt");
    screenshot("catalogue-refused-en");
    switchTo("nl");

    upload(mistaken);
    awaitUrl("#review");
    assertThat(text("review")).contains("Nog te controleren: versie 2");
    driver().findElement(By.id("discard")).click();
    awaitUrl("discarded=2");
    assertThat(driver().findElement(By.cssSelector("p.done")).getText())
        .contains("Het concept van versie 2 is weggegooid");
    assertThat(driver().findElements(By.id("review"))).isEmpty();
    assertThat(text("published-version")).contains("versie 1");
    screenshot("catalogue-discarded");
    assertThat(servedVersion()).isEqualTo(1);
    assertThat(device().getAsDevice("/api/v1/catalogue", kiosk).text()).doesNotContain("Vakbonden");

    upload(good);
    awaitUrl("#review");
    assertThat(text("review")).contains("Nog te controleren: versie 2");
    assertThat(text("upload-hint")).contains("vervangt versie 2");
    assertThat(text("diff")).contains("money_debt").contains("library").contains("Bibliotheek");
    assertThat(text("retired")).contains("money_debt").contains("25 bezoeken");
    screenshot("catalogue-review");
    assertThat(servedVersion()).isEqualTo(1);

    driver().findElement(By.id("publish")).click();
    awaitUrl("published=2");
    assertThat(driver().findElement(By.cssSelector("p.done")).getText())
        .contains("Versie 2 is gepubliceerd");
    assertThat(text("published-version")).contains("versie 2");
    screenshot("catalogue-published");

    JsonNode served = JSON.readTree(device().getAsDevice("/api/v1/catalogue", kiosk).text());
    assertThat(served.get("version").asInt()).isEqualTo(2);
    assertThat(served.get("catalogue").toString())
        .contains("Vakbond (FNV, CNV)")
        .doesNotContain("money_debt");
  }

  @Test
  void anArabicTextChangedInTheBrowserIsPublishedAndServedToKiosks() throws Exception {
    logIn(TwoRegions.ANNA);
    driver().findElement(By.linkText("Catalogus")).click();
    awaitUrl("/catalogue");
    driver().findElement(By.id("edit-texts")).click();
    awaitUrl("/catalogue/texts");
    new Select(driver().findElement(By.id("language"))).selectByValue("ar");
    driver().findElement(By.cssSelector("form.filters button")).click();
    awaitUrl("language=ar");
    WebElement welcome =
        driver().findElement(By.cssSelector("tr[data-field=\"texts.welcome.title\"] textarea"));
    assertThat(welcome.getAttribute("dir")).isEqualTo("rtl");
    assertThat(welcome.getAttribute("value")).isEqualTo("مرحبًا بكم في مركز العمل");
    screenshot("catalogue-texts-ar");

    welcome.clear();
    welcome.sendKeys("أهلاً بكم في مركز العمل");
    driver().findElement(By.id("save-texts")).click();
    awaitUrl("#review");
    assertThat(text("changed-texts")).contains("1");
    driver().findElement(By.id("publish")).click();
    awaitUrl("published=2");

    JsonNode served = JSON.readTree(device().getAsDevice("/api/v1/catalogue", kiosk).text());
    assertThat(served.get("version").asInt()).isEqualTo(2);
    assertThat(served.at("/catalogue/texts/welcome.title/ar").asText())
        .isEqualTo("أهلاً بكم في مركز العمل");

    driver().findElement(By.id("a11y-link")).click();
    awaitUrl("/toegankelijkheid");
    screenshot("accessibility-statement");
  }

  @Test
  void aRecordingIsUploadedWithItsClipAndASilentClipIsRefused() throws Exception {
    byte[] silent = Files.readAllBytes(Sox.tone(dir.resolve("stil.wav"), 2, 0, 22050));
    Path spoken = Sox.tone(dir.resolve("welkom.wav"), 2, 0.3, 22050);
    byte[] clip = Files.readAllBytes(spoken);
    String sha = Clips.sha256(clip);
    Path withSilent =
        Files.writeString(dir.resolve("catalogus-stil.json"), withRecording(Clips.sha256(silent)));
    Path withSpoken = Files.writeString(dir.resolve("catalogus-opname.json"), withRecording(sha));
    logIn(TwoRegions.ANNA);
    driver().findElement(By.linkText("Catalogus")).click();
    awaitUrl("/catalogue");

    driver().findElement(By.id("clip-files")).sendKeys(dir.resolve("stil.wav").toString());
    upload(withSilent);
    assertThat(text("upload-problems"))
        .contains("recordings.welcome.title.nl De opname is stil")
        .contains("Er is niets veranderd");
    screenshot("catalogue-clip-refused");
    assertThat(device().getAsDevice(RegionApi.catalogueClip(Clips.sha256(silent)), kiosk).status())
        .isEqualTo(404);

    driver().findElement(By.id("clip-files")).sendKeys(spoken.toString());
    upload(withSpoken);
    awaitUrl("#review");
    driver().findElement(By.id("publish")).click();
    awaitUrl("published=2");

    JsonNode served =
        JSON.readTree(device().getAsDevice(RegionApi.catalogueFor(KioskCopy.FORMAT), kiosk).text());
    assertThat(served.at("/catalogue/recordings/welcome.title/nl").asText()).isEqualTo(sha);
    StaffClient.Answer fetched = device().getAsDevice(RegionApi.catalogueClip(sha), kiosk);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.response().body()).isEqualTo(clip);
    // The previous release's agent names no kiosk format, or 2: it gets no recordings.
    assertThat(device().getAsDevice("/api/v1/catalogue", kiosk).text()).doesNotContain(sha);
    assertThat(device().getAsDevice(RegionApi.catalogueFor(2), kiosk).text())
        .doesNotContain("recordings");
  }

  /** The example catalogue with a Dutch recording of the welcome title. */
  private static String withRecording(String sha) {
    return CatalogueLoader.toJson(
        CatalogueLoader.loadDefault().withRecordings(Map.of("welcome.title", Map.of("nl", sha))));
  }

  /** The example catalogue without the Dutch label of its first question type. */
  private static String badCatalogue() {
    String json = Catalogues.defaultJson();
    String broken = json.replace("\"labels\": { \"nl\": \"Werk zoeken\", ", "\"labels\": { ");
    assertThat(broken).isNotEqualTo(json);
    return broken;
  }

  private WebDriver driver() {
    return chromium.driver();
  }

  private StaffClient device() {
    return new StaffClient(server, certificate);
  }

  private int servedVersion() throws Exception {
    StaffClient.Answer answer = device().getAsDevice("/api/v1/catalogue", kiosk);
    assertThat(answer.status()).isEqualTo(200);
    return JSON.readTree(answer.text()).get("version").asInt();
  }

  private void logIn(String user) {
    driver().get(server.url("/"));
    driver().findElement(By.name("username")).sendKeys(user);
    driver().findElement(By.name("password")).sendKeys(TwoRegions.PASSWORD);
    driver().findElement(By.cssSelector("form.login button")).click();
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().endsWith("/login"));
  }

  /** Chooses the file and sends the form; waits until the answer has replaced the page. */
  private void upload(Path file) {
    driver().findElement(By.id("catalogue-file")).sendKeys(file.toString());
    ((JavascriptExecutor) driver()).executeScript("document.body.dataset.old = 'yes';");
    driver().findElement(By.id("upload")).click();
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(
            d ->
                !"yes"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript("return document.body.dataset.old;")));
  }

  /** Follows the page's language switch, from whatever page the browser is on. */
  private void switchTo(String language) {
    driver().findElement(By.cssSelector(".lang a[lang=\"" + language + "\"]")).click();
    awaitUrl("/catalogue?lang=" + language);
  }

  private void awaitUrl(String part) {
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains(part));
  }

  private String text(String id) {
    return driver().findElement(By.id(id)).getText();
  }

  /** The whole page, however long. */
  private void screenshot(String name) {
    long height =
        (Long)
            ((JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollHeight;");
    driver().manage().window().setSize(new Dimension(1366, (int) Math.min(height, 6_000)));
    ((JavascriptExecutor) driver()).executeScript("window.scrollTo(0, 0);");
    chromium.screenshot(name);
    chromium.assertAccessible(name);
    driver().manage().window().setSize(new Dimension(1366, 900));
  }
}
