package nl.zuil.provisioning.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerFacts;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.ledger.LedgerProblem.Kind;

/**
 * Puts a verified backup in the ledger's place. The current ledger (with its WAL, which may hold
 * the last visits) is moved aside under a dated name and never deleted; the restored copy has its
 * revisions lifted past anything the lost copy delivered (decision 0205), or the region would
 * ignore its changes. Whatever fails midway, the ledger folder ends as it was.
 */
public final class LedgerRestore {

  /** The restored file's mode: the agent in the ledger group needs the -shm file (0801). */
  public static final Mode LEDGER_MODE = new Mode(0660);

  private static final DateTimeFormatter ASIDE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Europe/Amsterdam"));
  private static final List<String> COMPANIONS = List.of("-wal", "-shm");

  /**
   * What a restore did.
   *
   * @param aside where the replaced ledger was moved; empty when there was none
   * @param backupRevision the backup's latest revision, before lifting
   * @param revision the restored ledger's revision counter now
   * @param changed false when this backup was already restored and nothing happened since
   */
  public record Outcome(
      boolean changed, Optional<Path> aside, long visits, long backupRevision, long revision) {}

  private LedgerRestore() {}

  /**
   * @param owner applies the kiosk's owner to the restored file, or does nothing off the kiosk
   */
  public static Outcome restore(
      Path backup,
      Path ledger,
      Catalogue catalogue,
      KioskIdentity kiosk,
      Clock clock,
      OwnerSetter owner)
      throws LedgerProblem, IOException {
    LedgerFacts backupFacts = verify(backup);
    String backupHash = sha256(backup);
    Path marker = marker(ledger);
    Optional<Restored> earlier = restoredBefore(marker, backupHash);
    if (earlier.isPresent() && unchangedSince(ledger, earlier.get())) {
      return new Outcome(
          false,
          Optional.empty(),
          backupFacts.storedVisits(),
          backupFacts.latestRevision(),
          earlier.get().revision());
    }
    refuseWhileOpen(ledger);

    Deque<Runnable> undo = new ArrayDeque<>();
    Path copy = ledger.resolveSibling("." + ledger.getFileName() + "." + UUID.randomUUID());
    try {
      Files.copy(backup, copy);
      undo.push(() -> deleteQuietly(copy));
      Files.setAttribute(copy, "unix:mode", LEDGER_MODE.bits());
      owner.apply(copy);
      Optional<Path> aside = moveAside(ledger, clock, undo);
      Files.move(copy, ledger, StandardCopyOption.ATOMIC_MOVE);
      undo.push(() -> deleteWithCompanions(ledger));
      long revision;
      try (Ledger opened = Ledger.open(ledger, catalogue, kiosk, clock)) {
        opened.aggregator().continueAfterRestore();
        revision = opened.facts().latestRevision();
      } catch (LedgerOpenException e) {
        throw new LedgerProblem(Kind.BACKUP_UNUSABLE, e.getMessage());
      }
      // Closed by its last connection, the ledger is one checkpointed file: its hash says later
      // whether anything has happened to it since.
      writeMarker(marker, new Restored(backupHash, sha256(ledger), revision));
      return new Outcome(
          true, aside, backupFacts.storedVisits(), backupFacts.latestRevision(), revision);
    } catch (LedgerProblem | IOException | RuntimeException e) {
      while (!undo.isEmpty()) {
        try {
          undo.pop().run();
        } catch (RuntimeException notUndone) {
          e.addSuppressed(notUndone);
        }
      }
      throw e;
    }
  }

  /**
   * Checks a backup as a whole: every page ({@code integrity_check}), and that it is a Zuil ledger
   * this version can read.
   */
  public static LedgerFacts verify(Path backup) throws LedgerProblem {
    if (!Files.isRegularFile(backup)) {
      throw new LedgerProblem(Kind.BACKUP_UNUSABLE, "no backup file at " + backup);
    }
    try {
      List<String> findings = LedgerFile.integrityCheck(backup, true);
      if (!findings.equals(List.of("ok"))) {
        throw new LedgerProblem(
            Kind.BACKUP_UNUSABLE,
            backup
                + " is damaged: "
                + String.join("; ", findings.subList(0, Math.min(3, findings.size()))));
      }
    } catch (SQLException e) {
      throw new LedgerProblem(
          Kind.BACKUP_UNUSABLE, backup + " is not a readable database: " + e.getMessage());
    }
    try (LedgerReader reader = LedgerReader.open(backup)) {
      return reader.facts();
    } catch (LedgerOpenException e) {
      throw new LedgerProblem(Kind.BACKUP_UNUSABLE, e.getMessage());
    }
  }

