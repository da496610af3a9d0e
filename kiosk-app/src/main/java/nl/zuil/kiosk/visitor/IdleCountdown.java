package nl.zuil.kiosk.visitor;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counts down to the reset of an unattended screen. The countdown is shown before the reset
 * happens, so nobody loses their place without having seen it coming.
 */
public final class IdleCountdown {

  private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();
  private Instant deadline;
  private Duration showWithin = Duration.ZERO;
  private Duration warnWithin = Duration.ZERO;

  /**
   * @param showWithin the countdown becomes visible this long before the deadline
   * @param warnWithin the warning is given this long before the deadline; a restart gives it again
   */
  void start(Instant now, Duration timeout, Duration showWithin, Duration warnWithin) {
    this.deadline = now.plus(timeout);
    this.showWithin = showWithin;
    this.warnWithin = warnWithin;
    warning.set(false);
    update(now);
  }

  void stop() {
    deadline = null;
    showing.set(false);
    warning.set(false);
    secondsLeft.set(0);
  }

  boolean running() {
    return deadline != null;
  }

  /** Returns true once, when the deadline has passed; the countdown is stopped then. */
  boolean tick(Instant now) {
    if (deadline == null) {
      return false;
    }
    if (!now.isBefore(deadline)) {
      stop();
      return true;
    }
    update(now);
    return false;
  }

  private void update(Instant now) {
    Duration left = Duration.between(now, deadline);
    // Round up: "1 second" is shown until the very end, never "0 seconds" before the reset.
    secondsLeft.set((int) ((left.toMillis() + 999) / 1000));
    showing.set(left.compareTo(showWithin) <= 0);
    warning.set(left.compareTo(warnWithin) <= 0);
  }

  public ReadOnlyIntegerProperty secondsLeftProperty() {
    return secondsLeft.getReadOnlyProperty();
  }

  /**
   * True from the moment the reset is near enough to warn of it aloud; turns true once per start,
   * so a listener speaks the warning once.
   */
  public ReadOnlyBooleanProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }
}
