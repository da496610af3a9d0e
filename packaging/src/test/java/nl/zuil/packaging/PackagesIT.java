package nl.zuil.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.zuil.testsupport.RequiredTool;
import org.junit.jupiter.api.Test;

/**
 * The packages the build made (target/debs), checked as Debian checks packages and then installed
 * for real on a throw-away copy of this machine (src/test/scripts/kiosk-lifecycle).
 */
class PackagesIT {

  private static final Path TARGET = Path.of("target");
  private static final Path DEBS = TARGET.resolve("debs");

  @Test
  void lintianFindsNoErrors() throws Exception {
    RequiredTool.find("lintian", "lintian");
    List<String> command = new ArrayList<>(List.of("lintian", "--tag-display-limit", "0"));
    command.addAll(debs());
    Result lintian = run(command, TARGET.resolve("lintian.log"), 5);

    assertThat(lintian.output().lines().filter(line -> line.startsWith("E: ")))
        .as(lintian.output())
        .isEmpty();
  }

  @Test
  void aKioskInstallsUpdatesGoesBackAndPurgesWithItsLedgerIntact() throws Exception {
    for (String[] tool :
        new String[][] {
          {"dpkg-deb", "dpkg"},
          {"apt-ftparchive", "apt-utils"},
          {"gpg", "gnupg"},
          {"unshare", "util-linux"},
          {"Xvfb", "xvfb"},
          {"xdotool", "xdotool"},
          {"jq", "jq"},
          {"sqlite3", "sqlite3"},
          {"curl", "curl"},
          {"cage", "cage"},
        }) {
      RequiredTool.find(tool[0], tool[1]);
    }
    assertThat(new com.sun.security.auth.module.UnixSystem().getUid())
        .as("installing packages needs root: run ./zuil test as root (CI does)")
        .isZero();

    Result lifecycle =
        run(
            List.of(
                "src/test/scripts/kiosk-lifecycle",
                DEBS.toString(),
                TARGET.resolve("lifecycle").toString()),
            TARGET.resolve("kiosk-lifecycle.log"),
            12);

    assertThat(lifecycle.exitCode()).as(lifecycle.output()).isZero();
    assertThat(lifecycle.output()).contains("kiosk lifecycle: OK");
  }

  private static List<String> debs() throws IOException {
    try (Stream<Path> files = Files.list(DEBS)) {
      List<String> debs =
          files.filter(p -> p.toString().endsWith(".deb")).map(Path::toString).sorted().toList();
      assertThat(debs).hasSize(4);
      return debs;
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command, Path log, int minutes) throws Exception {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command)
              + " took over "
              + minutes
              + " minutes:\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
