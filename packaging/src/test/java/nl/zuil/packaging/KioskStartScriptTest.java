package nl.zuil.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package's start script picks the kiosk's class archive (decision 0017): it records one at the
 * first start, takes it into use once the JVM accepts it, and never hands the JVM an archive that
 * is cut short (the JVM crashes on one) or belongs to other jars. A stand-in for java writes down
 * how it was called; the lifecycle test runs the real JVM under the real package.
 */
class KioskStartScriptTest {

  private static final Path SCRIPT = Path.of("src/deb/kiosk/bin/zuil-kiosk");

  @TempDir Path dir;
  Path lib;
  Path cache;
  Path calls;
  Path java;

  @BeforeEach
  void fakeJava() throws IOException {
    lib = Files.createDirectories(dir.resolve("lib"));
    Files.writeString(lib.resolve("kiosk-app.jar"), "classes");
    cache = Files.createDirectories(dir.resolve("cache"));
    calls = dir.resolve("calls");
    // Accepts an archive only when told to; "dumps" one where -XX:ArchiveClassesAtExit says.
    java =
        Files.writeString(
            dir.resolve("java"),
            """
            #!/bin/sh
            echo "$*" >>"$CALLS"
            case "$*" in
              *-Xshare:on*) [ "$ACCEPTS" = yes ]; exit $? ;;
            esac
            for arg; do
              case "$arg" in -XX:ArchiveClassesAtExit=*) printf 'archive' >"${arg#*=}" ;; esac
            done
            """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void theFirstStartRecordsTheArchiveForTheNextStart() throws Exception {
    String call = start(true);

    assertThat(call)
        .contains("-XX:ArchiveClassesAtExit=" + cache + "/kiosk-")
        .contains("-Djavafx.cachedir=" + cache)
        .endsWith("nl.zuil.kiosk.KioskMain --config /etc/zuil/kiosk.json");
    assertThat(archives()).singleElement().asString().endsWith(".jsa.new");
  }

  @Test
  void theNextStartMapsTheArchiveOnceTheJvmAcceptsIt() throws Exception {
    start(true);

    String call = start(true);

    assertThat(archives()).singleElement().asString().endsWith("-7.jsa");
    assertThat(call).contains("-XX:SharedArchiveFile=" + archives().get(0));
  }

  @Test
  void anArchiveTheJvmRefusesIsDroppedAndRecordedAgain() throws Exception {
    start(true);

    String call = start(false);

    assertThat(call).contains("-XX:ArchiveClassesAtExit=");
    assertThat(archives()).singleElement().asString().endsWith(".jsa.new");
  }

  @Test
  void anArchiveCutShortIsNeverHandedToTheJvm() throws Exception {
    start(true);
    start(true);
    Files.writeString(archives().get(0), "arch");

    String call = start(true);

    assertThat(call).doesNotContain("SharedArchiveFile").contains("-XX:ArchiveClassesAtExit=");
    assertThat(archives()).singleElement().asString().endsWith(".jsa.new");
  }

  @Test
  void aChangedJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
    start(true);
    start(true);
    Path old = archives().get(0);
    Files.writeString(lib.resolve("kiosk-app.jar"), "classes of the next version");

    String call = start(true);

    assertThat(call).doesNotContain("SharedArchiveFile").contains("-XX:ArchiveClassesAtExit=");
    assertThat(old).doesNotExist();
  }

  /** Runs the script; returns how it started the kiosk's JVM (the last call of java). */
  private String start(boolean jvmAccepts) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("sh", SCRIPT.toString(), "--config", "/etc/zuil/kiosk.json")
            .redirectErrorStream(true);
    builder.environment().put("ZUIL_KIOSK_JAVA", java.toString());
    builder.environment().put("ZUIL_KIOSK_CLASSPATH", lib + "/*");
    builder.environment().put("ZUIL_KIOSK_CACHE", cache.toString());
    builder.environment().put("CALLS", calls.toString());
    builder.environment().put("ACCEPTS", jvmAccepts ? "yes" : "no");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> lines = Files.readAllLines(calls);
    return lines.get(lines.size() - 1);
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.getFileName().toString().startsWith("kiosk-")).sorted().toList();
    }
  }
}
