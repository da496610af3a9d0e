package nl.zuil.kiosk.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.presence.PresenceLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk process owes the ledger besides tickets: refreshing the aggregate buckets that the
 * sync agent (a separate process) reads, giving the write-ahead log's space back, deleting single
 * visits past the retention period, and the gidsen's presence overrides after a week. Runs on its
 * own thread; a failure is logged and tried again next round.
 */
public final class LedgerMaintenance {

  public static final Duration REFRESH_EVERY = Duration.ofSeconds(30);
  public static final Duration PURGE_EVERY = Duration.ofDays(1);
  private static final Duration FIRST_PURGE_AFTER = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(LedgerMaintenance.class);

  private final Ledger ledger;
  private final int retentionDays;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(KioskThreads.named("ledger-maintenance"));

  public LedgerMaintenance(Ledger ledger, int retentionDays) {
    this.ledger = ledger;
    this.retentionDays = retentionDays;
  }

  public void start() {
    start(REFRESH_EVERY, FIRST_PURGE_AFTER, PURGE_EVERY);
  }

  void start(Duration refreshEvery, Duration firstPurge, Duration purgeEvery) {
    scheduler.scheduleWithFixedDelay(
        this::refresh, refreshEvery.toMillis(), refreshEvery.toMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(
        this::purge, firstPurge.toMillis(), purgeEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Stops the schedule, lets a running round finish, and refreshes the buckets one last time, so
   * the sync agent sees every visit of this run.
   */
  public void stop() {
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("ledger maintenance still busy after 30 s; stopping it");
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    refresh();
  }

  void refresh() {
    try {
      int changed = ledger.aggregator().refresh();
      if (changed > 0) {
        LOG.debug("refreshed {} aggregate buckets", changed);
      }
    } catch (RuntimeException e) {
      LOG.error("could not refresh the aggregate buckets", e);
    }
    try {
      if (!ledger.checkpoint()) {
        LOG.debug("the sync agent was reading; the write-ahead log is emptied next round");
      }
    } catch (RuntimeException e) {
      LOG.error("could not empty the ledger's write-ahead log", e);
    }
  }

  void purge() {
    try {
      int deleted = ledger.retention().purgeOlderThan(retentionDays);
      if (deleted > 0) {
        LOG.info("deleted {} visits older than {} days; their counts stay", deleted, retentionDays);
      }
    } catch (RuntimeException e) {
      LOG.error("could not delete visits past the retention period", e);
    }
    try {
      ledger.presence().forgetOlderThan(PresenceLog.KEEP_DAYS);
    } catch (RuntimeException e) {
      LOG.error("could not delete old presence overrides", e);
    }
  }
}
