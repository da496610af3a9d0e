package nl.zuil.provisioning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.ledger.LedgerFacts;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.ledger.LedgerBackup;
import nl.zuil.provisioning.ledger.LedgerProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Backs the ledger up while the kiosk runs, and proves the copy sound. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the kiosk's ledger with SQLite's online backup (the kiosk keeps running), check the"
          + " copy with integrity_check, and only then give it its name. An existing backup is"
          + " never overwritten without --force."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written and verified",
      "1:unexpected failure; no backup file was left",
      "2:wrong options, no kiosk config, or the backup file exists (use --force)",
      "4:no ledger yet, or the ledger is damaged (its copy failed the check)"
    })
public final class BackupCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file")
  private Path target;

  @Option(names = "--force", description = "Replace an existing backup file")
  private boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KioskConfig kiosk;
    try {
      kiosk = KioskConfigFile.load(root.layout().path(Layout.KIOSK_CONFIG), KioskProfiles.SCREENS);
    } catch (KioskConfigException e) {
      err.println("backup: " + e.getMessage().replace("\n", "\n  "));
      return ExitCodes.USAGE;
    }
    if (Files.exists(target) && !force) {
      err.println("backup: " + target + " exists; nothing was written. Use --force to replace it");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
      err.println("backup: there is no folder " + target.toAbsolutePath().getParent());
      return ExitCodes.USAGE;
    }
    try {
      LedgerFacts facts = LedgerBackup.backup(kiosk.ledgerPath(), target, force);
      out.printf(
          "backed up %s to %s: %d visits, revision %d; integrity_check ok%n",
          kiosk.ledgerPath(), target, facts.storedVisits(), facts.latestRevision());
      return ExitCodes.OK;
    } catch (LedgerProblem e) {
      err.println("backup: " + e.getMessage());
      return ExitCodes.NEEDS_A_PERSON;
    }
  }
}
