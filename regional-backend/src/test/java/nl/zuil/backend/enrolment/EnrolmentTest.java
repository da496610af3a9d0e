package nl.zuil.backend.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.http.Backend;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrolmentTest {

  @TempDir Path dir;
  private final TestClock clock = TestClock.at("2026-11-23T09:00");
  private TestDatabase database;
  private Enrolment enrolment;

  @BeforeEach
  void open() {
    database = TestDatabase.open(TestDatabase.Kind.SQLITE, dir);
    Backend backend = Backend.over(database.database(), clock);
    TestRegion.seed(backend);
    enrolment = backend.enrolment();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aCodeGivesOneKioskItsCredentialOnce() {
    IssuedCode code = code(Duration.ofHours(24));

    EnrolledDevice device = enrolment.enrol(code.code()).orElseThrow();

    assertThat(device.device().kioskCode()).isEqualTo("zuil-1");
    assertThat(enrolment.authenticate(device.credential())).contains(device.device());
    assertThat(enrolment.enrol(code.code())).isEmpty();
  }

  @Test
  void aTypedCodeMayDifferInCaseSpacesAndDashes() {
    String typed = code(Duration.ofHours(1)).code().toLowerCase().replace("-", " ");

    assertThat(enrolment.enrol(typed)).isPresent();
  }

  @Test
  void anExpiredCodeIsRefused() {
    IssuedCode code = code(Duration.ofHours(24));
    clock.advance(Duration.ofHours(24));

    assertThat(enrolment.enrol(code.code())).isEmpty();
  }

  @Test
  void theDatabaseHoldsNeitherTheCodeNorTheCredential() throws Exception {
    IssuedCode code = code(Duration.ofHours(1));
    EnrolledDevice device = enrolment.enrol(code.code()).orElseThrow();
    String secret = device.credential().substring(device.credential().lastIndexOf('.') + 1);
    database.close();

    byte[] file = Files.readAllBytes(dir.resolve("backend.db"));
    String contents = new String(file, StandardCharsets.ISO_8859_1);
    assertThat(contents).doesNotContain(secret).doesNotContain(code.code().replace("-", ""));
    database = TestDatabase.open(TestDatabase.Kind.SQLITE, dir);
  }

  @Test
  void aCredentialWithAWrongSecretOrShapeIsRefused() {
    EnrolledDevice device = enrolment.enrol(code(Duration.ofHours(1)).code()).orElseThrow();
    String credential = device.credential();

    assertThat(enrolment.authenticate(credential.substring(0, credential.length() - 1) + "A"))
        .isEmpty();
    assertThat(enrolment.authenticate("zd1." + device.device().id())).isEmpty();
    assertThat(enrolment.authenticate("")).isEmpty();
    assertThat(enrolment.authenticate(null)).isEmpty();
  }

  @Test
  void codesAreOnlyForKnownLocationsAndWellFormedKioskCodes() {
    assertThatThrownBy(
            () -> enrolment.createCode(TestRegion.REGION, "nergens", "zuil-1", Duration.ofHours(1)))
        .hasMessageContaining("has no location nergens");
    assertThatThrownBy(
            () ->
                enrolment.createCode(
                    TestRegion.REGION, TestRegion.LOCATION, "Zuil 0612345678", Duration.ofHours(1)))
        .hasMessageContaining("kiosk code");
  }

  private IssuedCode code(Duration validity) {
    return enrolment.createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-1", validity);
  }
}
