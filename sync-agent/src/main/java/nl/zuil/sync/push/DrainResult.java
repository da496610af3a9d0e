package nl.zuil.sync.push;

/**
 * What one drain delivered.
 *
 * @param acknowledgedRevision the watermark afterwards
 */
public record DrainResult(int buckets, int requests, long acknowledgedRevision) {}
