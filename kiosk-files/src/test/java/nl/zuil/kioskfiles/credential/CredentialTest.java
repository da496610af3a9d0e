package nl.zuil.kioskfiles.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.zuil.kioskfiles.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialTest {

  @TempDir Path dir;

  @Test
  void readsBackWhatWasWrittenForTheAgentsUserOnly() throws IOException {
    Path file = dir.resolve("credential.json");

    new Credential("d-7f3a", "s3cr3t-credential", "hengelo-bibliotheek", "zuil-1").write(file);

    Credential read = Credential.read(file);
    assertThat(read.deviceId()).isEqualTo("d-7f3a");
    assertThat(read.authorization()).isEqualTo("Bearer s3cr3t-credential");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  /** The agent's own --enrol wrote one line; the provisioning tool's enrol wrote it indented. */
  @ParameterizedTest
  @ValueSource(strings = {"credential.json", "credential-enrol.json"})
  void readsTheFileAsBothEnrolmentsHaveWrittenIt(String golden) throws IOException {
    Credential read = Credential.read(Golden.path(golden));

    assertThat(read.kioskCode()).isEqualTo("zuil-1");
    assertThat(read.locationCode()).isEqualTo("hengelo-bibliotheek");
    assertThat(read.authorization()).isEqualTo("Bearer s3cr3t-credential");
  }

  @Test
  void writesTheSameBytesAsTheAgentDidBefore() throws IOException {
    Path file = dir.resolve("credential.json");

    new Credential("d-7f3a", "s3cr3t-credential", "hengelo-bibliotheek", "zuil-1").write(file);

    assertThat(file).hasSameTextualContentAs(Golden.path("credential.json"));
  }

  @Test
  void aBrokenFileIsNamedButTheSecretNeverShows() throws IOException {
    Path file = dir.resolve("credential.json");
    Files.writeString(
        file, "{\"deviceId\": \"d-1\", \"credential\": \"s3cr3t\", \"kioskCode\": 7}");

    assertThatThrownBy(() -> Credential.read(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("locationCode")
        .hasMessageContaining("kioskCode")
        .hasMessageNotContaining("s3cr3t");
    assertThat(new Credential("d-1", "s3cr3t", "loc", "k").toString()).doesNotContain("s3cr3t");
  }
}
