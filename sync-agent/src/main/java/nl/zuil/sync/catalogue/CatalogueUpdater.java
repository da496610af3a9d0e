package nl.zuil.sync.catalogue;

import java.io.IOException;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueAcceptance;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.regionapi.CatalogueAnswer;
import nl.zuil.sync.catalogue.CatalogueCheck.Result;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.BackendClient.FetchedCatalogue;
import nl.zuil.sync.transport.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's catalogue file at the version its region published. The backend's answer is
 * trusted no further than {@code zuil-provision update-catalogue} trusts it: it must be a valid
 * catalogue (the text validated is the text written), of the installed catalogue's region, and not
 * older than the installed version. Anything else changes nothing and is logged with the reason.
 */
public final class CatalogueUpdater {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueUpdater.class);

  private final CatalogueFile file;
  private final BackendClient backend;
  private final Credential credential;
  // Remembered only after a good answer, so a refused one is fetched and judged again.
  private Optional<String> etag = Optional.empty();

  public CatalogueUpdater(CatalogueFile file, BackendClient backend, Credential credential) {
    this.file = file;
    this.backend = backend;
    this.credential = credential;
  }

  /** Asks the backend once and installs what it publishes, if acceptable. Never throws. */
  public CatalogueCheck check() {
    Optional<Catalogue> installed;
    try {
      installed = file.installed();
    } catch (CatalogueException e) {
      LOG.warn("the installed catalogue is invalid and will be replaced: {}", e.getMessage());
      installed = Optional.empty();
    }
    int installedVersion = installed.map(Catalogue::version).orElse(0);
    Optional<FetchedCatalogue> answer;
    try {
      answer = backend.catalogue(credential.authorization(), etag);
    } catch (DeliveryException e) {
      if (e.kind() == DeliveryException.Kind.BAD_ACKNOWLEDGEMENT) {
        LOG.warn("catalogue from the backend refused: {}; nothing was changed", e.getMessage());
        return new CatalogueCheck(Result.REFUSED, installedVersion, e.getMessage());
      }
      LOG.info("catalogue not checked: {}", e.getMessage());
      return new CatalogueCheck(Result.UNAVAILABLE, installedVersion, e.getMessage());
    }
    if (answer.isEmpty()) {
      return new CatalogueCheck(Result.CURRENT, installedVersion, "unchanged");
    }
    CatalogueCheck check = judge(answer.get().answer(), installed);
    switch (check.result()) {
      case REFUSED ->
          LOG.warn(
              "catalogue from the backend refused: {}; the kiosk keeps {}",
              check.reason(),
              installed.map(c -> "version " + c.version()).orElse("no catalogue"));
      case INSTALLED ->
          LOG.info(
              "catalogue version {} installed in {}; the kiosk switches at its next idle moment",
              check.installedVersion(),
              file.path());
      case CURRENT, UNAVAILABLE -> {}
    }
    if (check.result() == Result.INSTALLED || check.result() == Result.CURRENT) {
      etag = answer.get().etag();
    }
    return check;
  }

  private CatalogueCheck judge(CatalogueAnswer answer, Optional<Catalogue> installed) {
    int installedVersion = installed.map(Catalogue::version).orElse(0);
    // The record gives the shape; a null or a catalogue that is not an object is still possible.
    if (answer.regionCode() == null
        || answer.catalogue() == null
        || !answer.catalogue().isObject()) {
      return refused(installedVersion, "the answer has no regionCode or no catalogue object");
    }
    CatalogueAcceptance.Verdict verdict =
        CatalogueAcceptance.judge(
            answer.regionCode(), answer.version(), answer.catalogue(), installed);
    switch (verdict.outcome()) {
      case INVALID, OTHER_REGION, OLDER -> {
        return refused(installedVersion, verdict.reason());
      }
      case CURRENT -> {
        return new CatalogueCheck(Result.CURRENT, installedVersion, verdict.reason());
      }
      case INSTALL -> {}
    }
    try {
      file.replace(verdict.text());
    } catch (IOException e) {
      LOG.warn("cannot replace the catalogue {}: {}", file.path(), e.toString());
      return new CatalogueCheck(
          Result.UNAVAILABLE, installedVersion, "cannot write " + file.path() + ": " + e);
    }
    return new CatalogueCheck(Result.INSTALLED, verdict.fetched().version(), "installed");
  }

  private static CatalogueCheck refused(int installedVersion, String reason) {
    return new CatalogueCheck(Result.REFUSED, installedVersion, reason);
  }
}
