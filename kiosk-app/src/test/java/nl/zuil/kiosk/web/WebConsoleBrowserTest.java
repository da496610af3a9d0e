package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.testing.WebConsoleFixture;
import nl.zuil.kiosk.ticket.TicketLinks;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;
import nl.zuil.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in Debian's Chromium, as a gids on a locked-down laptop uses it: log in, see the
 * ticket a visitor just took at the kiosk, call it, record a referral; and what goes wrong: wrong
 * PINs, a forged request, two gidsen racing for one ticket, a session that ran out. Two browsers
 * for the whole class: one gids, and a colleague (or the waiting-room display).
 */
class WebConsoleBrowserTest {

  @TempDir static Path keys;
  static ConsoleCertificate certificate;
  static HeadlessChromium gids;
  static HeadlessChromium colleague;

  @TempDir Path dir;
  WebConsoleFixture web;

  @BeforeAll
  static void browsers() throws Exception {
    certificate = WebConsoleFixture.certificate(keys);
    gids = HeadlessChromium.start();
    colleague = HeadlessChromium.start();
  }

  @AfterAll
  static void closeBrowsers() {
    gids.close();
    colleague.close();
  }

  @BeforeEach
  void start() throws Exception {
    web = WebConsoleFixture.start(dir, certificate);
    // Cookies belong to 127.0.0.1 whatever the port: forget the previous test's kiosk.
    for (HeadlessChromium browser : List.of(gids, colleague)) {
      browser.driver().get(web.base + "/display");
      browser.driver().manage().deleteAllCookies();
    }
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private static WebDriverWait waitIn(HeadlessChromium browser) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
  }

  private static WebElement shown(HeadlessChromium browser, String id) {
    return waitIn(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private static void waitForText(HeadlessChromium browser, String id, String text) {
    waitIn(browser).until(ExpectedConditions.textToBe(By.id(id), text));
  }

  private void typePin(HeadlessChromium browser, String pin, String desk) {
    WebDriver driver = browser.driver();
    driver.get(web.base + "/login");
    shown(browser, "desk-" + desk).click();
    shown(browser, "pin").sendKeys(pin);
    JavascriptExecutor page = (JavascriptExecutor) driver;
    page.executeScript("window.zuilAnswerPending = true;");
    driver.findElement(By.id("login")).click();
    // The answer is a new page: reading the old one's message while it unloads is a race. A
    // mark on the old window tells them apart; Chromium reports a detached element as an
    // inspector error rather than as stale, so stalenessOf cannot be relied on.
    waitIn(browser)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    page.executeScript(
                        "return window.zuilAnswerPending === undefined"
                            + " && document.readyState === 'complete';")));
  }

  private void typePin(HeadlessChromium browser, String pin) {
    typePin(browser, pin, "balie-1");
  }

  private void logIn(HeadlessChromium browser, String desk) {
    typePin(browser, TestConfigs.GIDS_PIN, desk);
    shown(browser, "call-next");
  }

  private void logIn(HeadlessChromium browser) {
    logIn(browser, "balie-1");
  }

