package nl.zuil.regionapi;

/**
 * The answer to a stored {@link SlipCountBatch}, sent after the commit.
 *
 * @param acknowledgedRevision the highest revision of the request, now stored or superseded
 * @param applied how many counts replaced stored ones (the rest were duplicates or stale)
 */
public record SlipCountReceipt(long acknowledgedRevision, int applied) {}
