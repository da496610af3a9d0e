package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.B;
import static nl.zuil.backend.TwoRegions.BERT;
import static nl.zuil.backend.TwoRegions.ENSCHEDE_NOORD;
import static nl.zuil.backend.TwoRegions.ENSCHEDE_ZUID;
import static nl.zuil.backend.TwoRegions.ERIK;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.IVO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static nl.zuil.backend.TwoRegions.ZWOLLE;
import static nl.zuil.backend.TwoRegions.bucket;
import static nl.zuil.backend.TwoRegions.store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.health.KioskHealth;
import nl.zuil.backend.http.Backend;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may read what, through every page, JSON answer and export: a region's accounts never see
 * another region, a municipality never sees another municipality, IT sees no statistics, and a code
 * that belongs to someone else is answered exactly like one that does not exist. Also the session
 * rules: cookie flags, CSRF, idle timeout (login budgets: {@link StaffLoginContract}). Subclasses
 * run it on SQLite and PostgreSQL.
 */
abstract class StaffAccessContract {

  private static final String NOVEMBER = "?period=month&date=2026-11-01";
  private static final List<String> CHARTS =
      List.of(
          "visits",
          "comparison",
          "questions",
          "reach",
          "outcomes",
          "referrals",
          "waiting",
          "heatmap",
          "referral_questions",
          "self_service");
  private static final List<String> A_MARKERS = List.of("hengelo", "enschede", "voorbeeldregio");

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private StaffServer server;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    server =
        StaffServer.start(kind(), dir, certificate, "2026-11-25T10:00", StaffAccessContract::seed);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void seed(Backend backend) {
    TwoRegions.seed(backend);
    store(
        backend,
        A,
        HENGELO,
        "zuil-hengelo",
        bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 20, 0, 1),
        bucket("2026-11-03", 11, "youth", "student", "referred", "sbb_education", 10, 4, 2));
    store(
        backend,
        A,
        ENSCHEDE_NOORD,
        "zuil-enschede",
        bucket(
            "2026-11-04",
            10,
            "money_debt",
            "benefit",
            "referred",
            "municipality_debt_help",
            25,
            10,
            1));
    store(
        backend,
        A,
        ENSCHEDE_ZUID,
        "zuil-enschede",
        bucket("2026-11-05", 14, "find_work", "working", "answered", "-", 12, 0, 1));
    store(
        backend,
        B,
        ZWOLLE,
        "zuil-zwolle",
        bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 41, 0, 1));
    Instant now = backend.clock().instant();
    for (String[] kiosk :
        List.of(
            new String[] {A, HENGELO, "zuil-hengelo"},
            new String[] {A, ENSCHEDE_NOORD, "zuil-enschede"},
            new String[] {B, ZWOLLE, "zuil-zwolle"})) {
      backend
          .healthStore()
          .save(
              new KioskHealth(
                  kiosk[0],
                  kiosk[1],
                  kiosk[2],
                  "0.1.0",
                  now,
                  now,
                  0,
                  true,
                  false,
                  false,
                  false,
                  false,
                  Optional.of(now),
                  1000,
                  10,
                  Optional.of(now),
                  5,
                  5,
                  kiosk[2].equals("zuil-enschede") ? 3 : 0,
                  Optional.empty(),
                  Optional.empty()),
              "device-" + kiosk[2]);
    }
  }

  private StaffClient loggedIn(String user) {
    StaffClient client = new StaffClient(server, certificate);
    assertThat(client.logIn(user, PASSWORD).status()).isEqualTo(303);
    return client;
  }

  private static List<String> everyEndpoint() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/dashboard" + NOVEMBER,
                "/report" + NOVEMBER,
                "/fleet",
                "/enrolment",
                "/api/fleet",
                "/api/stats/summary" + NOVEMBER,
                "/export/dashboard.xlsx" + NOVEMBER));
    for (String chart : CHARTS) {
      paths.add("/api/stats/" + chart + NOVEMBER);
      paths.add("/export/" + chart + ".csv" + NOVEMBER);
      paths.add("/export/" + chart + ".xlsx" + NOVEMBER);
    }
    return paths;
  }

  private static boolean statistics(String path) {
    return path.startsWith("/dashboard")
        || path.startsWith("/report")
        || path.startsWith("/api/stats")
        || path.startsWith("/export");
  }

  /** Asks every endpoint as {@code user}; checks the status and that no marker appears. */
  private void everyEndpointAs(
      String user, List<String> forbidden, boolean seesStatistics, boolean enrols) {
    StaffClient client = loggedIn(user);
    for (String path : everyEndpoint()) {
      StaffClient.Answer answer = client.get(path);
      int expected =
          path.equals("/")
              ? 303
              : path.equals("/enrolment")
                  ? (enrols ? 200 : 403)
                  : statistics(path) && !seesStatistics ? 403 : 200;
      assertThat(answer.status()).as(user + " " + path).isEqualTo(expected);
      String text = answer.text().toLowerCase(Locale.ROOT);
      for (String marker : forbidden) {
        assertThat(text).as(user + " " + path + " mentions " + marker).doesNotContain(marker);
      }
    }
  }

  private static String visits(StaffClient client, String query) {
    return client
        .get("/api/stats/summary" + query)
        .text()
        .replaceAll("(?s).*\"id\":\"visits\",\"label\":\"[^\"]*\",\"value\":([0-9.]+).*", "$1");
  }

  @Test
  void regionalStaffSeeTheirWholeRegionAndNothingOfAnother() {
    everyEndpointAs(ANNA, TwoRegions.B_MARKERS, true, false);
    everyEndpointAs(BERT, A_MARKERS, true, false);

    assertThat(visits(loggedIn(ANNA), NOVEMBER)).isEqualTo("67.0");
    assertThat(visits(loggedIn(BERT), NOVEMBER)).isEqualTo("41.0");
  }

  @Test
  void aMunicipalitySeesOnlyItsOwnInlooppuntenEverywhere() {
    List<String> forbidden = new ArrayList<>(TwoRegions.B_MARKERS);
    forbidden.add("hengelo");
    everyEndpointAs(ERIK, forbidden, true, false);

    // 25 in Enschede-Noord and 12 in Enschede-Zuid; Hengelo's 30 stay out.
    assertThat(visits(loggedIn(ERIK), NOVEMBER)).isEqualTo("37.0");
  }

  @Test
  void itSeesKioskHealthAndEnrolsButHasNoStatistics() {
    everyEndpointAs(IVO, TwoRegions.B_MARKERS, false, true);

    StaffClient ivo = loggedIn(IVO);
    assertThat(ivo.get("/api/fleet").text())
        .contains("zuil-hengelo")
        .contains("zuil-enschede")
        .contains("\"setAsideBuckets\":3");
    assertThat(ivo.get("/fleet").text())
        .as("counts the region refused stand out")
        .containsOnlyOnce("3 tellingen geweigerd door de regio");
  }

  @Test
  void somethingOfAnotherRegionOrMunicipalityIsAnsweredLikeSomethingThatDoesNotExist() {
    StaffClient anna = loggedIn(ANNA);
    StaffClient erik = loggedIn(ERIK);
    for (String path :
        List.of("/dashboard", "/report", "/api/stats/summary", "/export/questions.csv")) {
      assertAlike(anna, path, "location", ZWOLLE);
      assertAlike(anna, path, "municipality", "Zwolle");
      assertAlike(erik, path, "location", HENGELO);
      assertAlike(erik, path, "municipality", "Hengelo");
    }
  }

  /**
   * Asking for {@code value} gets the same 404 as asking for something that does not exist; the
   * page only echoes the asker's own query back (in its language links).
   */
  private static void assertAlike(StaffClient client, String path, String parameter, String value) {
    StaffClient.Answer existing = client.get(path + "?" + parameter + "=" + value);
    StaffClient.Answer missing = client.get(path + "?" + parameter + "=Nergens");
    assertThat(existing.status()).as(path + " " + value).isEqualTo(404);
    assertThat(existing.text().replace(Html.url(value), "…"))
        .as(path + " " + value)
        .isEqualTo(missing.text().replace("Nergens", "…"));
  }

  @Test
  void itCannotMakeACodeForAnInlooppuntOfAnotherRegion() {
    StaffClient ivo = loggedIn(IVO);
    String csrf = ivo.csrf("/enrolment");

    StaffClient.Answer elsewhere =
        ivo.post(
            "/enrolment",
            Map.of("csrf", csrf, "location", ZWOLLE, "kiosk", "zuil-9", "hours", "24"));
    StaffClient.Answer nowhere =
        ivo.post(
            "/enrolment",
            Map.of("csrf", csrf, "location", "nergens", "kiosk", "zuil-9", "hours", "24"));
    StaffClient.Answer own =
        ivo.post(
            "/enrolment",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-9", "hours", "24"));

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.text()).isEqualTo(nowhere.text());
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.text()).containsPattern("id=\"enrolment-code\">([2-9A-Z]{4}-){4}[2-9A-Z]{4}<");
  }

  @Test
  void withoutASessionThereIsNothingToRead() {
    StaffClient stranger = new StaffClient(server, certificate);

    assertThat(stranger.get("/dashboard").status()).isEqualTo(303);
    assertThat(stranger.get("/dashboard").header("Location")).isEqualTo("/login");
    for (String path : List.of("/api/stats/summary", "/export/questions.csv", "/api/fleet")) {
      StaffClient.Answer answer = stranger.get(path);
      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.text()).as(path).doesNotContain("Bezoeken");
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
    StaffClient.Answer wrong = new StaffClient(server, certificate).logIn(ANNA, "not the password");
    StaffClient.Answer unknown = new StaffClient(server, certificate).logIn("nobody", PASSWORD);

    assertThat(wrong.status()).isEqualTo(401).isEqualTo(unknown.status());
    assertThat(withoutToken(wrong.text())).isEqualTo(withoutToken(unknown.text()));
    assertThat(wrong.text()).contains("Inloggen is niet gelukt");
  }

  private static String withoutToken(String page) {
    return page.replaceAll("name=\"login\" value=\"[^\"]+\"", "");
  }

  @Test
  void theSessionCookieIsHttpOnlySecureStrictAndHostOnly() {
    StaffClient client = new StaffClient(server, certificate);
    StaffClient.Answer login = client.logIn(ANNA, PASSWORD);

    String cookie =
        login.headers("Set-Cookie").stream()
            .filter(c -> c.startsWith("__Host-zuil-session="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie)
        .contains("; HttpOnly")
        .contains("; Secure")
        .contains("; SameSite=Strict")
        .contains("; Path=/")
        .doesNotContain("Domain=");
    assertThat(client.get("/dashboard").header("Content-Security-Policy"))
        .contains("script-src 'self'");
  }

  @Test
  void formsThatChangeSomethingNeedTheirToken() {
    StaffClient ivo = loggedIn(IVO);

    assertThat(ivo.post("/logout", Map.of()).status()).isEqualTo(403);
    assertThat(ivo.post("/logout", Map.of("csrf", "guess")).status()).isEqualTo(403);
    assertThat(
            ivo.post("/enrolment", Map.of("location", HENGELO, "kiosk", "zuil-9", "hours", "24"))
                .status())
        .isEqualTo(403);
    assertThat(ivo.get("/fleet").status()).as("still logged in").isEqualTo(200);

    StaffClient stranger = new StaffClient(server, certificate);
    stranger.get("/login");
    assertThat(stranger.post("/login", Map.of("username", ANNA, "password", PASSWORD)).status())
        .isEqualTo(403);

    assertThat(ivo.post("/logout", Map.of("csrf", ivo.csrf("/fleet"))).status()).isEqualTo(303);
    assertThat(ivo.get("/fleet").status()).isEqualTo(303);
  }

  @Test
  void itBeheerReadsWhatStaffOfItsOwnRegionDidAndNobodyElseReadsIt() {
    new StaffClient(server, certificate).logIn(ANNA, "not the password");
    StaffClient anna = loggedIn(ANNA);
    assertThat(anna.get("/export/visits.csv" + NOVEMBER).status()).isEqualTo(200);
    loggedIn(BERT);
    StaffClient ivo = loggedIn(IVO);
    ivo.post(
        "/enrolment",
        Map.of(
            "csrf", ivo.csrf("/enrolment"), "location", HENGELO, "kiosk", "zuil-9", "hours", "24"));

    StaffClient.Answer log = ivo.get("/audit");

    assertThat(log.status()).isEqualTo(200);
    assertThat(log.text())
        .contains("Inloggen mislukt", "Export gedownload", "zuil-visits-2026-11-01-2026-11-30.csv")
        .contains("Inschrijfcode gemaakt", "hengelo-bibliotheek/zuil-9")
        .doesNotContain(BERT);
    assertThat(ivo.get("/fleet").text()).contains("href=\"/audit\"");
    assertThat(anna.get("/dashboard").text()).doesNotContain("href=\"/audit\"");
    assertThat(anna.get("/audit").status()).isEqualTo(403);
    assertThat(loggedIn(BERT).get("/audit").status()).isEqualTo(403);
  }

  @Test
  void aSessionEndsAfterHalfAnHourWithoutARequest() {
    StaffClient anna = loggedIn(ANNA);
    server.clock().advance(Duration.ofMinutes(29));
    assertThat(anna.get("/dashboard").status()).isEqualTo(200);

    server.clock().advance(Duration.ofMinutes(31));

    assertThat(anna.get("/api/stats/summary").status()).isEqualTo(401);
    StaffClient.Answer page = anna.get("/dashboard");
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.header("Location")).isEqualTo("/login?expired=1");
  }
}
