package nl.zuil.backend.ingest;

/**
 * What a stored batch changed.
 *
 * @param buckets how many buckets replaced (or created) a stored row
 * @param visits the visits those buckets count now
 */
public record Applied(int buckets, long visits) {}
