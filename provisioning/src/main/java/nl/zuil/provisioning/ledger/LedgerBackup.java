package nl.zuil.provisioning.ledger;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.UUID;
import nl.zuil.ledger.LedgerFacts;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.ledger.LedgerProblem.Kind;

/**
 * Copies the live ledger to a backup file and proves the copy sound before it gets its name: a
 * backup that exists under its name is complete and passed {@code integrity_check}.
 */
public final class LedgerBackup {

  /** Backups hold single visits: readable by root only. */
  public static final Mode BACKUP_MODE = Mode.PRIVATE;

  private LedgerBackup() {}

  /**
   * @param replace overwrite an existing backup; without it an existing file is refused untouched
   * @return what the verified copy holds
   */
  public static LedgerFacts backup(Path ledger, Path target, boolean replace)
      throws LedgerProblem, IOException {
    if (!Files.isRegularFile(ledger)) {
      throw new LedgerProblem(
          Kind.NO_LEDGER,
          "there is no ledger at " + ledger + " yet: the kiosk creates it at its first start");
    }
    if (target.toString().contains("\"")) {
      throw new IOException("a backup file name cannot contain a double quote: " + target);
    }
    Path folder = target.toAbsolutePath().getParent();
    Path partial =
        folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
    try {
      try {
        LedgerFile.backup(ledger, partial);
      } catch (SQLException e) {
        throw new LedgerProblem(
            Kind.LEDGER_UNUSABLE,
            "cannot copy the ledger "
                + ledger
                + ", it is damaged or unreadable: "
                + e.getMessage());
      }
      Files.setAttribute(partial, "unix:mode", BACKUP_MODE.bits());
      LedgerFacts facts = LedgerRestore.verify(partial);
      move(partial, target, replace);
      return facts;
    } catch (LedgerProblem e) {
      if (e.kind() == Kind.BACKUP_UNUSABLE) {
        throw new LedgerProblem(
            Kind.LEDGER_UNUSABLE,
            "the copy of "
                + ledger
                + " failed its check, so the ledger itself is damaged: "
                + e.getMessage());
      }
      throw e;
    } finally {
      Files.deleteIfExists(partial);
      Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + "-journal"));
    }
  }

  private static void move(Path partial, Path target, boolean replace) throws IOException {
    if (replace) {
      try {
        Files.move(
            partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } else {
      Files.move(partial, target);
    }
  }
}
