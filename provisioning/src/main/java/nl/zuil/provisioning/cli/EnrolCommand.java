package nl.zuil.provisioning.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import nl.zuil.provisioning.files.Owner;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.kiosk.Accounts;
import nl.zuil.provisioning.kiosk.CatalogueHome;
import nl.zuil.provisioning.kiosk.ConfigJson;
import nl.zuil.provisioning.kiosk.HealthHome;
import nl.zuil.provisioning.region.Enrolment;
import nl.zuil.provisioning.region.RegionClient;
import nl.zuil.provisioning.region.RegionException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the sync agent's settings and exchanges a one-time enrolment code for the kiosk's
 * credential. The settings are checked before the code is sent, so a typo does not waste a code;
 * nothing is written unless the whole enrolment succeeded.
 */
@Command(
    name = "enrol",
    mixinStandardHelpOptions = true,
    description = {
      "Enrol the kiosk with its region: write /etc/zuil/agent.json and exchange a one-time code"
          + " (made by IT beheer with the backend's create-enrolment-code) for the kiosk's"
          + " credential, readable only by the sync agent's user. An enrolled kiosk is left as it"
          + " is and its code not used."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:enrolled, or already enrolled",
      "1:unexpected failure; nothing was written",
      "2:wrong options or settings, or init has not run; the code was not used",
      "3:the backend cannot be reached; the code was not used, try again",
      "4:the code is unknown, used or expired, the backend's key is not the pinned one, or the"
          + " code was made for another kiosk; nothing was written"
    })
