package nl.zuil.kiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way in: five taps within three seconds on the top-left corner. A visitor does not do
 * that by accident, and a gids learns it in one go.
 */
public final class StaffGesture {

  static final int TAPS = 5;
  static final Duration WITHIN = Duration.ofSeconds(3);

  private final Deque<Instant> taps = new ArrayDeque<>();

  /** Returns true on the tap that completes the gesture. */
  public boolean tap(Instant now) {
    taps.addLast(now);
    while (taps.size() > TAPS) {
      taps.removeFirst();
    }
    if (taps.size() == TAPS && Duration.between(taps.getFirst(), now).compareTo(WITHIN) <= 0) {
      taps.clear();
      return true;
    }
    return false;
  }
}
