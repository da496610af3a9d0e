package nl.zuil.hardware.driver;

import java.time.Duration;

/**
 * How long the driver waits for a printer, and how often it asks.
 *
 * @param statusAnswer time for the answer to a status request; a real printer answers in
 *     milliseconds, so a longer silence means offline
 * @param pollInterval time between status polls (and reconnect attempts) while idle
 * @param printing time the mechanism may need to print and cut, on top of the line time of the
 *     ticket's bytes, before a ticket without completion answer counts as failed
 * @param staleAfter a print request that could not start within this time is dropped, never printed
 *     late for a visitor who has left
 */
public record PrinterTimings(
    Duration statusAnswer, Duration pollInterval, Duration printing, Duration staleAfter) {

  public static PrinterTimings defaults() {
    return new PrinterTimings(
        Duration.ofMillis(500),
        Duration.ofSeconds(2),
        Duration.ofSeconds(4),
        Duration.ofSeconds(20));
  }
}
