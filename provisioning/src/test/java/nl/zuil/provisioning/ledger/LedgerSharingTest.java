package nl.zuil.provisioning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.zuil.ledger.LedgerReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0801 as far as a test without root can show it: a kiosk process started with the kiosk
 * unit's umask (0007) in the folder init makes (2770) leaves the ledger and its -wal and -shm files
 * group read-write (what a second user in the ledger group needs to read a WAL database), and a
 * reader in another process reads along while it writes and after it stopped. The same two-user
 * setup with real users is in the decision record.
 */
class LedgerSharingTest {

  private static final int VISITS = 30;

  @TempDir Path root;

  @Test
  void theAgentReadsWhileTheKioskWritesAndAfterItStopped() throws Exception {
    Path folder = Files.createDirectories(root.resolve("var/lib/zuil"));
    Files.setAttribute(folder, "unix:mode", 02770);
    Path ledger = folder.resolve("ledger.db");
    Process kiosk =
        new ProcessBuilder(
                "sh",
                "-c",
                "umask 0007 && exec \"$0\" -cp \"$1\" "
                    + KioskWriterProcess.class.getName()
                    + " \"$2\" "
                    + VISITS
                    + " 40",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"),
                ledger.toString())
            .redirectErrorStream(true)
            .start();
    List<Long> seenWhileWriting = new ArrayList<>();
    List<String> modesWhileWriting = new ArrayList<>();
    try (BufferedReader written =
        new BufferedReader(new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = written.readLine(); line != null; line = written.readLine()) {
        if (!line.startsWith("written ")) {
          continue;
        }
        try (LedgerReader reader = LedgerReader.open(ledger)) {
          seenWhileWriting.add(reader.facts().storedVisits());
        }
        if (modesWhileWriting.isEmpty()) {
          modesWhileWriting.add(modes(ledger));
        }
      }
    }
    assertThat(kiosk.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(kiosk.exitValue()).isZero();

    assertThat(modesWhileWriting).containsExactly("db 660, wal 660, shm 660");
    assertThat(seenWhileWriting).hasSize(VISITS).isSorted();
    assertThat(seenWhileWriting.get(VISITS - 1)).isEqualTo(VISITS);
    try (LedgerReader afterwards = LedgerReader.open(ledger)) {
      assertThat(afterwards.facts().storedVisits()).isEqualTo(VISITS);
    }
    assertThat(mode(ledger)).isEqualTo("660");
  }

  private static String modes(Path ledger) throws Exception {
    return "db "
        + mode(ledger)
        + ", wal "
        + mode(ledger.resolveSibling("ledger.db-wal"))
        + ", shm "
        + mode(ledger.resolveSibling("ledger.db-shm"));
  }

  private static String mode(Path file) throws Exception {
    return Integer.toOctalString(((Integer) Files.getAttribute(file, "unix:mode")) & 07777);
  }
}
