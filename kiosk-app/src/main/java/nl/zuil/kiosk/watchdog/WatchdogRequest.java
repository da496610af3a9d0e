package nl.zuil.kiosk.watchdog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The watchdog systemd asks of the service ({@code WatchdogSec=} in the unit), read from the
 * variables it sets: {@code WATCHDOG_USEC}, and {@code WATCHDOG_PID} for the process meant.
 *
 * <p>systemd names the service's main process, which for the kiosk is cage; cage passes its
 * environment on to the kiosk it starts. So, unlike sd_watchdog_enabled(3), the request counts when
 * it names this process or its parent: a process further down that inherited the variables would
 * ping for a kiosk it cannot see.
 */
public record WatchdogRequest(Duration timeout) {

  public WatchdogRequest {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("watchdog timeout must be positive: " + timeout);
    }
  }

  /**
   * The request for this process, or empty when systemd asked for no watchdog or asked it of
   * another process.
   *
   * @throws IllegalArgumentException when a variable is set but is not a number
   */
  public static Optional<WatchdogRequest> fromEnvironment(
      Map<String, String> environment, long pid, OptionalLong parentPid) {
    String micros = environment.get("WATCHDOG_USEC");
    if (micros == null || micros.isEmpty()) {
      return Optional.empty();
    }
    String forPid = environment.get("WATCHDOG_PID");
    if (forPid != null && !forPid.isEmpty()) {
      long meant = number("WATCHDOG_PID", forPid);
      if (meant != pid && (parentPid.isEmpty() || meant != parentPid.getAsLong())) {
        return Optional.empty();
      }
    }
    long timeout = number("WATCHDOG_USEC", micros);
    if (timeout <= 0) {
      throw new IllegalArgumentException("WATCHDOG_USEC must be positive: " + micros);
    }
    return Optional.of(new WatchdogRequest(Duration.ofNanos(Math.multiplyExact(timeout, 1000L))));
  }

  private static long number(String variable, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " is not a number: " + value, e);
    }
  }

  /**
   * How often the screen is asked and, when it answers, systemd pinged: four times per timeout, so
   * the kiosk is restarted only when the screen missed several answers in a row.
   */
  public Duration askEvery() {
    return timeout.dividedBy(4);
  }

  /** How long the screen may take to answer before that round's ping is left out. */
  public Duration answerWithin() {
    return timeout.dividedBy(8);
  }
}