public final class EnrolCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Option(
      names = "--code",
      description =
          "The one-time enrolment code. Not needed for an enrolled kiosk: then enrol only updates"
              + " the backend URL and trust (a new pin after the region changed its key)")
  private String code;

  @Option(
      names = "--backend-url",
      required = true,
      paramLabel = "URL",
      description = "The region's backend, e.g. https://zuil.werkcentrum-twente.nl:8443")
  private String backendUrl;

  @ArgGroup(multiplicity = "0..1")
  private TrustChoice trust;

  static final class TrustChoice {
    @Option(
        names = "--pin",
        paramLabel = "sha256/BASE64",
        description = "The backend's public-key pin (the backend's certificate-pin command)")
    private String pin;

    @Option(
        names = "--ca-file",
        paramLabel = "FILE",
        description = "A CA certificate (PEM) to trust instead; copied to /etc/zuil/backend-ca.pem")
    private Path caFile;
  }

  @Option(
      names = "--allow-plain-http",
      description = "Accept an http:// backend URL. For a local demo only: nothing is encrypted")
  private boolean allowPlainHttp;

  @Option(
      names = "--sync-interval-seconds",
      paramLabel = "SECONDS",
      description = "How often the agent sends the kiosk's counts. Default: as set, else 60")
  private Integer syncIntervalSeconds;

  @Option(
      names = "--health-interval-seconds",
      paramLabel = "SECONDS",
      description = "How often the agent reports the kiosk's health. Default: as set, else 300")
  private Integer healthIntervalSeconds;

  @Option(
      names = "--catalogue-interval-seconds",
      paramLabel = "SECONDS",
      description =
          "How often the agent asks for a newly published catalogue (60 or more). Default: as"
              + " set, else 3600")
  private Integer catalogueIntervalSeconds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Host host = root.host();
    Layout layout = host.layout();
    KioskConfig kiosk;
    try {
      kiosk = KioskConfigFile.load(layout.path(Layout.KIOSK_CONFIG), KioskProfiles.SCREENS);
    } catch (KioskConfigException e) {
      err.println("enrol: " + e.getMessage().replace("\n", "\n  "));
      err.println("run zuil-provision init first; the code was not used");
      return ExitCodes.USAGE;
    }
    Optional<ObjectNode> existing;
    try {
      existing = ConfigJson.read(layout.path(Layout.AGENT_CONFIG));
    } catch (IOException e) {
      err.println("enrol: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (FileChanges changes = FileChanges.start(host)) {
      if (trust != null && trust.caFile != null) {
        byte[] ca;
        try {
          ca = Files.readAllBytes(trust.caFile);
        } catch (IOException e) {
          err.println("enrol: --ca-file: cannot read " + trust.caFile + ": " + e.getMessage());
          return ExitCodes.USAGE;
        }
        changes.file(Layout.BACKEND_CA, ca, Mode.PUBLIC_READ, Owner.ROOT, false);
      }
      // A kiosk set up before the health report had a folder of its own gets it here.
      HealthHome.folder(changes);
      changes.file(
          Layout.AGENT_CONFIG,
          agentSettings(existing, CatalogueHome.isHome(layout, kiosk.cataloguePath())),
          Mode.OWNER_GROUP_READ,
          Accounts.AGENT_CONFIG);
      AgentSettings settings;
      try {
        settings = AgentSettingsFile.load(layout.path(Layout.AGENT_CONFIG));
      } catch (SettingsException e) {
        err.println("enrol: the agent settings would be refused:");
        e.problems().forEach(problem -> err.println("  " + option(problem)));
        Report.rolledBack(err, changes.rollback());
        err.println("the code was not used");
        return ExitCodes.USAGE;
      }
      Optional<Credential> enrolled = alreadyEnrolled(settings.credentialFile(), kiosk);
      if (enrolled.isPresent()) {
        changes.commit();
        Report.files(out, changes);
        out.printf(
            "already enrolled as kiosk %s at %s (device %s)%s. To enrol again, remove %s first%n",
            enrolled.get().kioskCode(),
            enrolled.get().locationCode(),
            enrolled.get().deviceId(),
            code == null ? "" : "; the code was not used",
            Layout.CREDENTIAL);
        return ExitCodes.OK;
      }
      if (code == null) {
        err.println("enrol: --code is needed: this kiosk is not enrolled yet");
        Report.rolledBack(err, changes.rollback());
        return ExitCodes.USAGE;
      }
      Enrolment enrolment;
      try (RegionClient region = RegionClient.connect(settings.backendUrl(), settings.trust())) {
        enrolment = region.enrol(code);
      } catch (RegionException e) {
        err.println("enrol: " + explain(e, settings));
        Report.rolledBack(err, changes.rollback());
        return e.kind() == RegionException.Kind.UNREACHABLE
            ? ExitCodes.UNREACHABLE
            : ExitCodes.NEEDS_A_PERSON;
      }
      if (!enrolment.kioskCode().equals(kiosk.kioskCode())
          || !enrolment.locationCode().equals(kiosk.locationCode())) {
        err.printf(
            "enrol: the code was made for kiosk %s at %s, but this kiosk is %s at %s (%s). The"
                + " code is used up now: ask IT beheer for a code for kiosk %s at %s%n",
            enrolment.kioskCode(),
            enrolment.locationCode(),
            kiosk.kioskCode(),
            kiosk.locationCode(),
            Layout.KIOSK_CONFIG,
            kiosk.kioskCode(),
            kiosk.locationCode());
        Report.rolledBack(err, changes.rollback());
        return ExitCodes.NEEDS_A_PERSON;
      }
      changes.file(
          Layout.CREDENTIAL,
          credentialJson(enrolment).getBytes(StandardCharsets.UTF_8),
          Mode.PRIVATE,
          Accounts.AGENT_PRIVATE,
          true);
      Credential.read(settings.credentialFile());
      changes.commit();
      Report.files(out, changes);
      Report.ownersNote(out, host);
      out.printf(
          "enrolled as kiosk %s at %s in region %s (device %s)%s; next: zuil-provision"
              + " update-catalogue%n",
          enrolment.kioskCode(),
          enrolment.locationCode(),
          enrolment.regionCode(),
          enrolment.deviceId(),
          layout.describeRoot());
      return ExitCodes.OK;
    }
  }

  /**
   * @param keepCatalogue the kiosk reads its catalogue where the agent may replace it, so the agent
   *     keeps it at the region's published version (decision 1051)
   */
  private String agentSettings(Optional<ObjectNode> existing, boolean keepCatalogue) {
    AgentSettingsFile.WrittenTrust written = null;
    if (trust != null && trust.pin != null) {
      written = new AgentSettingsFile.WrittenTrust(trust.pin, null);
    } else if (trust != null && trust.caFile != null) {
      written =
          new AgentSettingsFile.WrittenTrust(null, Layout.fromConfigFolder(Layout.BACKEND_CA));
    }
    ObjectNode owned =
        new AgentSettingsFile.Written(
                Layout.fromConfigFolder(Layout.LEDGER),
                backendUrl,
                allowPlainHttp ? Boolean.TRUE : null,
                written,
                Layout.fromConfigFolder(Layout.CREDENTIAL),
                Layout.fromConfigFolder(Layout.AGENT_STATE),
                Layout.fromConfigFolder(Layout.AGENT_HEALTH),
                Layout.fromConfigFolder(Layout.PRINTER_STATUS),
                keepCatalogue ? Layout.fromConfigFolder(Layout.CATALOGUE) : null,
                syncIntervalSeconds,
                healthIntervalSeconds,
                catalogueIntervalSeconds)
            .toJson();
    // A trust or plain-HTTP choice made earlier must not linger when this run chose otherwise.
    Optional<ObjectNode> rest =
        existing.map(
            old -> {
              ObjectNode copy = old.deepCopy();
              copy.remove("trust");
              copy.remove("allowPlainHttp");
              return copy;
            });
    return ConfigJson.render(ConfigJson.merge(rest, owned));
  }

  /** The agent's credential file, written as the agent's own enrolment writes it. */
  private static String credentialJson(Enrolment enrolment) {
    return new Credential(
            enrolment.deviceId(),
            enrolment.secret(),
            enrolment.locationCode(),
            enrolment.kioskCode())
        .toJson();
  }

  /** An existing credential for this very kiosk: enrolling again would waste the code. */
  private static Optional<Credential> alreadyEnrolled(Path file, KioskConfig kiosk) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Credential credential = Credential.read(file);
      return credential.kioskCode().equals(kiosk.kioskCode())
              && credential.locationCode().equals(kiosk.locationCode())
          ? Optional.of(credential)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String explain(RegionException e, AgentSettings settings) {
    return switch (e.kind()) {
      case UNREACHABLE ->
          "cannot reach "
              + settings.backendUrl()
              + " ("
              + e.getMessage()
              + "). The code was not used: check the network and the URL, then run enrol again";
      case UNTRUSTED ->
          settings.backendUrl()
              + " is not the backend the pin names ("
              + e.getMessage()
              + "). The code was not used: check --pin with IT beheer";
      case REFUSED, UNAUTHORISED ->
          "the backend refused the code: " + e.getMessage() + ". Ask IT beheer for a new one";
      case BAD_ANSWER ->
          "the backend's answer was not understood: "
              + e.getMessage()
              + ". Is the URL the region's Zuil backend?";
    };
  }

  /** The settings loader names fields; the operator typed options. */
  private static String option(String problem) {
    return problem
        .replaceFirst("^backendUrl ", "backendUrl (--backend-url) ")
        .replaceFirst("^trust\\.pinnedPublicKey ", "trust.pinnedPublicKey (--pin) ")
        .replaceFirst("^trust ", "trust (--pin or --ca-file) ")
        .replaceFirst("^syncIntervalSeconds ", "syncIntervalSeconds (--sync-interval-seconds) ")
        .replaceFirst(
            "^healthIntervalSeconds ", "healthIntervalSeconds (--health-interval-seconds) ")
        .replaceFirst(
            "^catalogueIntervalSeconds ",
            "catalogueIntervalSeconds (--catalogue-interval-seconds) ");
  }
}
