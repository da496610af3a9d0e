package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.kioskfiles.agent.SettingsException;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.region.PublishedCatalogue;
import nl.zuil.provisioning.region.RegionClient;
import nl.zuil.provisioning.region.RegionException;

/**
 * What the checks share: the kiosk's configs, read once, and one call to the region's backend whose
 * answer (and the certificate it came with) several checks look at.
 */
public final class DoctorContext {

  private final Host host;
  private final Clock clock;
  private final boolean testTicket;
  private Loaded<KioskConfig> kiosk;
  private Loaded<AgentSettings> agent;
  private Loaded<Credential> credential;
  private Loaded<PublishedCatalogue> region;
  private Optional<X509Certificate> servedCertificate = Optional.empty();
  private RegionException regionFailure;

  public DoctorContext(Host host, Clock clock, boolean testTicket) {
    this.host = host;
    this.clock = clock;
    this.testTicket = testTicket;
  }

  public Host host() {
    return host;
  }

  public Layout layout() {
    return host.layout();
  }

  public Clock clock() {
    return clock;
  }

  public boolean testTicket() {
    return testTicket;
  }

  public Path path(String logical) {
    return host.layout().path(logical);
  }

  public Loaded<KioskConfig> kiosk() {
    if (kiosk == null) {
      Path file = path(Layout.KIOSK_CONFIG);
      if (!Files.exists(file)) {
        kiosk = Loaded.missing("there is no " + Layout.KIOSK_CONFIG + ": run zuil-provision init");
      } else {
        try {
          kiosk = Loaded.of(KioskConfigFile.load(file, KioskProfiles.SCREENS));
        } catch (KioskConfigException e) {
          kiosk =
              Loaded.missing(
                  Layout.KIOSK_CONFIG + " is invalid: " + String.join("; ", e.problems()));
        }
      }
    }
    return kiosk;
  }

  public Loaded<AgentSettings> agent() {
    if (agent == null) {
      Path file = path(Layout.AGENT_CONFIG);
      if (!Files.exists(file)) {
        agent =
            Loaded.missing("there is no " + Layout.AGENT_CONFIG + ": the kiosk is not enrolled");
      } else {
        try {
          agent = Loaded.of(AgentSettingsFile.load(file));
        } catch (SettingsException e) {
          agent =
              Loaded.missing(
                  Layout.AGENT_CONFIG + " is invalid: " + String.join("; ", e.problems()));
        }
      }
    }
    return agent;
  }

  public Loaded<Credential> credential() {
    if (credential == null) {
      Loaded<AgentSettings> settings = agent();
      if (!settings.present()) {
        credential = Loaded.missing(settings.problem());
      } else {
        try {
          credential = Loaded.of(Credential.read(settings.get().credentialFile()));
        } catch (IOException e) {
          credential = Loaded.missing(e.getMessage());
        }
      }
    }
    return credential;
  }

  /** The region's current catalogue, fetched with the kiosk's credential: one call per run. */
  public Loaded<PublishedCatalogue> region() {
    if (region == null) {
      Loaded<Credential> secret = credential();
      if (!secret.present()) {
        region = Loaded.missing(secret.problem());
      } else {
        AgentSettings settings = agent().get();
        try (RegionClient client = RegionClient.connect(settings.backendUrl(), settings.trust())) {
          try {
            region = Loaded.of(client.catalogue(secret.get()));
          } catch (RegionException e) {
            regionFailure = e;
            region = Loaded.missing(e.getMessage());
          }
          if (regionFailure == null || regionFailure.kind() != RegionException.Kind.UNREACHABLE) {
            servedCertificate = client.servedCertificate();
          }
        } catch (IOException e) {
          region = Loaded.missing("cannot set up the connection: " + e.getMessage());
        }
      }
    }
    return region;
  }

  /** Why the call to the backend failed, when it did. */
  public Optional<RegionException> regionFailure() {
    region();
    return Optional.ofNullable(regionFailure);
  }

  /** The certificate the backend presented to that call, if it was HTTPS and got that far. */
  public Optional<X509Certificate> servedCertificate() {
    region();
    return servedCertificate;
  }

  public Optional<Boolean> unitActive(String unit) {
    return host.unitActive(unit);
  }
}