  @Test
  void aGidsLogsInSeesTheKioskTicketCallsItAndRecordsAReferral() {
    web.kiosk.clock.set("2026-11-22T16:40");
    web.visitorTakes("learning", null);
    web.kiosk.clock.set("2026-11-23T09:10");
    web.visitorTakes("money_debt", "benefit");
    web.kiosk.clock.set("2026-11-23T09:30");

    gids.driver().get(web.base + "/");
    assertThat(gids.driver().getCurrentUrl()).endsWith("/login");
    shown(gids, "desk-balie-1").click();
    shown(gids, "pin").sendKeys("24");
    gids.screenshot("web-console-login");
    gids.assertAccessible("web-console-login");
    logIn(gids);
    // A visitor taps a ticket at the kiosk while the console is open: it appears by itself.
    Ticket ticket = web.visitorTakes("find_work", "no_work_no_benefit");
    WebElement row = shown(gids, "waiting-" + ticket.reference());

    assertThat(row.getText())
        .contains("W-002", "Werk zoeken", "Geen werk en geen uitkering", "net binnen");
    assertThat(gids.driver().findElement(By.id("waiting")).getText())
        .as("yesterday's ticket on top, with its date")
        .startsWith("L-001");
    assertThat(shown(gids, "earlier-hint").getText()).contains("Weggegaan zonder hulp");
    assertThat(gids.driver().findElement(By.id("counts")).getText())
        .isEqualTo("Vandaag: 2 bezoekers · 3 wachtend · 0 opgeroepen · 0 afgerond");
    assertThat(gids.driver().findElement(By.id("printer")).getText()).isEqualTo("Printer: klaar");
    gids.screenshot("web-console-waiting");
    gids.assertAccessible("web-console-waiting");

    row.click();
    waitForText(gids, "message", "W-002 is opgeroepen naar Balie 1.");
    assertThat(shown(gids, "current-number").getText()).isEqualTo("W-002");
    assertThat(web.stored(ticket).state()).isEqualTo(TicketState.CALLED);
    assertThat(web.stored(ticket).deskCode()).isEqualTo("balie-1");
    gids.screenshot("web-console-called");
    gids.assertAccessible("web-console-called");

    gids.driver().findElement(By.id("outcome-referred")).click();
    assertThat(shown(gids, "partner-question").getText())
        .isEqualTo("Doorverwezen (warme overdracht): Naar welke partner?");
    assertThat(gids.driver().findElement(By.id("partners")).getText())
        .as("the sociale kaart: partners for work and no benefit first, with their route")
        .startsWith("UWV\nBel 088 000 20 01 · open tot 17:00\nGemeente: Werk en Inkomen");
    gids.screenshot("web-console-partner");
    gids.assertAccessible("web-console-partner");
    gids.driver().findElement(By.id("partner-uwv")).click();

    waitForText(gids, "message", "W-002 is afgerond: Doorverwezen (warme overdracht) – UWV.");
    assertThat(web.stored(ticket).outcomeCode()).isEqualTo("referred");
    assertThat(web.stored(ticket).partnerCode()).isEqualTo("uwv");
    assertThat(shown(gids, "current-none").isDisplayed()).isTrue();
    shown(gids, "confirm-" + ticket.reference());
    gids.screenshot("web-console-finished");
    gids.assertAccessible("web-console-finished");

    gids.driver().findElement(By.id("confirm-" + ticket.reference())).click();
    waitForText(gids, "message", "De doorverwijzing van W-002 is gelukt.");
    assertThat(web.stored(ticket).referralConfirmed()).isTrue();
  }

  @Test
  void aMisTappedLeftIsConfirmedFirstAndCanBeCorrectedTheSameDay() {
    Ticket ticket = web.visitorTakes("find_work", null);
    logIn(gids);
    shown(gids, "call-next").click();
    waitForText(gids, "current-number", "W-001");

    gids.driver().findElement(By.id("outcome-left")).click();
    assertThat(shown(gids, "confirm-question").getText())
        .isEqualTo(
            "W-001: Weggegaan zonder hulp? Kies dit alleen als de bezoeker echt is weggegaan"
                + " zonder hulp.");
    assertThat(web.stored(ticket).state()).isEqualTo(TicketState.CALLED);
    gids.assertAccessible("web-console-confirm-left");
    gids.driver().findElement(By.id("confirm-yes")).click();
    waitForText(gids, "message", "W-001 is afgerond: Weggegaan zonder hulp.");

    shown(gids, "correct-" + ticket.reference()).click();
    waitForText(
        gids, "outcome-question", "W-001 staat op: Weggegaan zonder hulp. Wat is er echt gebeurd?");
    assertThat(gids.driver().findElement(By.id("undo")).isDisplayed()).isFalse();
    gids.screenshot("web-console-correct");
    gids.assertAccessible("web-console-correct");
    gids.driver().findElement(By.id("outcome-answered")).click();

    waitForText(gids, "message", "W-001 is gewijzigd: Vraag beantwoord.");
    assertThat(web.stored(ticket).outcomeCode()).isEqualTo("answered");
    assertThat(shown(gids, "current-none").isDisplayed()).isTrue();
  }

