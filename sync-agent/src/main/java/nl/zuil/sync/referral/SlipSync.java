package nl.zuil.sync.referral;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.kioskfiles.slipkey.SlipKeySettings;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.ledger.referral.SlipCount;
import nl.zuil.regionapi.SlipCountBatch;
import nl.zuil.regionapi.SlipCountReceipt;
import nl.zuil.regionapi.SlipKey;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's part in referral slips (decision 1053): keeps the location's slip key beside the
 * catalogue for the kiosk to sign with, and sends the ledger's slip counts. Counts are totals per
 * week, partner and question that the backend replaces by revision, so the acknowledged revision is
 * kept in memory only: after a restart every count is sent once more and changes nothing.
 */
public final class SlipSync {

  private static final Logger LOG = LoggerFactory.getLogger(SlipSync.class);
  static final int MAX_COUNTS = 5000;

  private final BackendClient backend;
  private final Credential credential;
  private final Optional<SlipKeyFile> keyFile;
  private long acknowledged;

  public SlipSync(BackendClient backend, Credential credential, Optional<SlipKeyFile> keyFile) {
    this.backend = backend;
    this.credential = credential;
    this.keyFile = keyFile;
  }

  /**
   * Sends counts changed since the last acknowledgement.
   *
   * @return how many counts were sent
   */
  public int push(LedgerReader ledger) throws DeliveryException {
    List<SlipCount> changed = ledger.slips().changedSince(acknowledged);
    String ledgerId = Long.toHexString(ledger.buckets().ledgerId());
    int sent = 0;
    for (int from = 0; from < changed.size(); from += MAX_COUNTS) {
      List<SlipCount> page = changed.subList(from, Math.min(changed.size(), from + MAX_COUNTS));
      long highest = page.get(page.size() - 1).revision();
      SlipCountReceipt receipt =
          backend.sendSlipCounts(
              new SlipCountBatch(
                  credential.locationCode(),
                  credential.kioskCode(),
                  ledgerId,
                  page.stream()
                      .map(
                          c ->
                              new nl.zuil.regionapi.SlipCount(
                                  c.isoWeek(),
                                  c.partnerCode(),
                                  c.questionCode(),
                                  c.issued(),
                                  c.revision()))
                      .toList()),
              credential.authorization());
      if (receipt.acknowledgedRevision() != highest) {
        LOG.warn(
            "the region acknowledged slip counts up to {}, not {}: sending again next time",
            receipt.acknowledgedRevision(),
            highest);
        return sent;
      }
      acknowledged = highest;
      sent += page.size();
    }
    return sent;
  }

  /** Fetches the slip key and writes it for the kiosk when it is new or changed. */
  public void refreshKey() throws DeliveryException {
    if (keyFile.isEmpty()) {
      return;
    }
    SlipKey key = backend.slipKey(credential.authorization());
    SlipKeySettings settings = new SlipKeySettings(key.locationCode(), key.key(), key.confirmUrl());
    Optional<SlipKeySettings> current;
    try {
      current = keyFile.get().read();
    } catch (IOException damaged) {
      current = Optional.empty();
    }
    if (current.equals(Optional.of(settings))) {
      return;
    }
    try {
      keyFile.get().write(settings);
      LOG.info("slip key for {} written to {}", key.locationCode(), keyFile.get().file());
    } catch (IOException e) {
      LOG.warn("cannot write the slip key to {}: {}", keyFile.get().file(), e.getMessage());
    }
  }
}
