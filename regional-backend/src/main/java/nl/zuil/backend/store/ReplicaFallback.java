package nl.zuil.backend.store;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a read replica does when it cannot be reached: the work goes to the primary, and the replica
 * is left alone for a while, so that each staff page does not first wait for a failed connection.
 */
final class ReplicaFallback {

  private static final Logger LOG = LoggerFactory.getLogger(ReplicaFallback.class);

  /** The longest a page waits for the replica's connection before going to the primary. */
  static final int CONNECT_SECONDS = 3;

  private static final long REST_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final Database primary;
  private volatile long restingUntil;
  private volatile boolean resting;

  ReplicaFallback(Database primary) {
    this.primary = primary;
  }

  Database primary() {
    return primary;
  }

  /** The replica failed recently: read from the primary without trying it again yet. */
  boolean replicaResting() {
    if (resting && System.nanoTime() - restingUntil >= 0) {
      resting = false;
      LOG.info("Trying the read replica again");
    }
    return resting;
  }

  /**
   * Whether {@code failure} means the replica is gone (then it rests, and the caller reads from the
   * primary), rather than a statement it refused.
   */
  boolean replicaLost(StoreException failure) {
    if (!failure.connectionLost()) {
      return false;
    }
    LOG.warn(
        "Read replica unreachable, the dashboard reads from the primary for {} s: {}",
        TimeUnit.NANOSECONDS.toSeconds(REST_NANOS),
        failure.getMessage());
    restingUntil = System.nanoTime() + REST_NANOS;
    resting = true;
    return true;
  }
}