  @Test
  void aVisitorWithWorkAndDebtQuestionsIsOneVisitWithTwoQuestions() {
    Ticket ticket = web.visitorTakes("find_work", "benefit");
    logIn(gids);
    shown(gids, "waiting-" + ticket.reference()).click();
    waitForText(gids, "message", "W-001 is opgeroepen naar Balie 1.");
    gids.driver().findElement(By.id("outcome-answered")).click();
    waitForText(gids, "message", "W-001 is afgerond: Vraag beantwoord.");

    shown(gids, "another-question").click();
    assertThat(shown(gids, "another-which").getText())
        .isEqualTo("Waar gaat de volgende vraag van W-001 over?");
    gids.screenshot("web-console-another-question");
    gids.assertAccessible("web-console-another-question");
    shown(gids, "another-q-money_debt").click();
    shown(gids, "another-outcome-referred").click();
    shown(gids, "another-partner-municipality_debt_help").click();

    waitForText(gids, "message", "W-001: vraag 2 is vastgelegd. Het blijft één bezoek.");
    assertThat(web.kiosk.ledger.desk().questionsOf(ticket.reference())).isEqualTo(2);
    web.kiosk.ledger.aggregator().refresh();
    var buckets = web.kiosk.ledger.buckets().between(ticket.serviceDate(), ticket.serviceDate());
    assertThat(buckets.stream().mapToInt(b -> b.visits()).sum()).isEqualTo(1);
    assertThat(buckets.stream().mapToInt(b -> b.questions()).sum()).isEqualTo(2);
    assertThat(buckets)
        .filteredOn(b -> b.questions() > b.visits())
        .singleElement()
        .satisfies(
            debt -> {
              assertThat(debt.key().questionCode()).isEqualTo("money_debt");
              assertThat(debt.key().situationCode()).as("the visitor's own").isEqualTo("benefit");
              assertThat(debt.key().partnerCode()).isEqualTo("municipality_debt_help");
            });
  }

  @Test
  void aVisitHandedOnKeepsItsPlaceAndAColleagueRecordsItsNextQuestion() {
    Ticket ticket = web.visitorTakes("find_work", null);
    Ticket later = web.visitorTakes("learning", null);
    logIn(gids, "balie-1");
    logIn(colleague, "balie-2");
    shown(gids, "waiting-" + ticket.reference()).click();
    waitForText(gids, "message", "W-001 is opgeroepen naar Balie 1.");
    gids.driver().findElement(By.id("outcome-answered")).click();
    waitForText(gids, "message", "W-001 is afgerond: Vraag beantwoord.");

    assertThat(shown(gids, "hand-on").getText()).isEqualTo("Doorgeven · W-001");
    gids.driver().findElement(By.id("hand-on")).click();
    waitForText(
        gids,
        "message",
        "W-001 is doorgegeven en houdt zijn plek in de rij."
            + " Wie W-001 oproept, legt de volgende vraag vast.");
    waitIn(colleague)
        .until(
            d ->
                d.findElement(By.id("waiting-" + ticket.reference()))
                    .getText()
                    .contains("doorgegeven door Balie 1"));
    assertThat(
            colleague.driver().findElements(By.cssSelector("#waiting [id^='waiting-']")).stream()
                .map(row -> row.getAttribute("id"))
                .toList())
        .as("its original place, ahead of the visitor who came later")
        .containsExactly("waiting-" + ticket.reference(), "waiting-" + later.reference());
    colleague.screenshot("web-console-handed-on");
    colleague.assertAccessible("web-console-handed-on");

    shown(colleague, "call-next").click();
    waitForText(colleague, "message", "W-001 is opgeroepen naar Balie 2.");
    assertThat(shown(colleague, "another-which").getText())
        .isEqualTo("Waar gaat de volgende vraag van W-001 over?");
    shown(colleague, "another-q-money_debt").click();
    shown(colleague, "another-outcome-answered").click();

    waitForText(colleague, "message", "W-001: vraag 2 is vastgelegd. Het blijft één bezoek.");
    assertThat(web.stored(ticket).outcomeCode()).as("its first outcome").isEqualTo("answered");
    web.kiosk.ledger.aggregator().refresh();
    var buckets = web.kiosk.ledger.buckets().between(ticket.serviceDate(), ticket.serviceDate());
    assertThat(buckets.stream().mapToInt(b -> b.visits()).sum())
        .as("two visitors, the one handed on counted once")
        .isEqualTo(2);
    assertThat(buckets.stream().mapToInt(b -> b.questions()).sum()).isEqualTo(3);
    assertThat(web.kiosk.ledger.desk().waiting())
        .extracting(Ticket::reference)
        .containsExactly(later.reference());
  }

