package nl.zuil.hardware.escpos;

import java.time.Instant;
import java.util.Optional;
import nl.zuil.kioskfiles.printer.PrinterStatus;

/**
 * Reads the printer's status answers. Every answer byte of DLE EOT has fixed bits (bit 1 and 4 set,
 * bit 0 and 7 clear); a byte without them is noise, and noise means we do not know the state: the
 * printer counts as offline, never as ready.
 */
public final class StatusBytes {

  /** The four real-time requests, sent as one burst and answered with one byte each. */
  public static final int REQUESTS = 4;

  private static final int FIXED_MASK = 0x93;
  private static final int FIXED_VALUE = 0x12;

  private StatusBytes() {}

  /** DLE EOT 1, 2, 3 and 4 back to back. */
  public static byte[] realTimeRequest() {
    byte[] request = new byte[3 * REQUESTS];
    for (int n = 1; n <= REQUESTS; n++) {
      System.arraycopy(EscPosCommands.realTimeStatus(n), 0, request, 3 * (n - 1), 3);
    }
    return request;
  }

  /** True when {@code b} has the fixed bits of an answer to DLE EOT. */
  public static boolean isRealTimeAnswer(byte b) {
    return (b & FIXED_MASK) == FIXED_VALUE;
  }

  /**
   * The status in the answers to DLE EOT 1 to 4, or empty when any byte is not a status byte.
   *
   * <p>{@code online} means the printer answers and is not held offline by anything except the
   * causes reported in their own fields (cover, paper, cutter), so the kiosk can say "paper out"
   * rather than just "offline".
   */
  public static Optional<PrinterStatus> parseRealTime(byte[] answer, Instant at) {
    if (answer.length != REQUESTS) {
      return Optional.empty();
    }
    for (byte b : answer) {
      if (!isRealTimeAnswer(b)) {
        return Optional.empty();
      }
    }
    boolean offline = (answer[0] & 0x08) != 0;
    boolean coverOpen = (answer[1] & 0x04) != 0;
    boolean paperStop = (answer[1] & 0x20) != 0;
    boolean cutterError = (answer[2] & 0x08) != 0;
    boolean otherError = (answer[2] & 0x60) != 0;
    boolean paperNearEnd = (answer[3] & 0x0C) != 0;
    boolean paperOut = paperStop || (answer[3] & 0x60) != 0;
    boolean explained = coverOpen || paperOut || cutterError;
    boolean online = !otherError && (!offline || explained);
    return Optional.of(
        new PrinterStatus(online, coverOpen, paperOut, paperNearEnd, cutterError, at));
  }

  /**
   * True when the answer to GS r 1 is a paper sensor byte (bits 4 and 7 clear) reporting paper
   * present at the head.
   */
  public static boolean paperSensorSaysPaper(byte answer) {
    return (answer & 0x90) == 0 && (answer & 0x0C) == 0;
  }
}
