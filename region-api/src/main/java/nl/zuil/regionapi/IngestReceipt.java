package nl.zuil.regionapi;

/**
 * The backend's acknowledgement of a stored batch. The agent moves its watermark only when {@code
 * acknowledgedRevision} and {@code buckets} match what it sent.
 *
 * @param acknowledgedRevision the highest revision in the batch, now durably stored or superseded
 * @param buckets how many buckets the batch held
 * @param applied how many replaced older counts (the rest were duplicates or stale)
 * @param serverTime the backend's clock when it committed, for the kiosk's clock-offset estimate
 */
public record IngestReceipt(
    long acknowledgedRevision, int buckets, int applied, String serverTime) {}