  /** Refuses while the kiosk or the agent has the ledger open: they would keep the old file. */
  public static void refuseWhileOpen(Path ledger) throws LedgerProblem {
    try {
      if (LedgerFile.inUse(ledger)) {
        throw new LedgerProblem(
            Kind.IN_USE,
            "the ledger "
                + ledger
                + " is open in another process (the kiosk or the sync agent). Stop both first:"
                + " systemctl stop zuil-kiosk.service zuil-sync-agent.service");
      }
    } catch (SQLException e) {
      // A ledger too damaged to lock is not being written by a kiosk: the kiosk refuses it.
    }
  }

  private static Optional<Path> moveAside(Path ledger, Clock clock, Deque<Runnable> undo)
      throws IOException {
    if (!Files.exists(ledger, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String stamp = ASIDE_STAMP.format(clock.instant());
    Path aside = ledger.resolveSibling(ledger.getFileName() + ".before-restore-" + stamp);
    for (int n = 2; Files.exists(aside); n++) {
      aside = ledger.resolveSibling(ledger.getFileName() + ".before-restore-" + stamp + "-" + n);
    }
    // The WAL keeps its name beside the main file, so the moved-aside ledger still opens whole.
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path from = ledger.resolveSibling(ledger.getFileName() + suffix);
      Path to = aside.resolveSibling(aside.getFileName() + suffix);
      if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        undo.push(() -> moveBack(to, from));
      }
    }
    return Optional.of(aside);
  }

  /** What a restore leaves in its marker beside the ledger. */
  /** The marker beside a restored ledger: which backup, what the ledger was, its revision. */
  record Restored(String backupSha256, String ledgerSha256, long revision) {}

  /**
   * True when the ledger is byte for byte what the restore left, with nothing in a WAL: the kiosk
   * has not written to it since. Reads no database, so it leaves no -wal or -shm file behind.
   */
  private static boolean unchangedSince(Path ledger, Restored earlier) throws IOException {
    Path wal = ledger.resolveSibling(ledger.getFileName() + "-wal");
    return Files.isRegularFile(ledger)
        && (!Files.exists(wal) || Files.size(wal) == 0)
        && sha256(ledger).equals(earlier.ledgerSha256());
  }

  private static Path marker(Path ledger) {
    return ledger.resolveSibling(ledger.getFileName() + ".restored.json");
  }

  /** What the marker says about an earlier restore of this backup, if it was this backup. */
  private static Optional<Restored> restoredBefore(Path marker, String backupHash) {
    try {
      Restored earlier =
          StrictJson.read(Files.readString(marker, StandardCharsets.UTF_8), Restored.class);
      return earlier.backupSha256().equals(backupHash) ? Optional.of(earlier) : Optional.empty();
    } catch (IOException | StrictJsonException e) {
      // No marker, or an unreadable one: this restore is not a repeat.
      return Optional.empty();
    }
  }

  private static void writeMarker(Path marker, Restored restored) throws IOException {
    String json = StrictJson.compact(restored);
    Path temporary = marker.resolveSibling("." + marker.getFileName() + "." + UUID.randomUUID());
    try {
      Files.writeString(temporary, json + "\n", StandardCharsets.UTF_8);
      Files.move(
          temporary, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void moveBack(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not move " + from + " back to " + to + ": " + e.getMessage(), e);
    }
  }

  private static void deleteWithCompanions(Path ledger) {
    deleteQuietly(ledger);
    for (String suffix : COMPANIONS) {
      deleteQuietly(ledger.resolveSibling(ledger.getFileName() + suffix));
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new IllegalStateException("could not remove " + file + ": " + e.getMessage(), e);
    }
  }

  /** Gives a restored file the kiosk's owner, where owners are real. */
  public interface OwnerSetter {
    void apply(Path file) throws IOException;
  }
}
