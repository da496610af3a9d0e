package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.http.Backend;
import nl.zuil.regionapi.SlipKey;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner opens a referral slip's link without an account, sees the context in Dutch and confirms
 * the arrival once; guessed, made-up, altered, replayed and expired links count nothing (decision
 * 1053). Over HTTPS on loopback, on SQLite and PostgreSQL.
 */
abstract class ReferralSlipContract {

  private static final String NOVEMBER = "?period=month&date=2026-11-01";

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private StaffServer server;
  private StaffClient partner;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    server = StaffServer.start(kind(), dir, certificate, "2026-11-25T10:00", TestRegion::seed);
    partner = new StaffClient(server, certificate);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void thePartnerSeesTheContextAndCountsTheArrivalOnce() {
    SlipLink slip = slip("uwv", "find_work", "no_work_no_benefit");

    StaffClient.Answer page = partner.get(path(slip));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("Vraag")
        .contains("Geen werk en geen uitkering")
        .contains("UWV")
        .contains("Doorverwezen vanuit Bibliotheek Hengelo, week 48")
        .contains("De bezoeker is bij ons aangekomen")
        .doesNotContain("<script>");
    assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    assertThat(arrivals()).isEmpty();

    StaffClient.Answer counted = partner.post("/bon", fields(slip));
    assertThat(counted.status()).isEqualTo(200);
    assertThat(counted.text()).contains("Dank u").contains("We konden helpen");
    assertThat(arrivals()).containsExactly("hengelo-bibliotheek uwv find_work 2026-W48 1 0 0");

    StaffClient.Answer replayed = partner.post("/bon", fields(slip));
    assertThat(replayed.status()).isEqualTo(409);
    assertThat(replayed.text()).contains("al gebruikt");
    assertThat(partner.get(path(slip)).status()).isEqualTo(409);
    assertThat(arrivals()).containsExactly("hengelo-bibliotheek uwv find_work 2026-W48 1 0 0");
  }

  @Test
  void guessedMadeUpAndAlteredLinksCountNothing() {
    SlipLink genuine = slip("uwv", "find_work", null);
    SlipLink otherKey =
        SlipLinks.issue(
            "not the region's key at all, 32b".getBytes(StandardCharsets.UTF_8),
            LocalDate.parse("2026-11-24"),
            TestRegion.LOCATION,
            "uwv",
            "find_work",
            null);
    Map<String, String> altered = fields(genuine);
    altered.put("p", "municipality_work_income");
    Map<String, String> guessed = fields(genuine);
    guessed.put("t", "AAAAAAAAAAAAAAAAAAAAAA");
    Map<String, String> misshapen = fields(genuine);
    misshapen.put("l", "Jan de Vries");

    for (Map<String, String> form : List.of(fields(otherKey), altered, guessed, misshapen)) {
      StaffClient.Answer answer = partner.post("/bon", form);
      assertThat(answer.status()).as(form.toString()).isEqualTo(404);
      assertThat(answer.text()).contains("Deze bon kennen we niet");
    }
    assertThat(partner.get("/bon?t=x").status()).isEqualTo(404);
    assertThat(partner.get("/bon").status()).isEqualTo(404);
    assertThat(arrivals()).isEmpty();
    assertThat(tokensKept()).isZero();
  }

  @Test
  void theSecondAnswerCountsOnceAndOnlyAfterTheArrival() {
    SlipLink slip = slip("municipality_debt_help", "money_debt", "benefit");
    Map<String, String> helped = fields(slip);
    helped.put("antwoord", "geholpen");

    assertThat(partner.post("/bon/antwoord", helped).status()).isEqualTo(409);
    partner.post("/bon", fields(slip));
    assertThat(partner.post("/bon/antwoord", helped).text()).contains("Dank u voor uw antwoord");
    Map<String, String> notForUs = fields(slip);
    notForUs.put("antwoord", "niet-voor-ons");
    assertThat(partner.post("/bon/antwoord", notForUs).status()).isEqualTo(409);

    assertThat(arrivals())
        .containsExactly("hengelo-bibliotheek municipality_debt_help money_debt 2026-W48 1 1 0");
  }

  @Test
  void aSlipPastItsValidityCountsNothingAndItsTokenIsForgotten() {
    SlipLink used = slip("uwv", "find_work", null);
    partner.post("/bon", fields(used));
    assertThat(tokensKept()).isEqualTo(1);

    server.clock().advanceMinutes(60 * 24 * 60);
    SlipLink fresh = slip("uwv", "find_work", null, LocalDate.parse("2027-01-20"));
    partner.post("/bon", fields(fresh));

    assertThat(tokensKept()).as("the used slip's hash is gone, the fresh one's kept").isEqualTo(1);
    StaffClient.Answer replayed = partner.post("/bon", fields(used));
    assertThat(replayed.status()).isEqualTo(410);
    assertThat(replayed.text()).contains("te oud");
    assertThat(arrivals())
        .containsExactly(
            "hengelo-bibliotheek uwv find_work 2026-W48 1 0 0",
            "hengelo-bibliotheek uwv find_work 2027-W03 1 0 0");
  }

