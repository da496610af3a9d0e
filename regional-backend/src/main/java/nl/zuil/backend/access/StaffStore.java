package nl.zuil.backend.access;

import java.util.Optional;

/** Where staff accounts are kept. */
public interface StaffStore {

  /** A stored account with its hash. */
  record StoredAccount(StaffUser user, String passwordHash) {}

  /**
   * Creates an account, or replaces the role, municipality and password of an existing one in the
   * same region.
   *
   * @throws IllegalArgumentException when the name is taken in another region
   */
  void save(StaffUser user, String passwordHash, long nowMs);

  Optional<StoredAccount> find(String username);
}
