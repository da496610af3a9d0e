package nl.zuil.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.sync.config.Credential;
import nl.zuil.sync.state.SyncState;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.DeliveryException;
import nl.zuil.sync.transport.DeliveryException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every bucket changed since the watermark, oldest revision first, in requests of at most
 * {@code maxRequestBytes}, and moves the watermark after each acknowledged request (decision 0201).
 * A crash between sending and acknowledging re-sends that request, which the backend ignores;
 * nothing is ever skipped.
 */
public final class BucketPusher {

  private static final Logger LOG = LoggerFactory.getLogger(BucketPusher.class);
  private static final int PAGE = 2000;

  private final LedgerReader ledger;
  private final SyncState state;
  private final BackendClient backend;
  private final Credential credential;
  private final int maxRequestBytes;

  public BucketPusher(
      LedgerReader ledger,
      SyncState state,
      BackendClient backend,
      Credential credential,
      int maxRequestBytes) {
    this.ledger = ledger;
    this.state = state;
    this.backend = backend;
    this.credential = credential;
    this.maxRequestBytes = maxRequestBytes;
  }

  /**
   * Sends until the backend has everything the ledger had when a page was read.
   *
   * @throws DeliveryException at the first request that was not acknowledged; what came before it
   *     stays acknowledged
   */
  public DrainResult drain() throws DeliveryException {
    int buckets = 0;
    int requests = 0;
    long watermark = state.acknowledgedRevision();
    while (true) {
      List<Bucket> page = ledger.buckets().changedSince(watermark, PAGE);
      if (page.isEmpty()) {
        return new DrainResult(buckets, requests, watermark);
      }
      requireOwnLocation(page);
      while (!page.isEmpty()) {
        int count = BatchEncoder.fitting(page, maxRequestBytes);
        List<Bucket> batch = page.subList(0, count);
        long highest = batch.get(count - 1).revision();
        JsonNode receipt =
            backend.sendBuckets(
                BatchEncoder.batch(credential.locationCode(), credential.kioskCode(), batch),
                credential.authorization());
        requireMatching(receipt, highest, count);
        state.acknowledge(highest);
        watermark = highest;
        buckets += count;
        requests++;
        LOG.debug("backend acknowledged {} buckets up to revision {}", count, highest);
        page = page.subList(count, page.size());
      }
    }
  }

  private void requireOwnLocation(List<Bucket> page) throws DeliveryException {
    for (Bucket bucket : page) {
      if (!bucket.key().locationCode().equals(credential.locationCode())) {
        throw new DeliveryException(
            Kind.REJECTED,
            "the ledger holds buckets of location "
                + bucket.key().locationCode()
                + " but this kiosk is enrolled for "
                + credential.locationCode()
                + "; enrol it for the right location",
            Optional.empty());
      }
    }
  }

  /**
   * An acknowledgement counts only when it names exactly what was sent: a backend (or something
   * posing as one) that answers 200 with anything else must not move the watermark.
   */
  private static void requireMatching(JsonNode receipt, long highest, int count)
      throws DeliveryException {
    JsonNode revision = receipt.get("acknowledgedRevision");
    JsonNode buckets = receipt.get("buckets");
    boolean matches =
        revision != null
            && revision.isIntegralNumber()
            && revision.longValue() == highest
            && buckets != null
            && buckets.isIntegralNumber()
            && buckets.intValue() == count;
    if (!matches) {
      throw new DeliveryException(
          Kind.BAD_ACKNOWLEDGEMENT,
          "the backend's answer does not acknowledge revision "
              + highest
              + " ("
              + count
              + " buckets)",
          Optional.empty());
    }
  }
}