  @Test
  void aSlipDatedFarAheadIsNotOne() {
    SlipLink future = slip("uwv", "find_work", null, LocalDate.parse("2026-12-14"));

    assertThat(partner.post("/bon", fields(future)).status()).isEqualTo(404);
    assertThat(arrivals()).isEmpty();
  }

  @Test
  void oneAddressTryingManyLinksIsSlowedDown() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < ReferralRoutes.PER_ADDRESS.free() + 2; i++) {
      statuses.add(partner.get("/bon?t=guess" + i).status());
    }
    SlipLink genuine = slip("uwv", "find_work", null);

    assertThat(statuses.get(0)).isEqualTo(404);
    assertThat(statuses.get(statuses.size() - 1)).isEqualTo(429);
    assertThat(partner.post("/bon", fields(genuine)).status()).isEqualTo(429);
    assertThat(arrivals()).isEmpty();
  }

  @Test
  void aKioskGetsItsLocationsKeyAndTheAddressToLinkTo() throws Exception {
    String credential = TestRegion.enrol(server.backend(), "zuil-1").credential();

    StaffClient.Answer answer = partner.getAsDevice("/api/v1/referral-key", credential);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text())
        .contains("\"locationCode\":\"hengelo-bibliotheek\"")
        .contains("\"confirmUrl\":\"" + server.url(""));
    assertThat(partner.getAsDevice("/api/v1/referral-key", "zd1.nobody.secret").status())
        .isEqualTo(401);
  }

  @Test
  void theDashboardShowsArrivalsPerPartnerAndQuestionBesideSlipsIssuedSmallCountsHidden() {
    server
        .backend()
        .staff()
        .save(
            "regio",
            TestRegion.REGION,
            Role.REGION_STAFF,
            Optional.empty(),
            "een lang wachtwoord".toCharArray());
    for (int i = 0; i < 6; i++) {
      partner.post("/bon", fields(slip("uwv", "find_work", null)));
    }
    for (int i = 0; i < 5; i++) {
      partner.post("/bon", fields(slip("municipality_debt_help", "money_debt", null)));
    }
    partner.post("/bon", fields(slip("uwv", "work_to_work", null)));
    StaffClient staff = new StaffClient(server, certificate);
    assertThat(staff.logIn("regio", "een lang wachtwoord").status()).isEqualTo(303);

    String arrivals = staff.get("/api/stats/referral_arrivals" + NOVEMBER).text();
    String byQuestion = staff.get("/api/stats/referral_arrivals_questions" + NOVEMBER).text();
    String csv = staff.get("/export/referral_arrivals.csv" + NOVEMBER).text();
    String page = staff.get("/dashboard" + NOVEMBER).text();
    String report = staff.get("/report" + NOVEMBER).text();

    assertThat(arrivals)
        .contains("Aangekomen bij de partner, per partner")
        .contains("\"7\"")
        .contains("\"5\"");
    assertThat(byQuestion).contains("Werk zoeken").contains("< 5").doesNotContain("\"1\"");
    assertThat(csv).contains("UWV").contains("7");
    assertThat(page)
        .contains("Aangekomen bij de partner, per partner")
        .contains("Meegegeven doorverwijsbonnen");
    assertThat(report).contains("Aangekomen bij de partner, per vraagtype");
  }

  private SlipLink slip(String partnerCode, String question, String situation) {
    return slip(partnerCode, question, situation, LocalDate.parse("2026-11-24"));
  }

  private SlipLink slip(
      String partnerCode, String question, String situation, LocalDate printedOn) {
    Backend backend = server.backend();
    SlipKey key =
        backend.referrals().keyFor(TestRegion.REGION, TestRegion.LOCATION, "https://regio.example");
    return SlipLinks.issue(
        Base64.getDecoder().decode(key.key()),
        printedOn,
        TestRegion.LOCATION,
        partnerCode,
        question,
        situation);
  }

  private static String path(SlipLink slip) {
    URI url = URI.create(slip.url("https://regio.example"));
    return url.getRawPath() + "?" + url.getRawQuery();
  }

  private static Map<String, String> fields(SlipLink slip) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("t", slip.token());
    form.put("w", slip.isoWeek());
    form.put("l", slip.location());
    form.put("p", slip.partner());
    form.put("q", slip.question());
    form.put("s", slip.situation());
    form.put("m", slip.mac());
    return form;
  }

  private List<String> arrivals() {
    return server
        .backend()
        .database()
        .inTransaction(
            c -> {
              List<String> rows = new ArrayList<>();
              try (PreparedStatement query =
                      c.prepareStatement(
                          "SELECT location_code, partner_code, question_code, iso_week, arrived,"
                              + " helped, not_for_us FROM referral_arrival ORDER BY iso_week,"
                              + " partner_code");
                  ResultSet row = query.executeQuery()) {
                while (row.next()) {
                  rows.add(
                      String.join(
                          " ",
                          row.getString(1),
                          row.getString(2),
                          row.getString(3),
                          row.getString(4),
                          String.valueOf(row.getInt(5)),
                          String.valueOf(row.getInt(6)),
                          String.valueOf(row.getInt(7))));
                }
              }
              return rows;
            });
  }

  private int tokensKept() {
    return server
        .backend()
        .database()
        .inTransaction(
            c -> {
              try (PreparedStatement query =
                      c.prepareStatement("SELECT COUNT(*) FROM referral_token");
                  ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
              }
            });
  }
}
