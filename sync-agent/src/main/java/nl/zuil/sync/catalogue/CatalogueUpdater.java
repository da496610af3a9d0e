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
  private final ClipFolder clips;
  // Remembered only after a good answer, so a refused one is fetched and judged again.
  private Optional<String> etag = Optional.empty();

  public CatalogueUpdater(CatalogueFile file, BackendClient backend, Credential credential) {
    this.file = file;
    this.backend = backend;
    this.credential = credential;
    this.clips = new ClipFolder(file.path());
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
    // A catalogue installed by zuil-provision has no clips yet: an unchanged version is completed
    // too, and its answer is remembered only once its clips are here.
    if (check.result() == Result.CURRENT && !clipsComplete(answer.get().answer(), installed)) {
      return check;
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
      Optional<String> clipProblems =
          ClipFolder.describe(clips.complete(verdict.fetched(), this::clip, file.mode()));
      if (clipProblems.isPresent()) {
        return refused(installedVersion, "its recorded clips: " + clipProblems.get());
      }
      file.replace(verdict.text());
      clips.keepOnly(verdict.fetched());
    } catch (DeliveryException e) {
      LOG.info("catalogue not installed yet, a recorded clip did not come: {}", e.getMessage());
      return new CatalogueCheck(Result.UNAVAILABLE, installedVersion, e.getMessage());
    } catch (IOException e) {
      LOG.warn("cannot replace the catalogue {}: {}", file.path(), e.toString());
      return new CatalogueCheck(
          Result.UNAVAILABLE, installedVersion, "cannot write " + file.path() + ": " + e);
    }
    return new CatalogueCheck(Result.INSTALLED, verdict.fetched().version(), "installed");
  }

  private byte[] clip(String sha256) throws DeliveryException {
    return backend.clip(credential.authorization(), sha256);
  }

  /** Whether the installed catalogue, the one the backend still publishes, has all its clips. */
  private boolean clipsComplete(CatalogueAnswer answer, Optional<Catalogue> installed) {
    if (installed.isEmpty() || installed.get().recordingList().isEmpty()) {
      return true;
    }
    try {
      Optional<String> problems =
          ClipFolder.describe(clips.complete(installed.get(), this::clip, file.mode()));
      problems.ifPresent(
          p -> LOG.warn("the installed catalogue's recorded clips are not usable: {}", p));
      return problems.isEmpty();
    } catch (DeliveryException | IOException e) {
      LOG.info("recorded clips of catalogue version {} not fetched yet: {}", answer.version(), e);
      return false;
    }
  }

  private static CatalogueCheck refused(int installedVersion, String reason) {
    return new CatalogueCheck(Result.REFUSED, installedVersion, reason);
  }
}
