package nl.zuil.backend.signin.totp;

import nl.zuil.backend.store.Database;

/**
 * IT beheer's way back for a member of staff who lost both phone and recovery codes: the account's
 * TOTP is forgotten, and it is set up again at the next sign-in (or when the region requires it,
 * right after the password). Needs no key: nothing is opened, only deleted.
 */
public final class TotpReset {

  private final TotpStore store;

  public TotpReset(Database database) {
    this.store = new TotpStore(database);
  }

  /** True when the account had TOTP (switched on or half set up). */
  public boolean reset(String username) {
    return store.reset(username);
  }
}
