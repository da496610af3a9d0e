package nl.zuil.provisioning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Ownership;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.install.KioskServices;
import nl.zuil.provisioning.kiosk.Accounts;
import nl.zuil.provisioning.ledger.LedgerProblem;
import nl.zuil.provisioning.ledger.LedgerRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Puts a verified backup in the ledger's place, keeping the old ledger aside. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore the kiosk's ledger from a backup: refused while the kiosk or the agent has the"
          + " ledger open; the backup is checked first; the current ledger is moved aside (never"
          + " deleted); the restored ledger's revisions are lifted so the region takes its"
          + " changes. Restoring the same backup twice in a row changes nothing."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:restored, or already restored from this backup",
      "1:unexpected failure; the ledger folder is as it was",
      "2:wrong options or no valid kiosk config",
      "4:the kiosk or the agent is running, or the backup is damaged, foreign or too new"
    })
public final class RestoreCommand implements Callable<Integer> {

  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Amsterdam");

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file")
  private Path backup;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Host host = root.host();
    KioskConfig kiosk;
    Catalogue catalogue;
    try {
      kiosk = KioskConfigFile.load(host.layout().path(Layout.KIOSK_CONFIG), KioskProfiles.SCREENS);
      catalogue =
          kiosk.cataloguePath().isPresent()
              ? CatalogueLoader.load(kiosk.cataloguePath().get())
              : CatalogueLoader.loadDefault();
    } catch (KioskConfigException | CatalogueException e) {
      err.println("restore: " + e.getMessage().replace("\n", "\n  "));
      return ExitCodes.USAGE;
    }
    Optional<String> running = runningService(host);
    if (running.isPresent()) {
      err.println(
          "restore: "
              + running.get()
              + " is running; nothing was changed. Stop both first: systemctl stop "
              + KioskServices.KIOSK_UNIT
              + " "
              + KioskServices.AGENT_UNIT);
      return ExitCodes.NEEDS_A_PERSON;
    }
    LedgerRestore.Outcome outcome;
    try {
      outcome =
          LedgerRestore.restore(
              backup,
              kiosk.ledgerPath(),
              catalogue,
              new KioskIdentity(kiosk.locationCode(), kiosk.kioskCode()),
              Clock.system(SERVICE_ZONE),
              file -> {
                if (host.isReal()) {
                  Ownership.apply(file, Accounts.LEDGER_FOLDER);
                }
              });
    } catch (LedgerProblem e) {
      err.println("restore: " + e.getMessage());
      err.println("nothing was changed");
      return ExitCodes.NEEDS_A_PERSON;
    }
    if (!outcome.changed()) {
      out.printf(
          "nothing changed: %s was already restored from %s and has not changed since%n",
          kiosk.ledgerPath(), backup);
      return ExitCodes.OK;
    }
    out.printf(
        "restored %s from %s: %d visits, backup revision %d%n",
        kiosk.ledgerPath(), backup, outcome.visits(), outcome.backupRevision());
    outcome
        .aside()
        .ifPresent(
            aside -> out.println("the previous ledger is kept at " + aside + " (with its -wal)"));
    out.printf(
        "revisions continue from %d, so the region takes the restored ledger's changes%n",
        outcome.revision());
    out.println(
        "now start the kiosk and restart the agent: systemctl start "
            + KioskServices.KIOSK_UNIT
            + " && systemctl restart "
            + KioskServices.AGENT_UNIT);
    return ExitCodes.OK;
  }

  /** A unit systemd says is running; the ledger lock catches what systemd cannot tell. */
  private static Optional<String> runningService(Host host) {
    for (String unit : List.of(KioskServices.KIOSK_UNIT, KioskServices.AGENT_UNIT)) {
      if (host.unitActive(unit).orElse(false)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
