package nl.zuil.kiosk.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.zuil.web.LoginThrottle;
import nl.zuil.web.MemoryThrottleStore;
import nl.zuil.web.ThrottlePolicy;
import nl.zuil.web.ThrottleStore;
import nl.zuil.web.TrustedBrowsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a gids PIN is checked at all, and counts the wrong ones (decision 0209). A
 * browser that logged in on this kiosk before carries a signed cookie and has a budget of its own;
 * every other attempt counts against its address, its desk and one budget for all unknown browsers
 * together, so an attacker with many addresses gets no more tries than one with a single address,
 * and a gids whose browser is known still gets in while the spray runs. Counts live in memory: the
 * console is one process, and a restart (a new PIN comes with one) also voids every browser cookie.
 */
final class PinGate {

  /** An address that tries a wrong PIN five times waits a minute, then twice as long each time. */
  static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(4, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

  /** Per desk, whatever the address. */
  static final ThrottlePolicy PER_DESK =
      new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(2));

  /**
   * All browsers this kiosk does not know, together: past ten wrong PINs at most one try per ten
   * minutes, however many addresses and desks are used.
   */
  static final ThrottlePolicy ALL_UNKNOWN =
      new ThrottlePolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(2));

  /** A known browser: its own budget, like one address. */
  static final ThrottlePolicy PER_KNOWN_BROWSER = PER_ADDRESS;

  /** How long a browser stays known after its last login. */
  static final Duration KNOWN_FOR = Duration.ofDays(30);

  /** The console has one shared PIN, so a browser is known for the kiosk, not for a person. */
  private static final String SUBJECT = "gids";

  private static final Logger LOG = LoggerFactory.getLogger(PinGate.class);

  /** The answer to one login attempt. */
  record Verdict(boolean accepted, Optional<Duration> waitFor, String browserCookie) {}

  private final LoginThrottle perAddress;
  private final LoginThrottle perDesk;
  private final LoginThrottle allUnknown;
  private final LoginThrottle perKnownBrowser;
  private final TrustedBrowsers browsers;

  PinGate(Clock clock) {
    ThrottleStore store = new MemoryThrottleStore(clock);
    this.perAddress = new LoginThrottle(PER_ADDRESS, clock, store, "address:");
    this.perDesk = new LoginThrottle(PER_DESK, clock, store, "desk:");
    this.allUnknown = new LoginThrottle(ALL_UNKNOWN, clock, store, "unknown:");
    this.perKnownBrowser = new LoginThrottle(PER_KNOWN_BROWSER, clock, store, "browser:");
    this.browsers = new TrustedBrowsers(TrustedBrowsers.newKey(), clock, KNOWN_FOR);
  }

  Duration browserCookieLasts() {
    return browsers.lasting();
  }

  /**
   * One login attempt. {@code pinMatches} runs only when no budget makes this attempt wait, so a
   * right PIN tried during a wait reveals nothing.
   *
   * @param browserCookie the browser cookie the request carries, if any
   */
  Verdict attempt(String address, String desk, String browserCookie, BooleanSupplier pinMatches) {
    Optional<String> known = browsers.recognise(browserCookie, SUBJECT);
    if (known.isPresent()) {
      return knownBrowser(known.get(), pinMatches);
    }
    Optional<Duration> wait =
        longest(perAddress.waiting(address), perDesk.waiting(desk), allUnknown.waiting(""));
    if (wait.isPresent()) {
      return refused(wait);
    }
    if (pinMatches.getAsBoolean()) {
      perAddress.forgive(address);
      perDesk.forgive(desk);
      // The budget of all unknown browsers is not forgiven: a gids logging in during a spray would
      // otherwise hand the attacker ten free tries.
      return accepted();
    }
    Optional<Duration> everyone = allUnknown.failed("");
    if (everyone.isPresent()) {
      LOG.warn(
          "wrong gids PINs keep coming: unknown browsers wait {} s", everyone.get().toSeconds());
    }
    return refused(longest(perAddress.failed(address), perDesk.failed(desk), everyone));
  }

  private Verdict knownBrowser(String browser, BooleanSupplier pinMatches) {
    Optional<Duration> wait = perKnownBrowser.waiting(browser);
    if (wait.isPresent()) {
      return refused(wait);
    }
    if (pinMatches.getAsBoolean()) {
      perKnownBrowser.forgive(browser);
      return accepted();
    }
    return refused(perKnownBrowser.failed(browser));
  }

  private Verdict accepted() {
    return new Verdict(true, Optional.empty(), browsers.issue(SUBJECT));
  }

  private static Verdict refused(Optional<Duration> wait) {
    return new Verdict(false, wait, null);
  }

  @SafeVarargs
  private static Optional<Duration> longest(Optional<Duration>... waits) {
    return Stream.of(waits).flatMap(Optional::stream).max(Duration::compareTo);
  }
}
