package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.web.StaffClient.Answer;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BREACH reads a secret from the sizes of compressed answers that also reflect what the attacker
 * chose. Staff pages carry the session's CSRF token beside the period and filters in the address,
 * so no page is compressed (decision 0212); scripts and JSON carry no secret and still are.
 */
class CompressionTest {

  @TempDir static Path dir;
  static StaffServer server;
  static StaffClient client;

  @BeforeAll
  static void start() {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            certificate,
            "2026-11-25T10:00",
            backend -> {
              TwoRegions.regions(backend);
              backend
                  .staff()
                  .save(ANNA, A, Role.REGION_STAFF, Optional.empty(), PASSWORD.toCharArray());
            });
    client = new StaffClient(server, certificate);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPageWithACsrfTokenIsSentUncompressedEvenWhenTheBrowserAsksForGzip() {
    assertThat(client.logIn(ANNA, PASSWORD).status()).isEqualTo(303);
    Answer page = client.get("/catalogue", "Accept-Encoding", "gzip");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.text()).contains("name=\"csrf\"").hasSizeGreaterThan(1500);
    assertThat(page.header("Content-Encoding")).isEmpty();
  }

  @Test
  void scriptsAndTheApiDocumentAreStillCompressed() {
    Answer script = client.get("/static/chart.umd.min.js", "Accept-Encoding", "gzip");
    Answer document = client.get(RegionApi.OPENAPI_JSON, "Accept-Encoding", "gzip");

    assertThat(script.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(document.header("Content-Encoding")).isEqualTo("gzip");
  }
}
