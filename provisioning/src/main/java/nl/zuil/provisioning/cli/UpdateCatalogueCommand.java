package nl.zuil.provisioning.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueAcceptance;
import nl.zuil.catalogue.CatalogueAcceptance.Outcome;
import nl.zuil.catalogue.CatalogueAcceptance.Verdict;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.kioskfiles.agent.SettingsException;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.kiosk.Accounts;
import nl.zuil.provisioning.kiosk.CatalogueHome;
import nl.zuil.provisioning.kiosk.ConfigJson;
import nl.zuil.provisioning.kiosk.KioskConfigEdits;
import nl.zuil.provisioning.region.PublishedCatalogue;
import nl.zuil.provisioning.region.RegionClient;
import nl.zuil.provisioning.region.RegionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Installs the region's current catalogue from the backend. The file is replaced atomically; the
 * kiosk picks a changed catalogue up when its screen is idle, so no visitor sees it change.
 */
@Command(
    name = "update-catalogue",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch the region's current catalogue from the backend (with the kiosk's credential),"
          + " validate it, and replace the kiosk's catalogue file atomically. Refuses a version"
          + " older than the installed one or another region's catalogue."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:installed, or the installed catalogue is already current",
      "1:unexpected failure; nothing was changed",
      "2:no valid kiosk config or agent settings (run init and enrol)",
      "3:the backend cannot be reached; try again later",
      "4:the credential is refused, or the catalogue is invalid, older or another region's"
    })
public final class UpdateCatalogueCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Host host = root.host();
    Layout layout = host.layout();
    KioskConfig kiosk;
    AgentSettings agent;
    Credential credential;
    try {
      kiosk = KioskConfigFile.load(layout.path(Layout.KIOSK_CONFIG), KioskProfiles.SCREENS);
      agent = AgentSettingsFile.load(layout.path(Layout.AGENT_CONFIG));
      credential = Credential.read(agent.credentialFile());
    } catch (KioskConfigException | SettingsException | IOException e) {
      err.println("update-catalogue: " + e.getMessage().replace("\n", "\n  "));
      err.println("run zuil-provision init and enrol first");
      return ExitCodes.USAGE;
    }
    PublishedCatalogue published;
    try (RegionClient region = RegionClient.connect(agent.backendUrl(), agent.trust())) {
      published = region.catalogue(credential);
    } catch (RegionException e) {
      err.println("update-catalogue: " + e.getMessage() + "; nothing was changed");
      return e.kind() == RegionException.Kind.UNREACHABLE
          ? ExitCodes.UNREACHABLE
          : ExitCodes.NEEDS_A_PERSON;
    }
    Optional<Path> current = kiosk.cataloguePath();
    if (current.isPresent() && !current.get().startsWith(layout.root())) {
      err.println(
          "update-catalogue: cataloguePath " + current.get() + " is outside " + layout.root());
      return ExitCodes.USAGE;
    }
    Optional<Catalogue> installed = Optional.empty();
    if (current.isPresent()) {
      try {
        installed = Optional.of(CatalogueLoader.load(current.get()));
      } catch (CatalogueException e) {
        out.println("the installed catalogue is invalid and is replaced: " + e.getMessage());
      }
    }
    Verdict verdict =
        CatalogueAcceptance.judge(
            published.regionCode(),
            published.version(),
            ConfigJson.parse(published.json()),
            installed);
    switch (verdict.outcome()) {
      case INVALID -> {
        err.println("update-catalogue: " + verdict.reason());
        err.println("nothing was changed; tell the region's catalogue editor");
        return ExitCodes.NEEDS_A_PERSON;
      }
      case OTHER_REGION -> {
        err.println(
            "update-catalogue: "
                + verdict.reason()
                + "; nothing was changed. If the kiosk moved region, run init again with the new"
                + " region's catalogue");
        return ExitCodes.NEEDS_A_PERSON;
      }
      case OLDER -> {
        err.println("update-catalogue: " + verdict.reason() + "; nothing was changed");
        return ExitCodes.NEEDS_A_PERSON;
      }
      case CURRENT, INSTALL -> {}
    }
    Catalogue fetched = verdict.fetched();
    boolean moving = current.isPresent() && !CatalogueHome.isHome(layout, current);
    if (verdict.outcome() == Outcome.CURRENT && !moving) {
      out.printf(
          "nothing changed: catalogue %s version %d is current%n",
          fetched.region().code(), fetched.version());
      return ExitCodes.OK;
    }

    try (FileChanges changes = FileChanges.start(host)) {
      CatalogueHome.write(changes, verdict.text());
      if (!CatalogueHome.isHome(layout, current)) {
        ObjectNode config = ConfigJson.read(layout.path(Layout.KIOSK_CONFIG)).orElseThrow();
        String json =
            KioskConfigEdits.withCatalogue(config, Layout.fromConfigFolder(Layout.CATALOGUE));
        try {
          KioskConfigEdits.validate(json, layout.path(Layout.ETC));
        } catch (KioskConfigException e) {
          err.println("update-catalogue: " + e.getMessage());
          Report.rolledBack(err, changes.rollback());
          return ExitCodes.USAGE;
        }
        changes.file(Layout.KIOSK_CONFIG, json, Mode.OWNER_GROUP_READ, Accounts.KIOSK_CONFIG);
      }
      try {
        CatalogueHome.pointAgent(changes, layout);
      } catch (SettingsException e) {
        err.println("update-catalogue: " + e.getMessage().replace("\n", "\n  "));
        Report.rolledBack(err, changes.rollback());
        return ExitCodes.USAGE;
      }
      changes.commit();
      Report.files(out, changes);
      if (verdict.outcome() == Outcome.INSTALL) {
        out.printf(
            "catalogue %s version %d installed%s (was %s); the kiosk switches to it at its next"
                + " idle moment%n",
            fetched.region().code(),
            fetched.version(),
            layout.describeRoot(),
            installed.map(c -> "version " + c.version()).orElse("Zuil's example catalogue"));
      }
      if (moving) {
        Report.catalogueMoved(out, layout, current.get());
      }
      return ExitCodes.OK;
    }
  }
}