  @Test
  void aGidsRecordsAPhoneCallInThreeTapsAndItCountsAsAContactNotAVisit() {
    logIn(gids);
    shown(gids, "contact-open").click();
    gids.screenshot("web-console-contact");
    gids.assertAccessible("web-console-contact");

    shown(gids, "contact-channel-phone").click();
    shown(gids, "contact-question-money_debt").click();
    shown(gids, "contact-outcome-answered").click();

    waitForText(
        gids,
        "message",
        "Vastgelegd: Telefoon, Vraag beantwoord. Telt als contact, niet als bezoek.");
    assertThat(shown(gids, "contact-open").isDisplayed()).isTrue();
    LocalDate today = LocalDate.now(web.kiosk.clock);
    assertThat(web.kiosk.ledger.buckets().between(today, today))
        .singleElement()
        .satisfies(
            bucket -> {
              assertThat(bucket.key().channelCode()).isEqualTo("phone");
              assertThat(bucket.key().questionCode()).isEqualTo("money_debt");
              assertThat(bucket.visits()).as("contacts").isEqualTo(1);
            });
    assertThat(web.kiosk.ledger.desk().waiting()).isEmpty();
    assertThat(gids.driver().findElement(By.id("counts")).getText())
        .as("the phone call is no visitor")
        .startsWith("Vandaag: 0 bezoekers");
  }

  @Test
  void aGroupSessionOfAHundredIsRefusedAndRecordsNothing() {
    logIn(gids);
    shown(gids, "contact-open").click();
    shown(gids, "contact-channel-group").click();
    shown(gids, "contact-people").sendKeys("100");
    shown(gids, "contact-question-find_work").click();
    shown(gids, "contact-outcome-answered").click();

    waitForText(
        gids,
        "message",
        "Een groepsbijeenkomst heeft 2 tot 99 deelnemers. Er is niets vastgelegd.");
    LocalDate today = LocalDate.now(web.kiosk.clock);
    assertThat(web.kiosk.ledger.buckets().between(today, today)).isEmpty();
  }

  @Test
  void aGidsWhoLeavesEarlySaysSoAndVisitorsGetTheNextStep() {
    logIn(gids);
    waitForText(gids, "presence", "Er is een gids volgens het rooster, tot 12:30.");

    shown(gids, "presence-absent").click();

    waitForText(
        gids,
        "message",
        "Vastgelegd: er is vandaag geen gids meer. Bezoekers krijgen de volgende stap.");
    waitForText(
        gids,
        "presence",
        "Geen gids meer vandaag: ingesteld om 09:30. Bezoekers krijgen de volgende stap in plaats"
            + " van een nummer.");
    assertThat(web.kiosk.ledger.presence().today()).isPresent();
    assertThat(web.kiosk.presence.queueOpen()).isFalse();
  }

  @Test
  void aScannerTypingTheQrLinkAndEnterCallsThatTicket() {
    web.visitorTakes("find_work", null);
    Ticket scanned = web.visitorTakes("find_work", null);
    logIn(gids);
    String link =
        TicketLinks.link(
            KioskFixture.CATALOGUE.questionType("find_work").orElseThrow(),
            scanned.languageCode(),
            scanned.reference());

    // The number field has the focus when the page opens; the scanner types into it.
    gids.driver().switchTo().activeElement().sendKeys(link + Keys.ENTER);

    waitForText(gids, "current-number", "W-002");
    assertThat(gids.driver().findElement(By.id("number")).getAttribute("value")).isEmpty();
    assertThat(web.stored(scanned).state()).isEqualTo(TicketState.CALLED);
  }

