package nl.zuil.backend.ingest;

import java.util.List;

/** A request to store buckets (API v1); the kiosk named must be the sender's own. */
public record BucketBatch(String locationCode, String kioskCode, List<WireBucket> buckets) {}
