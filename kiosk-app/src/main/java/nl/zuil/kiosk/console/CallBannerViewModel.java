package nl.zuil.kiosk.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "W-014 – Balie 1" over the visitor screen for a while after a gids calls a ticket. It never takes
 * a tap and never resets the visitor's screen: a visitor halfway through choosing keeps going. A
 * call that is put back or finished before the time is up disappears at once.
 */
public final class CallBannerViewModel {

  static final Duration SHOWN_FOR = Duration.ofSeconds(20);

  private final Clock clock;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
  private String number;
  private Instant until = Instant.MIN;

  /**
   * @param clock a monotonic clock, like the visitor screen's
   */
  public CallBannerViewModel(Clock clock) {
    this.clock = clock;
  }

  /** A call or recall; on the JavaFX thread. */
  public void announce(Announcement call) {
    number = call.number();
    text.set(call.number() + " \u2013 " + call.desk());
    until = clock.instant().plus(SHOWN_FOR);
    showing.set(true);
  }

  /** A new board; on the JavaFX thread. */
  public void board(Board board) {
    if (showing.get() && board.called().stream().noneMatch(r -> r.number().equals(number))) {
      hide();
    }
  }

  /** Called a few times a second by the scene's timer. */
  public void tick() {
    if (showing.get() && !clock.instant().isBefore(until)) {
      hide();
    }
  }

  private void hide() {
    showing.set(false);
    text.set("");
    number = null;
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }
}