  @Test
  void fiveWrongPinsMakeTheBrowsersAddressWait() {
    for (int i = 0; i < 4; i++) {
      typePin(gids, "9999");
      assertThat(shown(gids, "login-message").getText())
          .isEqualTo("De pincode is niet geaccepteerd. Probeer het opnieuw.");
    }
    typePin(gids, "9999");
    assertThat(shown(gids, "login-message").getText())
        .isEqualTo("De pincode is niet geaccepteerd. Probeer het over 60 seconden opnieuw.");
    gids.screenshot("web-console-login-locked");
    gids.assertAccessible("web-console-login-locked");

    typePin(gids, TestConfigs.GIDS_PIN);

    assertThat(shown(gids, "login-message").getText())
        .isEqualTo("De pincode is niet geaccepteerd. Probeer het over 60 seconden opnieuw.");
    assertThat(gids.driver().getCurrentUrl()).endsWith("/login");
  }

  @Test
  void aForgedRequestIsRefusedAndChangesNothing() throws Exception {
    web.visitorTakes("find_work", null);
    logIn(gids);
    List<Ticket> before = web.ledgerState();

    // Script in the console's own page with a wrong token, as an injected script would try.
    @SuppressWarnings("unchecked")
    Map<String, Object> sameOrigin =
        (Map<String, Object>)
            ((JavascriptExecutor) gids.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch('/console/api/call-next', {method: 'POST', headers: {"
                        + " 'Content-Type': 'application/json', 'X-CSRF-Token': 'forged',"
                        + " 'X-Action-Id': '0123456789abcdef0123456789abcdef'}, body: '{}'})"
                        + ".then(r => r.json().then(b => done({status: r.status, body: b})));");

    // Another site the gids visits, whose page posts to the console in the background.
    HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String target = web.base + "/console/api/call-next";
    evil.createContext(
        "/",
        exchange -> {
          byte[] page =
              ("<html><body><form id=f method=post action='"
                      + target
                      + "'><input name=x value=1></form>"
                      + "<script>document.getElementById('f').submit()</script></body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    evil.start();
    try {
      gids.driver().get("http://localhost:" + evil.getAddress().getPort() + "/");
      waitIn(gids).until(d -> d.getCurrentUrl().startsWith(web.base));
    } finally {
      evil.stop(0);
    }

    assertThat(sameOrigin.get("status")).isEqualTo(403L);
    assertThat(((Map<?, ?>) sameOrigin.get("body")).get("message"))
        .isEqualTo(
            "Deze opdracht is geweigerd: de pagina is verouderd. Ververs de pagina. Er is niets"
                + " veranderd.");
    assertThat(gids.driver().getPageSource()).contains("geweigerd");
    assertThat(web.ledgerState()).isEqualTo(before);
  }

  @Test
  void twoGidsenRaceForOneTicketAndExactlyOneGetsIt() {
    Ticket ticket = web.visitorTakes("find_work", null);
    logIn(gids, "balie-1");
    logIn(colleague, "balie-2");
    shown(gids, "waiting-" + ticket.reference());
    shown(colleague, "waiting-" + ticket.reference());

    // Both pages click at the same moment of the shared clock, not one after the other.
    long at = System.currentTimeMillis() + 1500;
    for (HeadlessChromium browser : List.of(gids, colleague)) {
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "setTimeout(() => document.getElementById(arguments[0]).click(),"
                  + " arguments[1] - Date.now());",
              "waiting-" + ticket.reference(),
              at);
    }
    for (HeadlessChromium browser : List.of(gids, colleague)) {
      waitIn(browser).until(d -> !d.findElement(By.id("message")).getText().isEmpty());
    }
    Ticket called = web.stored(ticket);
    boolean balie1Won = called.deskCode().equals("balie-1");
    HeadlessChromium winner = balie1Won ? gids : colleague;
    HeadlessChromium loser = balie1Won ? colleague : gids;
    String winningDesk = balie1Won ? "Balie 1" : "Balie 2";
    winner.screenshot("web-console-race-won");
    winner.assertAccessible("web-console-race-won");
    loser.screenshot("web-console-race-lost");
    loser.assertAccessible("web-console-race-lost");

    assertThat(winner.driver().findElement(By.id("message")).getText())
        .isEqualTo("W-001 is opgeroepen naar " + winningDesk + ".");
    assertThat(loser.driver().findElement(By.id("message")).getText())
        .isEqualTo("W-001 is al opgeroepen bij " + winningDesk + ". Er is niets veranderd.");
    assertThat(shown(winner, "current-number").getText()).isEqualTo("W-001");
    assertThat(loser.driver().findElement(By.id("current-none")).isDisplayed()).isTrue();
    assertThat(web.kiosk.ledger.desk().called())
        .extracting(Ticket::reference)
        .containsExactly(ticket.reference());
  }

  @Test
  void theWaitingRoomDisplayShowsTheCalledNumberAndChimesOnceSoundIsOn() {
    web.visitorTakes("money_debt", "benefit");
    WebDriver display = colleague.driver();
    display.get(web.base + "/display");
    WebElement sound = shown(colleague, "sound");
    assertThat(sound.getText()).isEqualTo("Geluid aan");
    sound.click();
    assertThat(shown(colleague, "sound-on").getText()).isEqualTo("Geluid staat aan");
    logIn(gids);

    shown(gids, "call-next").click();

    waitForText(colleague, "latest-number", "G-001");
    assertThat(display.findElement(By.id("latest-desk")).getText()).isEqualTo("→ Balie 1");
    waitIn(colleague)
        .until(
            d ->
                Integer.parseInt(d.findElement(By.tagName("body")).getAttribute("data-chimes"))
                    >= 2);
    assertThat(display.findElement(By.id("titles")).getText())
        .startsWith("Aan de beurt · Your turn");
    assertThat(display.getPageSource()).doesNotContain("Geldzorgen", "uitkering");
    colleague.screenshot("web-display-called");
    colleague.assertAccessible("web-display-called");
  }

  @Test
  void leavingWithSixWaitingAsksAndTheDisplayListsTheNumbersThatGetTheNextStep() {
    List<String> numbers = new ArrayList<>();
    for (String question :
        List.of("find_work", "learning", "money_debt", "find_work", "youth", "benefit_income")) {
      numbers.add(web.visitorTakes(question, null).number());
    }
    WebDriver display = colleague.driver();
    display.get(web.base + "/display");
    shown(colleague, "sound");
    assertThat(display.findElement(By.id("next-step")).isDisplayed()).isFalse();
    logIn(gids);
    waitIn(gids).until(d -> d.findElements(By.cssSelector("#waiting li")).size() == 6);

    shown(gids, "presence-absent").click();
    assertThat(shown(gids, "absent-question").getText())
        .isEqualTo("Er wachten nog 6 bezoekers. Wat gebeurt er met hen?");
    assertThat(web.kiosk.ledger.presence().today()).as("nothing recorded yet").isEmpty();
    gids.assertAccessible("web-console-absent-question");
    gids.driver().findElement(By.id("presence-next-step")).click();

    waitForText(
        gids,
        "message",
        "Vastgelegd: geen gids meer vandaag. De 6 wachtenden krijgen de volgende stap op het"
            + " scherm en op een bon.");
    assertThat(web.kiosk.ledger.desk().waiting()).isEmpty();
    assertThat(web.kiosk.printer.printed()).hasSize(6);
    waitIn(colleague).until(d -> d.findElement(By.id("next-step")).isDisplayed());
    assertThat(display.findElement(By.id("next-step-numbers")).getText().split("\n"))
        .containsExactlyElementsOf(numbers);
    assertThat(display.findElement(By.id("next-step-title")).getText())
        .startsWith("Geen gids meer vandaag · No more guide today");
    colleague.screenshot("web-display-next-step");
    colleague.assertAccessible("web-display-next-step");
  }

  @Test
  void anExpiredSessionSendsTheGidsBackToTheLoginAndChangesNothing() {
    web.visitorTakes("find_work", null);
    logIn(gids);
    List<Ticket> before = web.ledgerState();

    web.kiosk.clock.advance(Duration.ofMinutes(31));
    gids.driver().findElement(By.id("call-next")).click();

    assertThat(shown(gids, "login-message").getText())
        .isEqualTo("U bent uitgelogd omdat u een tijd niets deed. Log opnieuw in.");
    assertThat(web.ledgerState()).isEqualTo(before);
  }
}
