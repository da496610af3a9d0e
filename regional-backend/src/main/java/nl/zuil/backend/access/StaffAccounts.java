package nl.zuil.backend.access;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zuil.backend.region.Regions;

/**
 * Staff accounts: created from the command line, checked at login. An unknown name costs as much as
 * a wrong password, so timing tells nobody which accounts exist. How often anyone may try is {@link
 * StaffLogin}'s business.
 */
public final class StaffAccounts {

  /** Lower-case, like a mail box's local part; no spaces, no upper case to confuse. */
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

  private final StaffStore store;
  private final Regions regions;
  private final Passwords passwords;
  private final Clock clock;

  public StaffAccounts(StaffStore store, Regions regions, Passwords passwords, Clock clock) {
    this.store = store;
    this.regions = regions;
    this.passwords = passwords;
    this.clock = clock;
  }

  /**
   * Creates an account, or resets the role and password of an existing one.
   *
   * @throws IllegalArgumentException with a reason for the administrator when anything is wrong
   */
  public StaffUser save(
      String username,
      String regionCode,
      Role role,
      Optional<String> municipality,
      char[] password) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "user name '"
              + username
              + "' must be 3 to 40 lower-case letters, digits, '.', '_' or '-', starting with a"
              + " letter");
    }
    if (regions.name(regionCode).isEmpty()) {
      throw new IllegalArgumentException("region " + regionCode + " does not exist");
    }
    if (role == Role.MUNICIPALITY) {
      String name =
          municipality.orElseThrow(
              () -> new IllegalArgumentException("a municipality account needs --municipality"));
      boolean known =
          regions.locations(regionCode).stream().anyMatch(l -> l.municipality().equals(name));
      if (!known) {
        throw new IllegalArgumentException(
            "no inlooppunt of region "
                + regionCode
                + " lies in municipality '"
                + name
                + "'; add its locations first (add-location)");
      }
    } else if (municipality.isPresent()) {
      throw new IllegalArgumentException("only a municipality account takes --municipality");
    }
    if (password.length < Passwords.MIN_LENGTH) {
      throw new IllegalArgumentException(
          "a password needs at least " + Passwords.MIN_LENGTH + " characters");
    }
    if (Arrays.equals(password, username.toCharArray())) {
      throw new IllegalArgumentException("the password cannot be the user name");
    }
    StaffUser user = new StaffUser(username, regionCode, role, municipality);
    store.save(user, passwords.hash(password), clock.millis());
    return user;
  }

  /** The account of this name, if there is one; checks no password. */
  public Optional<StaffUser> account(String username) {
    return username == null ? Optional.empty() : store.find(username).map(a -> a.user());
  }

  /** The account, if the name and password match. */
  public Optional<StaffUser> login(String username, char[] password) {
    Optional<StaffStore.StoredAccount> account =
        username == null ? Optional.empty() : store.find(username);
    if (account.isEmpty()) {
      passwords.burn(password);
      return Optional.empty();
    }
    return passwords.matches(password, account.get().passwordHash())
        ? Optional.of(account.get().user())
        : Optional.empty();
  }
}
