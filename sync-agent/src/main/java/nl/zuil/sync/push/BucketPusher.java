package nl.zuil.sync.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.regionapi.IngestReceipt;
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
 *
 * <p>When the backend refuses a request's content, the request is halved until the buckets it
 * refuses on their own are found; those are set aside (and offered again every hour) so that one
 * bad bucket cannot hold up the rest of the backlog (decision 0205).
 */
public final class BucketPusher {

  private static final Logger LOG = LoggerFactory.getLogger(BucketPusher.class);
  private static final int PAGE = 2000;
  private static final Duration SET_ASIDE_RETRY = Duration.ofHours(1);

  private final LedgerReader ledger;
  private final SyncState state;
  private final BackendClient backend;
  private final Credential credential;
  private final int maxRequestBytes;
  private final Clock clock;
  private Instant lastSetAsideRetry = Instant.MIN;

  public BucketPusher(
      LedgerReader ledger,
      SyncState state,
      BackendClient backend,
      Credential credential,
      int maxRequestBytes,
      Clock clock) {
    this.ledger = ledger;
    this.state = state;
    this.backend = backend;
    this.credential = credential;
    this.maxRequestBytes = maxRequestBytes;
    this.clock = clock;
  }

  /**
   * Sends until the backend has everything the ledger had when a page was read.
   *
   * @throws DeliveryException at the first request that was not acknowledged; what came before it
   *     stays acknowledged
   */
  public DrainResult drain() throws DeliveryException {
    String ledgerId = Long.toHexString(ledger.buckets().ledgerId());
    if (state.useLedger(ledger.buckets().ledgerId())) {
      LOG.info("ledger {} is new to this agent: sending all of its buckets", ledgerId);
      lastSetAsideRetry = Instant.MIN;
    }
    long watermark = state.acknowledgedRevision();
    long latest = ledger.buckets().latestRevision();
    if (latest < watermark) {
      throw new DeliveryException(
          Kind.LEDGER_BEHIND,
          "the ledger's latest revision "
              + latest
              + " is below the "
              + watermark
              + " the region already has: it was restored from a backup without lifting its"
              + " revisions, so the region would ignore its changes. Restore it with the"
              + " provisioning tool, which does that.",
          Optional.empty());
    }
    Delivery delivery = new Delivery(ledgerId);
    while (true) {
      List<Bucket> page = ledger.buckets().changedSince(watermark, PAGE);
      if (page.isEmpty()) {
        break;
      }
      requireOwnLocation(page);
      while (!page.isEmpty()) {
        BatchEncoder.Batch request = delivery.encoder.fitting(page, maxRequestBytes);
        int count = request.count();
        List<Bucket> batch = page.subList(0, count);
        long highest = batch.get(count - 1).revision();
        delivery.deliver(batch, request.body(), true);
        state.acknowledge(highest);
        watermark = highest;
        LOG.debug("backend acknowledged buckets up to revision {}", highest);
        page = page.subList(count, page.size());
      }
    }
    retrySetAside(delivery);
    return new DrainResult(delivery.buckets, delivery.requests, watermark);
  }

  private void retrySetAside(Delivery delivery) throws DeliveryException {
    List<BucketKey> keys = state.setAsideKeys();
    Instant now = clock.instant();
    if (keys.isEmpty() || Duration.between(lastSetAsideRetry, now).compareTo(SET_ASIDE_RETRY) < 0) {
      return;
    }
    lastSetAsideRetry = now;
    List<Bucket> current = ledger.buckets().find(keys);
    while (!current.isEmpty()) {
      BatchEncoder.Batch request = delivery.encoder.fitting(current, maxRequestBytes);
      delivery.deliver(current.subList(0, request.count()), request.body(), false);
      current = current.subList(request.count(), current.size());
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

  /** One drain's requests, counting what got through. */
  private final class Delivery {
    private final BatchEncoder encoder;
    private int buckets;
    private int requests;

    Delivery(String ledgerId) {
      this.encoder = new BatchEncoder(credential.locationCode(), credential.kioskCode(), ledgerId);
    }

    /**
     * Delivers {@code batch}, written as {@code body}, halving it when the backend refuses its
     * content. A single refused bucket is set aside; a bucket the backend takes is released from
     * the set-aside list.
     *
     * @param fresh whether these come from the backlog (a refusal is news worth a warning)
     */
    void deliver(List<Bucket> batch, byte[] body, boolean fresh) throws DeliveryException {
      try {
        send(batch, body);
        buckets += batch.size();
        if (!fresh) {
          batch.forEach(bucket -> state.release(bucket.key()));
          LOG.info("the backend took {} buckets it had refused before", batch.size());
        }
      } catch (DeliveryException e) {
        if (e.kind() != Kind.REFUSED) {
          throw e;
        }
        if (batch.size() == 1) {
          state.setAside(batch.get(0).key(), e.getMessage());
          if (fresh) {
            LOG.warn(
                "the backend refuses bucket {}; set aside: {}", batch.get(0).key(), e.getMessage());
          }
          return;
        }
        List<Bucket> first = batch.subList(0, batch.size() / 2);
        List<Bucket> second = batch.subList(batch.size() / 2, batch.size());
        deliver(first, encoder.all(first), fresh);
        deliver(second, encoder.all(second), fresh);
      }
    }

    private void send(List<Bucket> batch, byte[] body) throws DeliveryException {
      IngestReceipt receipt = backend.sendBuckets(body, credential.authorization());
      requests++;
      requireMatching(
          receipt, batch.stream().mapToLong(Bucket::revision).max().orElseThrow(), batch.size());
    }
  }

  /**
   * An acknowledgement counts only when it names exactly what was sent: a backend (or something
   * posing as one) that answers 200 with anything else must not move the watermark.
   */
  private static void requireMatching(IngestReceipt receipt, long highest, int count)
      throws DeliveryException {
    if (receipt.acknowledgedRevision() != highest || receipt.buckets() != count) {
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
