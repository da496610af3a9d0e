package nl.zuil.backend.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
    // Another last character, whatever it was: "A" in its place failed one run in 64.
    char last = credential.charAt(credential.length() - 1);
    String wrongSecret =
        credential.substring(0, credential.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(enrolment.authenticate(wrongSecret)).isEmpty();
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

  @Test
  void aNewCodeForAKioskVoidsItsOpenOne() {
    IssuedCode first = code(Duration.ofHours(24));
    clock.advanceMinutes(10);
    IssuedCode second = code(Duration.ofHours(2));

    assertThat(enrolment.enrol(first.code())).isEmpty();
    assertThat(enrolment.openCodes(TestRegion.REGION))
        .containsExactly(
            new OpenCode(
                TestRegion.LOCATION,
                "zuil-1",
                Instant.parse("2026-11-23T08:10:00Z"),
                second.expiresAt()));
    assertThat(enrolment.enrol(second.code())).isPresent();
  }

  @Test
  void openCodesAreListedWithTheirExpiryUntilUsedExpiredOrRevoked() {
    IssuedCode zuil1 = code(Duration.ofHours(24));
    IssuedCode zuil2 =
        enrolment.createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-2", Duration.ofHours(1));
    IssuedCode zuil3 =
        enrolment.createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-3", Duration.ofHours(8));
    enrolment.enrol(zuil3.code()).orElseThrow();

    assertThat(enrolment.openCodes(TestRegion.REGION))
        .extracting(OpenCode::kioskCode, OpenCode::expiresAt)
        .containsExactly(tuple("zuil-1", zuil1.expiresAt()), tuple("zuil-2", zuil2.expiresAt()));

    assertThat(enrolment.revokeCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-1")).isTrue();
    assertThat(enrolment.revokeCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-1")).isFalse();
    assertThat(enrolment.enrol(zuil1.code())).isEmpty();
    clock.advance(Duration.ofHours(1));
    assertThat(enrolment.openCodes(TestRegion.REGION)).isEmpty();
    assertThat(enrolment.revokeCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-2"))
        .as("expired already")
        .isFalse();
  }

  @Test
  void saysWhichCredentialANewCodeWouldRevokeBeforeItDoes() {
    assertThat(enrolment.wouldRevoke(TestRegion.REGION, TestRegion.LOCATION, "zuil-1")).isEmpty();
    Device first = enrolment.enrol(code(Duration.ofHours(1)).code()).orElseThrow().device();

    IssuedCode again = code(Duration.ofHours(1));
    assertThat(enrolment.wouldRevoke(TestRegion.REGION, TestRegion.LOCATION, "zuil-1"))
        .extracting(ActiveDevice::deviceId)
        .containsExactly(first.id());

    Device second = enrolment.enrol(again.code()).orElseThrow().device();
    assertThat(enrolment.wouldRevoke(TestRegion.REGION, TestRegion.LOCATION, "zuil-1"))
        .extracting(ActiveDevice::deviceId)
        .containsExactly(second.id());
  }

  private IssuedCode code(Duration validity) {
    return enrolment.createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-1", validity);
  }
}
