package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.provisioning.FileTree;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Region;
import nl.zuil.provisioning.Tool;
import nl.zuil.provisioning.ledger.LedgerFile;
import nl.zuil.sync.SyncAgent;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path root;
  @TempDir Path backups;
  @TempDir Path backendDir;
  private KioskRoot kiosk;
  private TestClock clock;

  @BeforeAll
  static void certificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void kiosk() {
    kiosk = KioskRoot.at(root).initialised();
    clock = TestClock.at("2026-11-23T09:00");
  }

  @Test
  void backsUpWhileTheKioskKeepsWritingAndTheCopyPassesTheIntegrityCheck() throws Exception {
    Path backup = backups.resolve("ledger-1.db");
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger written = new AtomicInteger();
    Tool.Run run;
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 20);
      Thread kioskThread =
          new Thread(
              () -> {
                while (writing.get()) {
                  KioskRoot.visits(ledger, clock, 1);
                  written.incrementAndGet();
                }
              });
      kioskThread.start();
      run = Tool.run("backup", root, "--to", backup.toString());
      writing.set(false);
      kioskThread.join();
    }

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("integrity_check ok");
    assertThat(LedgerFile.integrityCheck(backup, true)).containsExactly("ok");
    try (LedgerReader copy = LedgerReader.open(backup)) {
      assertThat(copy.facts().storedVisits()).isBetween(20L, 20L + written.get());
    }
    assertThat(Files.getAttribute(backup, "unix:mode")).isEqualTo(0100600);
    assertThat(siblings(backup)).containsExactly("ledger-1.db");
  }

  @Test
  void neverOverwritesABackupWithoutForce() throws Exception {
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 3);
    }
    Path backup = backups.resolve("ledger.db");
    Files.writeString(backup, "an older backup");

    Tool.Run refused = Tool.run("backup", root, "--to", backup.toString());
    String untouched = Files.readString(backup);
    Tool.Run forced = Tool.run("backup", root, "--to", backup.toString(), "--force");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("exists; nothing was written. Use --force");
    assertThat(untouched).isEqualTo("an older backup");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(LedgerFile.integrityCheck(backup, true)).containsExactly("ok");
  }

  @Test
  void aDamagedLedgerGivesNoBackupAtAll() throws Exception {
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 200);
    }
    damage(kiosk.path("/var/lib/zuil/ledger.db"));
    Path backup = backups.resolve("ledger.db");

    Tool.Run run = Tool.run("backup", root, "--to", backup.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("damaged");
    assertThat(siblings(backup)).isEmpty();
  }

  @Test
  void restoreIsRefusedWhileTheLedgerIsOpenAndChangesNothing() throws Exception {
    Path backup = backups.resolve("ledger.db");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 3);
      assertThat(Tool.run("backup", root, "--to", backup.toString()).exitCode()).isZero();
      Map<String, String> before = FileTree.snapshot(root);

      Tool.Run run = Tool.run("restore", root, "--from", backup.toString());

      assertThat(run.exitCode()).isEqualTo(4);
      assertThat(run.err())
          .contains("is open in another process (the kiosk or the sync agent)")
          .contains("systemctl stop zuil-kiosk.service zuil-sync-agent.service");
      assertThat(FileTree.snapshot(root)).isEqualTo(before);
    }
  }

  @Test
  void restoreIsRefusedWhileSystemdRunsTheKiosk() throws Exception {
    Path backup = backups.resolve("ledger.db");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 3);
    }
    assertThat(Tool.run("backup", root, "--to", backup.toString()).exitCode()).isZero();
    kiosk.systemd("active");
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("restore", root, "--from", backup.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("zuil-kiosk.service is running; nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aDamagedBackupIsRefusedAndTheLedgerStaysAsItWas() throws Exception {
    Path backup = backups.resolve("ledger.db");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 200);
    }
    assertThat(Tool.run("backup", root, "--to", backup.toString()).exitCode()).isZero();
    damage(backup);
    Path notALedger = backups.resolve("notes.db");
    Files.writeString(notALedger, "not a database at all, just some text of some length ....");
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run damaged = Tool.run("restore", root, "--from", backup.toString());
    Tool.Run foreign = Tool.run("restore", root, "--from", notALedger.toString());

    assertThat(damaged.exitCode()).isEqualTo(4);
    assertThat(damaged.err()).contains(backup.toString()).contains("nothing was changed");
    assertThat(foreign.exitCode()).isEqualTo(4);
    assertThat(foreign.err()).contains("not a readable database");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  /**
   * The whole story of decision 0205 with the real backend and agent: a backup, a lost ledger, a
   * restore; the region then takes the restored ledger's new changes.
   */
  @Test
  void afterARestoreTheRegionTakesTheRestoredLedgersNewChanges() throws Exception {
    Path backup = backups.resolve("ledger.db");
    Path ledgerFile = kiosk.path("/var/lib/zuil/ledger.db");
    try (Region region = Region.start(backendDir, certificate)) {
      kiosk.enrolled(region);
      try (Ledger ledger = kiosk.openLedger(clock)) {
        KioskRoot.visits(ledger, clock, 5);
        assertThat(Tool.run("backup", root, "--to", backup.toString()).exitCode()).isZero();
        KioskRoot.visits(ledger, clock, 3);
      }
      syncOnce();
      assertThat(region.visits(Region.KIOSK)).isEqualTo(8);
      long deliveredBefore = region.highestRevision(Region.KIOSK);
      damage(ledgerFile);

      Tool.Run restore = Tool.run("restore", root, "--from", backup.toString());

      assertThat(restore.exitCode()).as(restore.toString()).isZero();
      assertThat(restore.out())
          .contains("restored " + ledgerFile + " from " + backup + ": 5 visits")
          .contains("the previous ledger is kept at " + ledgerFile + ".before-restore-")
          .contains("revisions continue from")
          .contains(
              "systemctl start zuil-kiosk.service && systemctl restart zuil-sync-agent.service");
      assertThat(siblings(ledgerFile))
          .anyMatch(name -> name.startsWith("ledger.db.before-restore-"));
      try (LedgerReader restored = LedgerReader.open(ledgerFile)) {
        assertThat(restored.facts().latestRevision()).isGreaterThan(1L << 40);
      }
      assertThat(Files.getAttribute(ledgerFile, "unix:mode")).isEqualTo(0100660);

      try (Ledger ledger = kiosk.openLedger(clock)) {
        KioskRoot.visits(ledger, clock, 2);
      }
      syncOnce();
      assertThat(deliveredBefore).isLessThan(1L << 40);
      assertThat(region.highestRevision(Region.KIOSK)).isGreaterThan(1L << 40);
      assertThat(region.visits(Region.KIOSK)).isEqualTo(7);
    }
  }

  @Test
  void restoringTheSameBackupTwiceInARowChangesNothingTheSecondTime() throws Exception {
    Path backup = backups.resolve("ledger.db");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 4);
    }
    assertThat(Tool.run("backup", root, "--to", backup.toString()).exitCode()).isZero();
    assertThat(Tool.run("restore", root, "--from", backup.toString()).exitCode()).isZero();
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run again = Tool.run("restore", root, "--from", backup.toString());

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("nothing changed").contains("already restored from");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  private void syncOnce() throws Exception {
    try (SyncAgent agent =
        SyncAgent.open(AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json")), clock)) {
      agent.attempt();
    }
  }

  /** Overwrites pages in the middle of a database file, as a failing disk might. */
  private static void damage(Path file) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      assertThat(length).as("a file big enough to damage in the middle").isGreaterThan(3 * 4096);
      raf.seek(length / 2 - 4096);
      raf.write(new byte[8192]);
      raf.seek(4096 + 100);
      raf.write("garbage".repeat(50).getBytes());
    }
  }

  private static List<String> siblings(Path file) throws Exception {
    try (Stream<Path> files = Files.list(file.getParent())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
