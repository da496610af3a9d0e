package nl.zuil.regionapi;

import java.util.List;

/**
 * Body of {@code POST /api/v1/buckets}: buckets of one kiosk; the kiosk named must be the sender's
 * own.
 *
 * @param ledgerId which of the kiosk's ledgers the revisions count in (hex, decision 0205)
 */
public record BucketBatch(
    String locationCode, String kioskCode, String ledgerId, List<WireBucket> buckets) {}
