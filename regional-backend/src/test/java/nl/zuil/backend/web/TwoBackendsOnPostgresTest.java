package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.IVO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two backend processes on one PostgreSQL database, as behind a reverse proxy that sends each
 * request to either: a login through one is a login at the other, a form whose page came from one
 * is accepted by the other, a logout at one ends the session at both, and an attacker's wrong
 * passwords count in one budget whichever process they reach (decision 0210).
 */
class TwoBackendsOnPostgresTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private StaffServer first;
  private StaffServer second;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    first =
        StaffServer.start(
            TestDatabase.Kind.POSTGRESQL, dir, certificate, "2026-11-25T10:00", TwoRegions::seed);
    second = first.alongside();
  }

  @AfterEach
  void stop() {
    second.close();
    first.close();
  }

  @Test
  void aLoginThroughOneServesTheOtherAndAFormFromOneIsAcceptedByTheOther() {
    StaffClient throughFirst = new StaffClient(first, certificate);
    assertThat(throughFirst.logIn(IVO, PASSWORD).status()).isEqualTo(303);
    StaffClient throughSecond = new StaffClient(throughFirst, second);
    String csrf = throughFirst.csrf("/enrolment");

    StaffClient.Answer code =
        throughSecond.post(
            "/enrolment",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-9", "hours", "24"));

    assertThat(code.status()).isEqualTo(200);
    assertThat(code.text()).containsPattern("id=\"enrolment-code\">([2-9A-Z]{4}-){4}[2-9A-Z]{4}<");
    assertThat(throughFirst.get("/enrolment").text()).contains("zuil-9");

    assertThat(throughSecond.post("/logout", Map.of("csrf", csrf)).status()).isEqualTo(303);
    assertThat(throughFirst.get("/fleet").status()).as("logged out at both").isEqualTo(303);
  }

  @Test
  void wrongPasswordsThroughBothCountInOneBudget() {
    for (int i = 0; i < 6; i++) {
      StaffServer server = i % 2 == 0 ? first : second;
      assertThat(new StaffClient(server, certificate).logIn(ANNA, "wrong " + i).status())
          .isEqualTo(401);
    }

    assertThat(new StaffClient(first, certificate).logIn(ANNA, PASSWORD).status()).isEqualTo(429);
    assertThat(new StaffClient(second, certificate).logIn(ANNA, PASSWORD).status()).isEqualTo(429);
  }
}
