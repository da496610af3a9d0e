package nl.zuil.hardware.link;

import java.time.Duration;

/**
 * A byte pipe to a printer (or, for the virtual printer, to the kiosk). Every call has a deadline:
 * a device that stops answering must surface as an exception, never as a hung thread.
 */
public interface PrinterLink extends AutoCloseable {

  /**
   * Writes all of {@code bytes} or fails.
   *
   * @throws LinkTimeoutException when the device stops taking bytes (flow control held, buffer
   *     full) for longer than {@code timeout}; the link is closed then
   * @throws LinkException when the device has gone
   */
  void write(byte[] bytes, Duration timeout) throws LinkException;

  /**
   * Reads exactly {@code count} bytes.
   *
   * @throws LinkTimeoutException when fewer arrived within {@code timeout}
   */
  byte[] read(int count, Duration timeout) throws LinkException;

  /** Whatever arrived, up to {@code max} bytes, waiting at most {@code wait} for the first. */
  byte[] readAvailable(int max, Duration wait) throws LinkException;

  /** Drops bytes that arrived and were not read, such as a late answer to an earlier request. */
  void discardInput() throws LinkException;

  @Override
  void close();
}
