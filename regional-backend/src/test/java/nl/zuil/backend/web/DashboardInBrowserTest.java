package nl.zuil.backend.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.testsupport.HeadlessChromium;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff pages in a real headless Chromium over HTTPS, on four months of demo data: what a
 * regional manager, a municipality and IT beheer each see and can do. Screenshots go to
 * target/screens/.
 */
class DashboardInBrowserTest {

  @TempDir static Path dir;
  private static StaffServer server;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            certificate,
            "2026-11-23T10:00",
            backend -> {
              TwoRegions.regions(backend);
              backend
                  .regions()
                  .saveLocation(TwoRegions.B, TwoRegions.ZWOLLE, "Bibliotheek Zwolle", "Zwolle");
              LocalDate today = LocalDate.of(2026, 11, 23);
              new DemoData(backend, 7).write(TwoRegions.A, 6, today.minusDays(119), today);
              new DemoData(backend, 8).write(TwoRegions.B, 1, today.minusDays(119), today);
              TwoRegions.accounts(backend);
            });
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    chromium.close();
    server.close();
  }

  @AfterEach
  void logOut() {
    driver().manage().deleteAllCookies();
    driver().manage().window().setSize(new Dimension(1366, 900));
  }

  private static WebDriver driver() {
    return chromium.driver();
  }

  private static void logIn(String user) {
    driver().get(server.url("/"));
    assertThat(driver().getCurrentUrl()).endsWith("/login");
    driver().findElement(By.name("username")).sendKeys(user);
    driver().findElement(By.name("password")).sendKeys(PASSWORD);
    driver().findElement(By.cssSelector("form.login button")).click();
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().endsWith("/login"));
  }

  /** Clicks start a navigation; this waits until it has arrived. */
  private static void awaitUrl(String part) {
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains(part));
  }

  /** Waits until every chart on the page has been drawn (or failed, which the test then sees). */
  private static void awaitCharts() {
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector("canvas[data-chart]")).stream()
                    .allMatch(c -> c.getAttribute("data-drawn") != null));
    assertThat(driver().findElements(By.cssSelector("canvas[data-chart]")))
        .allSatisfy(c -> assertThat(c.getAttribute("data-drawn")).isEqualTo("true"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> seriesNames(String chart) {
    return (List<String>)
        ((JavascriptExecutor) driver())
            .executeScript(
                "const c = Chart.getChart(document.querySelector('canvas[data-chart=\"' +"
                    + " arguments[0] + '\"]'));"
                    + " return c.data.datasets.map(d => d.label);",
                chart);
  }

  private static void fullPageScreenshot(String name) {
    long height =
        (Long)
            ((JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollHeight;");
    driver().manage().window().setSize(new Dimension(1366, (int) Math.min(height, 12_000)));
    chromium.screenshot(name);
    chromium.assertAccessible(name);
    driver().manage().window().setSize(new Dimension(1366, 900));
  }

  /** The text of every cell of the table under a chart, row by row. */
  private static List<List<String>> tableOf(String chart) {
    WebElement section = driver().findElement(By.id("chart-" + chart));
    ((JavascriptExecutor) driver())
        .executeScript(
            "arguments[0].querySelectorAll('details').forEach(d => d.open = true);", section);
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : section.findElements(By.cssSelector("table tr"))) {
      rows.add(
          row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList());
    }
    return rows;
  }

  private static Path awaitDownload(String prefix) {
    Path[] found = new Path[1];
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(
            d -> {
              try (Stream<Path> files = Files.list(chromium.downloads())) {
                found[0] =
                    files
                        .filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .findFirst()
                        .orElse(null);
                return found[0] != null;
              } catch (java.io.IOException e) {
                return false;
              }
            });
    return found[0];
  }

  @Test
  void regionalStaffLogInFilterSeeChartsAndDownloadTheTableBehindOne() throws Exception {
    driver().get(server.url("/"));
    chromium.screenshot("login");
    chromium.assertAccessible("login");
    logIn(TwoRegions.ANNA);

    assertThat(driver().getCurrentUrl()).endsWith("/dashboard");
    assertThat(driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Bezoeken aan de inlooppunten");
    awaitCharts();
    assertThat(seriesNames("visits")).hasSize(6).contains("Bibliotheek Hengelo");
    // The clock reads 23 November: the month is not over, and the page says so.
    assertThat(driver().findElement(By.cssSelector("p.lead")).getText())
        .endsWith("1 t/m 23 november 2026, loopt nog");
    assertThat(tableOf("comparison"))
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("Periode ervoor: 1 t/m 23 oktober 2026")
                    .contains("6 van 6"));
    // The village's zuil is mostly without a gids: its self-service visits show in the table.
    assertThat(tableOf("self_service"))
        .anyMatch(
            row ->
                row.get(0).equals("Dorpshuis Borne")
                    && row.stream().skip(1).anyMatch(cell -> cell.matches("\\d{2,}")));
    chromium.screenshot("dashboard");
    chromium.assertAccessible("dashboard");
    fullPageScreenshot("dashboard-full");

    // One small inlooppunt, one week: small counts everywhere.
    new Select(driver().findElement(By.id("period"))).selectByValue("week");
    WebElement date = driver().findElement(By.name("date"));
    ((JavascriptExecutor) driver()).executeScript("arguments[0].value = '2026-11-11';", date);
    driver().findElement(By.cssSelector("input[name=location][value=borne-dorpshuis]")).click();
    driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
    awaitUrl("period=week");

    assertThat(driver().getCurrentUrl())
        .contains("period=week")
        .contains("location=borne-dorpshuis");
    awaitCharts();
    assertThat(seriesNames("visits")).containsExactly("Dorpshuis Borne");
    List<List<String>> questions = tableOf("questions");
    assertThat(questions.stream().flatMap(List::stream)).contains("< 5");
    assertThat(questions.stream().flatMap(List::stream)).noneMatch(text -> text.matches("[1-4]"));
    fullPageScreenshot("dashboard-small-inlooppunt");

    driver()
        .findElement(By.cssSelector("#chart-questions .downloads a[href*='questions.csv']"))
        .click();
    Path csv = awaitDownload("zuil-questions-2026-11-09-2026-11-15");
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readString(csv, UTF_8).replace("\uFEFF", "").split("\r\n")) {
      rows.add(List.of(line.split(";", -1)));
    }
    // The download is the table on the page, caption aside, cell for cell.
    assertThat(rows).isEqualTo(questions.subList(0, questions.size()));
  }

  @Test
  void theMonthlyReportPrintsEveryTable() throws Exception {
    logIn(TwoRegions.ANNA);
    driver().get(server.url("/report?period=month&date=2026-10-01"));
    awaitCharts();

    assertThat(driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Maandrapport oktober 2026");
    // The dashboard's fifteen (the faces per question type and per outcome, 0309, corrected
    // outcomes per inlooppunt, 1004, contacts per channel, 0707, and questions per question type,
    // 1006, among them), and
    // arrivals at partners per partner and per question type and the referral slips issued
    // (decision 1054).
    assertThat(driver().findElements(By.cssSelector("section.chart table"))).hasSize(18);
    assertThat(driver().findElements(By.cssSelector(".report-head p.warning"))).isEmpty();
    fullPageScreenshot("report");
    byte[] pdf =
        Base64.getDecoder()
            .decode(
                ((org.openqa.selenium.PrintsPage) driver()).print(new PrintOptions()).getContent());
    Path file =
        Files.write(
            Files.createDirectories(Path.of("target", "screens")).resolve("report.pdf"), pdf);
    assertThat(new String(pdf, 0, 5, UTF_8)).isEqualTo("%PDF-");
    assertThat(Files.size(file)).isGreaterThan(20_000);
  }

  @Test
  void theReportOfAMonthThatIsNotOverSaysItsFiguresAreNotComplete() {
    logIn(TwoRegions.ANNA);
    driver().get(server.url("/report?period=month&date=2026-11-01"));
    awaitCharts();

    assertThat(driver().findElement(By.cssSelector(".report-head")).getText())
        .contains("1 t/m 23 november 2026, loopt nog")
        .contains("Deze maand loopt nog");
  }

  @Test
  void switchesToEnglishAndKeepsTheFilters() {
    logIn(TwoRegions.ANNA);
    driver().get(server.url("/dashboard?period=quarter&date=2026-10-01"));
    driver().findElement(By.cssSelector(".lang a[lang=en]")).click();
    awaitUrl("lang=en");

    assertThat(driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Visits to the walk-in points");
    assertThat(driver().getCurrentUrl()).contains("period=quarter");
    awaitCharts();
    assertThat(driver().findElement(By.id("title-questions")).getText())
        .isEqualTo("What visitors came for");
    chromium.screenshot("dashboard-en");
    chromium.assertAccessible("dashboard-en");
  }

  @Test
  void aMunicipalitySeesOnlyItsOwnInlooppunten() {
    logIn(TwoRegions.ERIK);
    awaitCharts();

    assertThat(seriesNames("visits"))
        .isNotEmpty()
        .allMatch(name -> name.contains("Enschede") || name.contains("Bothoven"));
    assertThat(driver().getPageSource()).doesNotContain("Hengelo").doesNotContain("Zwolle");
    chromium.screenshot("dashboard-municipality");
    chromium.assertAccessible("dashboard-municipality");

    driver().get(server.url("/dashboard?location=hengelo-bibliotheek"));
    assertThat(driver().findElement(By.cssSelector("p.warning")).getText())
        .startsWith("Niet gevonden");
  }

  @Test
  void itSeesKioskHealthAndMakesEnrolmentCodesButNoStatistics() {
    logIn(TwoRegions.IVO);

    assertThat(driver().getCurrentUrl()).endsWith("/fleet");
    assertThat(driver().findElement(By.id("fleet-summary")).getText()).contains("1 stil");
    WebElement fullDisk =
        driver()
            .findElement(
                By.xpath("//tr[.//span[contains(@class,'bad')][starts-with(.,'Schijf vol')]]"));
    assertThat(fullDisk.getAttribute("class")).isEqualTo("attention");
    assertThat(fullDisk.getText())
        .contains("Schijf vol: 5 bezoeken wachten om bewaard te worden")
        .contains("Schijf bijna vol: 1 MB vrij");
    assertThat(driver().findElement(By.tagName("table")).getText()).contains("11,2 GB vrij");
    assertThat(driver().findElements(By.cssSelector("header nav a")))
        .extracting(WebElement::getText)
        .containsExactly("Kiosks", "Kiosk inschrijven", "Logboek");
    chromium.screenshot("fleet");
    chromium.assertAccessible("fleet");

    driver().findElement(By.linkText("Kiosk inschrijven")).click();
    awaitUrl("/enrolment");
    new Select(driver().findElement(By.name("location")))
        .selectByVisibleText("Bibliotheek Hengelo (Hengelo)");
    WebElement kiosk = driver().findElement(By.name("kiosk"));
    kiosk.clear();
    kiosk.sendKeys("zuil-2");
    driver().findElement(By.cssSelector("form.enrol button")).click();
    new WebDriverWait(driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("enrolment-code")).isEmpty());
    assertThat(driver().findElement(By.id("enrolment-code")).getText())
        .matches("([2-9A-Z]{4}-){4}[2-9A-Z]{4}");
    chromium.screenshot("enrolment");
    chromium.assertAccessible("enrolment");

    driver().get(server.url("/dashboard"));
    assertThat(driver().findElement(By.cssSelector("p.warning")).getText())
        .isEqualTo("Uw account heeft hier geen toegang toe.");
  }
}
