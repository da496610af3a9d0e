package nl.zuil.backend.access;

import java.util.Optional;

/** Where staff accounts are kept. */
public interface StaffStore {

  /** A stored account with its hash and lockout state. */
  record StoredAccount(
      StaffUser user, String passwordHash, int failedLogins, Optional<Long> lockedUntilMs) {}

  /**
   * Creates an account, or replaces the role, municipality and password of an existing one in the
   * same region.
   *
   * @throws IllegalArgumentException when the name is taken in another region
   */
  void save(StaffUser user, String passwordHash, long nowMs);

  Optional<StoredAccount> find(String username);

  /**
   * Counts a failed login; locks the account until {@code lockUntilMs} when it reaches the limit.
   */
  void recordFailure(String username, int limit, long lockUntilMs);

  void recordSuccess(String username);
}
