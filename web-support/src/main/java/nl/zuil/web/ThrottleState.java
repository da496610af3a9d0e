package nl.zuil.web;

import java.time.Instant;

/**
 * What a {@link ThrottleStore} keeps for one key.
 *
 * @param count counted attempts in a row
 * @param waitUntil no attempt is checked before this
 * @param forgetAt after this the key starts afresh (and a store may drop it)
 */
public record ThrottleState(int count, Instant waitUntil, Instant forgetAt) {

  /** A key never seen, or forgotten. */
  public static final ThrottleState FRESH = new ThrottleState(0, Instant.EPOCH, Instant.EPOCH);
}
