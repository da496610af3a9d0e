package nl.zuil.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.health.HealthFile;
import nl.zuil.kioskfiles.health.HealthSnapshot;
import nl.zuil.kioskfiles.health.LedgerDiskFile;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.kioskfiles.update.KioskStartFile;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.sync.catalogue.CatalogueFile;
import nl.zuil.sync.catalogue.CatalogueUpdater;
import nl.zuil.sync.health.HealthReporter;
import nl.zuil.sync.push.BucketPusher;
import nl.zuil.sync.push.DrainResult;
import nl.zuil.sync.referral.SlipSync;
import nl.zuil.sync.state.SyncState;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.DeliveryException;
import nl.zuil.sync.transport.DeliveryException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk's agent: its state, its connection to the backend and its read-only view of the ledger.
 * {@link #attempt()} is one round: send the backlog, report health when due, look for a newer
 * catalogue when due, and write the local health file whatever happened.
 */
public final class SyncAgent implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

  private final AgentSettings settings;
  private final Credential credential;
  private final SyncState state;
  private final BackendClient backend;
  private final HealthFile healthFile;
  private final Clock clock;
  private LedgerReader ledger;
  private BucketPusher pusher;
  private HealthReporter reporter;
  private final Optional<CatalogueUpdater> catalogue;
  private final SlipSync slips;
  private Instant lastReport;
  private Instant lastCatalogueCheck;
  private boolean slipKeyDue;
  private Optional<Instant> lastSuccess = Optional.empty();
  private Optional<Long> clockOffset = Optional.empty();

  private SyncAgent(
      AgentSettings settings,
      Credential credential,
      SyncState state,
      BackendClient backend,
      Clock clock) {
    this.settings = settings;
    this.credential = credential;
    this.state = state;
    this.backend = backend;
    this.healthFile = new HealthFile(settings.healthFile());
    this.clock = clock;
    this.catalogue =
        settings
            .catalogueFile()
            .map(file -> new CatalogueUpdater(new CatalogueFile(file), backend, credential));
    this.slips =
        new SlipSync(
            backend, credential, settings.catalogueFile().map(SlipKeyFile::besideCatalogue));
  }

  /** Opens the agent's state and credential; the ledger is opened at the first attempt. */
  public static SyncAgent open(AgentSettings settings, Clock clock) throws IOException {
    Credential credential = Credential.read(settings.credentialFile());
    SyncState state = SyncState.open(settings.stateFile());
    try {
      return new SyncAgent(
          settings, credential, state, BackendClient.create(settings, clock), clock);
    } catch (IOException | RuntimeException e) {
      state.close();
      throw e;
    }
  }

  /**
   * Sends everything changed since the last acknowledgement, then a health report if one is due.
   *
   * @throws DeliveryException when something was not delivered; the next attempt resumes there
   */
  public DrainResult attempt() throws DeliveryException {
    try {
      openLedger();
      DrainResult result = pusher.drain();
      if (result.buckets() > 0) {
        LOG.info(
            "sent {} buckets in {} requests; acknowledged up to revision {}",
            result.buckets(),
            result.requests(),
            result.acknowledgedRevision());
      }
      if (healthDue()) {
        long offset = reporter.report();
        lastReport = clock.instant();
        clockOffset = Optional.of(offset);
        if (Math.abs(offset) > Duration.ofMinutes(2).toMillis()) {
          LOG.warn("kiosk clock is {} ms off the backend's; check NTP", offset);
        }
      }
      checkCatalogue();
      syncSlips();
      lastSuccess = Optional.of(clock.instant());
      writeHealthFile(HealthSnapshot.OK, Optional.empty(), Optional.empty());
      return result;
    } catch (DeliveryException e) {
      writeHealthFile(status(e.kind()), Optional.of(e.getMessage()), Optional.empty());
      throw e;
    }
  }

  /** Records in the health file that the next attempt is at {@code next}. */
  public void waiting(DeliveryException failure, Instant next) {
    writeHealthFile(status(failure.kind()), Optional.of(failure.getMessage()), Optional.of(next));
  }

  public void stopped() {
    writeHealthFile(HealthSnapshot.STOPPED, Optional.empty(), Optional.empty());
  }

  public long acknowledgedRevision() {
    return state.acknowledgedRevision();
  }

  /** Aborts a request in flight, so a shutdown need not wait for a slow backend. */
  public void cancelRequests() {
    backend.cancelAll();
  }

  /** Request bytes sent so far. */
  public long bytesSent() {
    return backend.bytesSent();
  }

  private void openLedger() throws DeliveryException {
    if (ledger != null) {
      return;
    }
    try {
      ledger = LedgerReader.open(settings.ledgerFile());
    } catch (LedgerOpenException e) {
      throw new DeliveryException(Kind.LEDGER_UNAVAILABLE, e.getMessage(), Optional.empty());
    }
    pusher =
        new BucketPusher(ledger, state, backend, credential, settings.maxRequestBytes(), clock);
    reporter =
        new HealthReporter(
            ledger,
            state,
            backend,
            credential,
            settings.printerStatusFile(),
            KioskStartFile.besideLedger(settings.ledgerFile()),
            LedgerDiskFile.besideLedger(settings.ledgerFile()),
            clock);
  }

  /**
   * Looks for a newer published catalogue when one is due. A catalogue problem never stops the
   * buckets: it is logged, and the kiosk keeps the catalogue it has.
   */
  private void checkCatalogue() {
    if (catalogue.isEmpty() || !due(lastCatalogueCheck, settings.catalogueInterval())) {
      return;
    }
    lastCatalogueCheck = clock.instant();
    catalogue.get().check();
    slipKeyDue = true;
  }

  /**
   * Referral slips: the key when the catalogue is looked at, the counts every round. A backend of
   * an earlier release has neither; that never stops the buckets, it is logged.
   */
  private void syncSlips() {
    try {
      if (slipKeyDue) {
        slips.refreshKey();
        slipKeyDue = false;
      }
      int sent = slips.push(ledger);
      if (sent > 0) {
        LOG.info("sent {} referral slip counts", sent);
      }
    } catch (DeliveryException e) {
      LOG.warn("referral slips not synced this round: {}", e.getMessage());
    }
  }

  /** Whether {@code interval} has passed since {@code last}, or the clock was set back. */
  private boolean due(Instant last, Duration interval) {
    if (last == null) {
      return true;
    }
    Duration since = Duration.between(last, clock.instant());
    return since.isNegative() || since.compareTo(interval) >= 0;
  }

  private boolean healthDue() {
    // A clock set back would otherwise silence reports until it caught up.
    return due(lastReport, settings.healthInterval());
  }

  private void writeHealthFile(String status, Optional<String> problem, Optional<Instant> next) {
    try {
      long ledgerRevision = ledger == null ? 0 : ledger.buckets().latestRevision();
      healthFile.write(
          HealthSnapshot.of(
              status,
              clock.instant(),
              state.acknowledgedRevision(),
              ledgerRevision,
              lastSuccess,
              problem,
              next,
              clockOffset,
              state.setAsideKeys().size(),
              state.lastSetAsideReason()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot write the health file {}: {}", settings.healthFile(), e.getMessage());
    }
  }

  private static String status(Kind kind) {
    return switch (kind) {
      case UNAVAILABLE, BAD_ACKNOWLEDGEMENT -> HealthSnapshot.RETRYING;
      case UNAUTHORISED -> HealthSnapshot.UNAUTHORISED;
      case REFUSED, REJECTED -> HealthSnapshot.REJECTED;
      case LEDGER_BEHIND -> HealthSnapshot.LEDGER_BEHIND;
      case LEDGER_UNAVAILABLE -> HealthSnapshot.NO_LEDGER;
    };
  }

  @Override
  public void close() {
    if (ledger != null) {
      ledger.close();
    }
    backend.close();
    state.close();
  }
}
