package nl.zuil.kioskfiles.kioskconfig;

import java.time.Duration;

/**
 * When the visitor screen goes back to the start by itself.
 *
 * @param ticket on the ticket screen, where the visitor only has to read and take the paper
 * @param other on every other screen, including the welcome screen after a language was chosen
 * @param countdown how long before the reset a countdown is shown on the other screens; the ticket
 *     screen always shows its countdown
 */
public record IdleTimeouts(Duration ticket, Duration other, Duration countdown) {

  public static final IdleTimeouts DEFAULT =
      new IdleTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(20));
}
