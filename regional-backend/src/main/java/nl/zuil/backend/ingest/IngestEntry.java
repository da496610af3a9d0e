package nl.zuil.backend.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One accepted bucket batch as the ingest log keeps it: counts only, never a bucket's contents.
 *
 * @param buckets how many buckets (bucket keys) the batch held
 * @param applied how many of them changed stored counts
 * @param visitsApplied the visits the changed buckets count now
 * @param firstDay the earliest service day the batch touched
 * @param lastDay the latest service day the batch touched
 */
public record IngestEntry(
    Instant receivedAt,
    String deviceId,
    String ledgerId,
    int buckets,
    int applied,
    long visitsApplied,
    LocalDate firstDay,
    LocalDate lastDay) {}
