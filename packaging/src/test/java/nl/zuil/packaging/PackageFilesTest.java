package nl.zuil.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.GZIPInputStream;
import nl.zuil.ledger.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageFilesTest {

  private static final LocalDateTime BUILT = LocalDateTime.of(2026, 12, 7, 6, 30, 0);

  @TempDir Path out;

  @Test
  void aSnapshotSortsBeforeItsReleaseAndAfterEarlierBuilds() {
    assertThat(PackageFiles.debianVersion("0.1.0-SNAPSHOT", BUILT))
        .isEqualTo("0.1.0~20261207063000");
    assertThat(PackageFiles.debianVersion("0.1.0", BUILT)).isEqualTo("0.1.0");
  }

  @Test
  void theUnitsStartTheJarsWherePackagesPutThem() throws Exception {
    write();

    assertThat(Files.readString(out.resolve("kiosk/units/zuil-kiosk.service")))
        .startsWith("# Installed by the zuil-kiosk package")
        .contains("ExecStart=/usr/bin/cage -- /usr/bin/zuil-kiosk --config /etc/zuil/kiosk.json");
    assertThat(Files.readString(out.resolve("kiosk/bin/zuil-kiosk")))
        .contains("CLASS_PATH=${ZUIL_KIOSK_CLASSPATH:-/usr/share/zuil-kiosk/lib/*}")
        .contains("CACHE=${ZUIL_KIOSK_CACHE:-/var/cache/zuil-kiosk}");
    assertThat(Files.readString(out.resolve("agent/units/zuil-sync-agent.service")))
        .contains("ExecStart=/usr/bin/java -cp /usr/share/zuil-agent/lib/* ");
    assertThat(out.resolve("kiosk/etc/pam.d/zuil-kiosk")).exists();
    assertThat(out.resolve("kiosk/etc/logrotate.d/zuil")).exists();
    assertThat(out.resolve("kiosk/etc/systemd")).doesNotExist();
  }

  @Test
  void theKioskRefusesLedgersNewerThanItsOwnMigrations() throws Exception {
    write();

    assertThat(Files.readString(out.resolve("kiosk/control/preinst")))
        .contains("KNOWN=" + Migrations.bundled().latestVersion() + "\n")
        .doesNotContain("@");
    assertThat(Files.readString(out.resolve("kiosk/control/control")))
        .contains("Version: 0.1.0~20261207063000\n");
  }

  @Test
  void theChangelogIsGzippedAtMaximumAndNamesTheVersion() throws Exception {
    write();

    byte[] gz = Files.readAllBytes(out.resolve("agent/doc/changelog.gz"));
    assertThat(gz[8]).as("gzip XFL: maximum compression").isEqualTo((byte) 2);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .startsWith("zuil-agent (0.1.0~20261207063000) stable; urgency=medium");
    }
  }

  private void write() throws Exception {
    new PackageFiles(Path.of("src/deb"), out, "0.1.0~20261207063000", BUILT).writeAll();
  }
}
