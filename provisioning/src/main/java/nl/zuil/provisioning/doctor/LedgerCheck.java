package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.ledger.LedgerFacts;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.provisioning.ledger.LedgerFile;

/**
 * The ledger read as the agent reads it, then checked page by page; and the modes that let the
 * agent, a second user, read it while the kiosk writes (decision 0801).
 */
final class LedgerCheck implements Check {

  static final String NAME = "ledger";
  private static final int FOLDER_MODE = 02770;
  private static final int FILE_MODE = 0660;

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.kiosk().present()) {
      return List.of(
          Finding.fail(NAME, "cannot check: the kiosk config is missing or invalid", "See above"));
    }
    KioskConfig config = context.kiosk().get();
    Path ledger = config.ledgerPath();
    if (!Files.exists(ledger)) {
      return List.of(
          Finding.warn(
              NAME,
              "no ledger at " + ledger + " yet",
              "The kiosk creates it when it starts: start it (systemctl start zuil-kiosk.service)"));
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(integrity(ledger));
    findings.add(access(ledger));
    return findings;
  }

  private static Finding integrity(Path ledger) {
    String restore =
        "Stop the kiosk and the agent, then: zuil-provision restore --from <latest backup>"
            + " (the damaged file is kept aside)";
    LedgerFacts facts;
    try (LedgerReader reader = LedgerReader.open(ledger)) {
      facts = reader.facts();
    } catch (LedgerOpenException e) {
      return switch (e.problem()) {
        case CORRUPT, NOT_A_LEDGER -> Finding.fail(NAME, e.getMessage(), restore);
        case TOO_NEW -> Finding.fail(NAME, e.getMessage(), "Install the newer Zuil again");
        case UNAVAILABLE -> Finding.warn(NAME, e.getMessage(), "Start the kiosk once");
      };
    } catch (RuntimeException e) {
      return Finding.fail(NAME, ledger + " cannot be read: " + e.getMessage(), restore);
    }
    try {
      List<String> findings = LedgerFile.integrityCheck(ledger, true);
      if (!findings.equals(List.of("ok"))) {
        return Finding.fail(
            NAME,
            ledger
                + " is damaged: "
                + String.join("; ", findings.subList(0, Math.min(3, findings.size()))),
            restore);
      }
    } catch (SQLException e) {
      return Finding.fail(NAME, ledger + " cannot be checked: " + e.getMessage(), restore);
    }
    return Finding.ok(
        NAME,
        "sound (integrity_check ok), "
            + facts.storedVisits()
            + " visits stored, revision "
            + facts.latestRevision());
  }

  /**
   * The modes the agent, a second user in the ledger group, needs: the folder 2770 and the ledger
   * 0660 (its -shm file inherits the ledger's mode), and the kiosk's printer status readable.
   */
  private static Finding access(Path ledger) {
    Path folder = ledger.getParent();
    Path printerStatus = folder.resolve("printer.json");
    List<String> wrong = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    try {
      if (mode(folder) != FOLDER_MODE) {
        wrong.add(String.format("folder %s is %04o", folder, mode(folder)));
        fixes.add("chmod 2770 " + folder);
      }
      if (mode(ledger) != FILE_MODE) {
        wrong.add(String.format("the ledger is %04o", mode(ledger)));
        fixes.add("chmod 0660 " + ledger);
      }
      if (Files.exists(printerStatus) && (mode(printerStatus) & 0040) == 0) {
        wrong.add(String.format("printer.json is %04o", mode(printerStatus)));
        fixes.add("chmod 0640 " + printerStatus + " (the kiosk writes it again on a change)");
      }
    } catch (IOException e) {
      return Finding.warn("ledger access", "cannot read the modes: " + e.getMessage(), "");
    }
    if (!wrong.isEmpty()) {
      return Finding.warn(
          "ledger access",
          String.join(", ", wrong) + ": the sync agent's group cannot read everything it needs",
          String.join("; ", fixes));
    }
    return Finding.ok("ledger access", "the sync agent's group can read the ledger (2770/0660)");
  }

  private static int mode(Path path) throws IOException {
    return ((Integer) Files.getAttribute(path, "unix:mode")) & 07777;
  }
}
