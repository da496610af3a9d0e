package nl.zuil.backend.ingest;

import java.util.List;

/**
 * A request to store buckets (API v1); the kiosk named must be the sender's own.
 *
 * @param ledgerId which of the kiosk's ledgers the revisions count in (hex, decision 0205)
 */
public record BucketBatch(
    String locationCode, String kioskCode, String ledgerId, List<WireBucket> buckets) {}
