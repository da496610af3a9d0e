package nl.zuil.backend.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import nl.zuil.web.LoginThrottle;
import nl.zuil.web.ThrottlePolicy;
import nl.zuil.web.ThrottleStore;
import nl.zuil.web.TrustedBrowsers;

/**
 * Who may try a password now, and what a wrong one costs (decision 0209). A browser that logged in
 * as this account before carries a signed cookie and has a budget of its own. Every other attempt
 * counts against the account, the client address and one budget for all such attempts together,
 * each with waits that double past a few free tries instead of a lock: an attacker who sprays an
 * account's name from anywhere makes only unknown browsers wait, and the member of staff at their
 * usual browser still gets in. The budgets live in the database, shared by every backend process.
 */
public final class StaffLogin {

  /** An account tried from unknown browsers: five free, then 30 s doubling to 15 min. */
  public static final ThrottlePolicy PER_ACCOUNT =
      new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(6));

  /**
   * Wrong passwords from one address, whatever the names: many people share an office's address, so
   * the budget is wide, only wrong passwords count, and known browsers do not use it.
   */
  public static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

  /**
   * All wrong passwords from unknown browsers, whatever the address and name: the ceiling on what
   * an attacker with any number of addresses gets, about 30 tries an hour once it is reached.
   */
  public static final ThrottlePolicy ALL_UNKNOWN =
      new ThrottlePolicy(30, Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofHours(1));

  /** A browser that logged in as the account before. */
  public static final ThrottlePolicy PER_KNOWN_BROWSER = PER_ACCOUNT;

  /** How long a browser stays known after its last login as an account. */
  public static final Duration KNOWN_FOR = Duration.ofDays(90);

  /**
   * The answer to one attempt.
   *
   * @param user who logged in; empty when refused
   * @param waitFor present when the password was not checked because a budget makes this attempt
   *     wait
   */
  public record Outcome(Optional<StaffUser> user, Optional<Duration> waitFor) {}

  private final StaffAccounts accounts;
  private final TrustedBrowsers browsers;
  private final LoginThrottle perAccount;
  private final LoginThrottle perAddress;
  private final LoginThrottle allUnknown;
  private final LoginThrottle perKnownBrowser;

  public StaffLogin(StaffAccounts accounts, ThrottleStore store, byte[] browserKey, Clock clock) {
    this.accounts = accounts;
    this.browsers = new TrustedBrowsers(browserKey, clock, KNOWN_FOR);
    this.perAccount = new LoginThrottle(PER_ACCOUNT, clock, store, "account:");
    this.perAddress = new LoginThrottle(PER_ADDRESS, clock, store, "address:");
    this.allUnknown = new LoginThrottle(ALL_UNKNOWN, clock, store, "unknown:");
    this.perKnownBrowser = new LoginThrottle(PER_KNOWN_BROWSER, clock, store, "browser:");
  }

  public Duration browserCookieLasts() {
    return browsers.lasting();
  }

  /** The cookie that makes this browser known for {@code username}, given when a session starts. */
  public String knownBrowserCookie(String username) {
    return browsers.issue(username);
  }

  /**
   * How long the address must wait before its next second-step code (decision 0215): wrong codes
   * count against the same per-address budget as wrong passwords.
   */
  public Optional<Duration> codeWaiting(String address) {
    return perAddress.waiting(address);
  }

  /** A wrong second-step code from {@code address}. */
  public void wrongCode(String address) {
    perAddress.failed(address);
  }

  /**
   * One login attempt; the password is checked only when no budget makes it wait.
   *
   * @param browserCookie the cookie of a known browser the request carries, if any
   */
  public Outcome attempt(String username, char[] password, String address, String browserCookie) {
    Optional<String> known = browsers.recognise(browserCookie, username);
    Optional<Duration> wait =
        known.isPresent()
            ? perKnownBrowser.waiting(known.get())
            : longest(
                perAccount.waiting(username), perAddress.waiting(address), allUnknown.waiting(""));
    if (wait.isPresent()) {
      return new Outcome(Optional.empty(), wait);
    }
    Optional<StaffUser> user = accounts.login(username, password);
    if (user.isPresent()) {
      if (known.isPresent()) {
        perKnownBrowser.forgive(known.get());
      } else {
        perAccount.forgive(username);
      }
      return new Outcome(user, Optional.empty());
    }
    // Unknown names count like known ones, so the waits tell nobody which accounts exist.
    if (known.isPresent()) {
      perKnownBrowser.failed(known.get());
    } else {
      perAccount.failed(username);
      perAddress.failed(address);
      allUnknown.failed("");
    }
    return new Outcome(Optional.empty(), Optional.empty());
  }

  @SafeVarargs
  private static Optional<Duration> longest(Optional<Duration>... waits) {
    return Stream.of(waits).flatMap(Optional::stream).max(Duration::compareTo);
  }
}
