package nl.zuil.kioskfiles.slipkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlipKeyFileTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @TempDir Path dir;

  @Test
  void readsBackWhatTheAgentWroteBesideTheCatalogue() throws IOException {
    SlipKeyFile file = SlipKeyFile.besideCatalogue(dir.resolve("catalogue.json"));
    SlipKeySettings settings =
        new SlipKeySettings("hengelo-bibliotheek", KEY, "https://regio.example");

    file.write(settings);

    assertThat(file.file()).isEqualTo(dir.resolve("slip-key.json"));
    assertThat(file.read()).contains(settings);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .isEqualTo("rw-r-----");
  }

  @Test
  void noFileYetIsNoKey() throws IOException {
    assertThat(new SlipKeyFile(dir.resolve("slip-key.json")).read()).isEmpty();
  }

  @Test
  void aDamagedFileIsAnErrorNamingIt() throws IOException {
    Path path = dir.resolve("slip-key.json");
    Files.writeString(
        path, "{\"locationCode\":\"a\",\"key\":\"c2hvcnQ=\",\"confirmUrl\":\"https://x\"}");

    assertThatThrownBy(() -> new SlipKeyFile(path).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(path.toString())
        .hasMessageContaining("32 bytes");
  }
}
