package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.testing.WebClient;
import nl.zuil.kiosk.testing.WebConsoleFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web console's defences, with requests a page would never send: no token, another site's
 * origin, a replay, an expired session. Every refusal says what happened in plain words and leaves
 * the ledger exactly as it was.
 */
class WebConsoleSecurityTest {

  @TempDir static Path keys;
  static ConsoleCertificate certificate;

  @TempDir Path dir;
  WebConsoleFixture web;
  WebClient gids;

  @BeforeAll
  static void certificate() throws Exception {
    certificate = WebConsoleFixture.certificate(keys);
  }

  @BeforeEach
  void start() throws Exception {
    web = WebConsoleFixture.start(dir, certificate);
    gids = new WebClient(web.base, web.certificate);
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private static String message(HttpResponse<String> response) {
    return response.body().replaceAll("(?s).*\"message\":\"([^\"]*)\".*", "$1");
  }

  @Test
  void theSessionCookieIsHttpOnlySecureStrictAndReplacedAtLogin() throws Exception {
    HttpResponse<String> page = gids.get("/login");
    String before = gids.sessionCookie().orElseThrow().getValue();
    HttpResponse<String> login =
        gids.postForm(
            "/login", "csrf=" + gids.csrf() + "&desk=balie-1&pin=" + TestConfigs.GIDS_PIN);

    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/");
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).contains("/console");
    String after = gids.sessionCookie().orElseThrow().getValue();
    assertThat(after).isNotEqualTo(before).hasSize(43);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "frame-ancestors 'none'");
  }

  @Test
  void fiveWrongPinsMakeTheAddressWaitAndEvenTheRightPinWaits() throws Exception {
    for (int i = 1; i <= 4; i++) {
      HttpResponse<String> wrong = gids.login("0000");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("De pincode is niet geaccepteerd. Probeer het opnieuw.");
    }
    HttpResponse<String> fifth = gids.login("1111");
    HttpResponse<String> right = gids.login(TestConfigs.GIDS_PIN);

    assertThat(fifth.body())
        .contains("De pincode is niet geaccepteerd. Probeer het over 60 seconden opnieuw.");
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(right.body())
        .contains("De pincode is niet geaccepteerd. Probeer het over 60 seconden opnieuw.");

    web.kiosk.clock.advance(Duration.ofMinutes(1));
    assertThat(gids.login(TestConfigs.GIDS_PIN).statusCode()).isEqualTo(303);
  }

  @Test
  void aGidsChoosesADeskAndCallsToIt() throws Exception {
    Ticket ticket = web.visitorTakes("find_work", null);
    gids.get("/login");
    HttpResponse<String> noDesk =
        gids.postForm("/login", "csrf=" + gids.csrf() + "&pin=" + TestConfigs.GIDS_PIN);

    assertThat(noDesk.statusCode()).isEqualTo(400);
    assertThat(noDesk.body()).contains("Kies eerst uw balie.", "Balie 1", "Balie 2");
    assertThat(gids.login(TestConfigs.GIDS_PIN, "balie-2").statusCode()).isEqualTo(303);
    gids.get("/console");
    HttpResponse<String> call =
        gids.act("/console/api/call", "{\"ticket\":\"" + ticket.reference() + "\"}");

    assertThat(message(call)).isEqualTo("W-001 is opgeroepen naar Balie 2.");
    assertThat(web.stored(ticket).deskCode()).isEqualTo("balie-2");
  }

  @Test
  void aLoginWithoutTheLoginPagesTokenIsRefused() throws Exception {
    gids.get("/login");

    HttpResponse<String> forged = gids.postForm("/login", "pin=" + TestConfigs.GIDS_PIN);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Deze opdracht is geweigerd: de pagina is verouderd.");
    assertThat(gids.get("/console").statusCode()).isEqualTo(302);
  }

  @Test
  void aPostWithoutOrWithAWrongCsrfTokenChangesNothing() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> none =
        gids.act("/console/api/call-next", "{}", null, WebClient.newActionId(), null);
    HttpResponse<String> wrong =
        gids.act("/console/api/call-next", "{}", "not-the-token", WebClient.newActionId(), null);

    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(message(wrong))
        .isEqualTo(
            "Deze opdracht is geweigerd: de pagina is verouderd. Ververs de pagina. Er is niets"
                + " veranderd.");
    assertThat(web.ledgerState()).isEqualTo(before);
  }

  @Test
  void aPostFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> foreign =
        gids.act(
            "/console/api/call-next",
            "{}",
            gids.csrf(),
            WebClient.newActionId(),
            "https://evil.example");

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(web.ledgerState()).isEqualTo(before);
  }

  @Test
  void aReplayedCallNextIsRefusedAndCallsNobodyElse() throws Exception {
    web.visitorTakes("find_work", null);
    web.visitorTakes("learning", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    String action = WebClient.newActionId();
    HttpResponse<String> first =
        gids.act("/console/api/call-next", "{}", gids.csrf(), action, null);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> replay =
        gids.act("/console/api/call-next", "{}", gids.csrf(), action, null);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(message(replay)).isEqualTo("Deze opdracht is al uitgevoerd. Er is niets veranderd.");
    assertThat(web.ledgerState()).isEqualTo(before);
    assertThat(web.kiosk.ledger.desk().called())
        .extracting(Ticket::number)
        .containsExactly("W-001");
  }

  @Test
  void aRequestReplayedAfterLogoutIsRefused() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    String session = gids.sessionCookie().orElseThrow().getValue();
    String token = gids.csrf();
    HttpResponse<String> logout = gids.postForm("/logout", "csrf=" + token);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> replay =
        gids.replay("/console/api/call-next", "{}", session, token, WebClient.newActionId());

    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(logout.headers().firstValue("Location")).contains("/login?out");
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(message(replay))
        .isEqualTo("U bent niet meer ingelogd. Log opnieuw in. Er is niets veranderd.");
    assertThat(web.ledgerState()).isEqualTo(before);
  }

  @Test
  void anExpiredSessionChangesNothingAndTheConsoleSendsTheGidsToTheLogin() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    List<Ticket> before = web.ledgerState();

    web.kiosk.clock.advance(Duration.ofMinutes(31));
    HttpResponse<String> late = gids.act("/console/api/call-next", "{}");
    HttpResponse<String> page = gids.get("/console");

    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(message(late))
        .isEqualTo("U bent niet meer ingelogd. Log opnieuw in. Er is niets veranderd.");
    assertThat(web.ledgerState()).isEqualTo(before);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).contains("/login?expired");
    assertThat(gids.get("/login?expired").body())
        .contains("U bent uitgelogd omdat u een tijd niets deed. Log opnieuw in.");
  }

  @Test
  void activityKeepsTheSessionAlive() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    for (int i = 0; i < 3; i++) {
      web.kiosk.clock.advance(Duration.ofMinutes(20));
      gids.get("/console");
    }

    assertThat(gids.act("/console/api/call-next", "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void anUnknownTicketReferenceIsRefusedPlainlyAndChangesNothing() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> unknown = gids.act("/console/api/call", "{\"ticket\":\"QQQQQQQQQQ\"}");
    HttpResponse<String> junk =
        gids.act("/console/api/finish", "{\"reference\":\"<script>\",\"outcome\":\"answered\"}");

    assertThat(unknown.statusCode()).isEqualTo(409);
    assertThat(message(unknown))
        .isEqualTo("Dit ticket bestaat niet. Controleer het nummer. Er is niets veranderd.");
    assertThat(junk.statusCode()).isEqualTo(409);
    assertThat(web.ledgerState()).isEqualTo(before);
  }

  @Test
  void aSecondOutcomeForAFinishedTicketIsRefusedAndTheFirstStands() throws Exception {
    Ticket ticket = web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    gids.act("/console/api/call", "{\"ticket\":\"" + ticket.reference() + "\"}");
    String finish =
        "{\"reference\":\""
            + ticket.reference()
            + "\",\"outcome\":\"referred\",\"partner\":\"uwv\"}";
    assertThat(gids.act("/console/api/finish", finish).statusCode()).isEqualTo(200);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> again = gids.act("/console/api/finish", finish);

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(message(again))
        .isEqualTo("Voor W-001 is al vastgelegd wat er gebeurde. Er is niets veranderd.");
    assertThat(web.ledgerState()).isEqualTo(before);
    assertThat(web.stored(ticket).state()).isEqualTo(TicketState.DONE);
  }

  @Test
  void aBodyWithFieldsTheConsoleDoesNotKnowIsRefused() throws Exception {
    web.visitorTakes("find_work", null);
    gids.loggedIn(TestConfigs.GIDS_PIN);
    List<Ticket> before = web.ledgerState();

    HttpResponse<String> note =
        gids.act("/console/api/call", "{\"ticket\":\"W1\",\"note\":\"mevrouw met kinderwagen\"}");

    assertThat(note.statusCode()).isEqualTo(400);
    assertThat(web.ledgerState()).isEqualTo(before);
  }

  @Test
  void theConsoleListensOnTheConfiguredAddressOnly() throws Exception {
    try (Socket configured = new Socket()) {
      configured.connect(new InetSocketAddress("127.0.0.1", web.server.port()), 2000);
    }
    assertThatThrownBy(
            () -> {
              try (Socket other = new Socket()) {
                other.connect(new InetSocketAddress("127.0.0.2", web.server.port()), 2000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void withoutLoginThereIsNoBoardAndNoLiveStream() throws Exception {
    web.visitorTakes("find_work", null);

    assertThat(gids.get("/console/api/board").statusCode()).isEqualTo(401);
    assertThat(gids.get("/console/events").statusCode()).isEqualTo(401);
    assertThat(gids.get("/console").statusCode()).isEqualTo(302);
  }

  @Test
  void theWaitingRoomDisplayShowsNumbersAndDesksOnly() throws Exception {
    Ticket ticket = web.visitorTakes("money_debt", "benefit");
    gids.loggedIn(TestConfigs.GIDS_PIN);
    gids.act("/console/api/call", "{\"ticket\":\"" + ticket.reference() + "\"}");

    HttpResponse<String> display = new WebClient(web.base, web.certificate).get("/display/board");

    assertThat(display.statusCode()).isEqualTo(200);
    assertThat(display.body())
        .isEqualTo("{\"called\":[{\"number\":\"G-001\",\"desk\":\"Balie 1\"}],\"nextStep\":[]}");
  }
}
