package nl.zuil.hardware.driver;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import nl.zuil.hardware.escpos.EscPosCommands;
import nl.zuil.hardware.escpos.StatusBytes;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.link.LinkTimeoutException;
import nl.zuil.hardware.link.PrinterLink;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.profile.BufferClear;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status and print protocol over one link, reopened whenever it is lost. Not thread-safe: the
 * printer's single I/O thread owns it.
 *
 * <p>A ticket is written only after a real-time status says the printer can print. GS r 1 follows
 * the ticket; the printer answers it only when everything before it went through the mechanism, so
 * its answer is the proof that the ticket came out. Without that proof, or with a bad status after
 * it, the ticket counts as not printed and its unprinted rest is cleared from the printer where the
 * printer allows, so that it does not come out when the paper is refilled.
 */
final class PrinterConnection {

  private static final Logger LOG = LoggerFactory.getLogger(PrinterConnection.class);

  private final LinkOpener opener;
  private final PrinterProfile profile;
  private final PrinterTimings timings;
  private final Clock clock;
  private final Consumer<PrinterStatus> statusSink;
  private PrinterLink link;

  PrinterConnection(
      LinkOpener opener,
      PrinterProfile profile,
      PrinterTimings timings,
      Clock clock,
      Consumer<PrinterStatus> statusSink) {
    this.opener = opener;
    this.profile = profile;
    this.timings = timings;
    this.clock = clock;
    this.statusSink = statusSink;
  }

  /** Asks DLE EOT 1 to 4; no link, no answer or a garbled one is offline. */
  PrinterStatus readStatus() {
    PrinterStatus status = askStatus();
    statusSink.accept(status);
    return status;
  }

  PrintResult print(byte[] ticket) {
    PrinterStatus before = readStatus();
    if (!before.canPrint()) {
      LOG.info("ticket not sent: printer is {}", before.condition());
      return new PrintResult(false, before);
    }
    byte[] job = concat(ticket, EscPosCommands.paperSensorStatus());
    Duration line = lineTime(job.length);
    boolean cameOut = false;
    try {
      send(job, line.multipliedBy(2).plus(timings.printing()));
      cameOut = awaitCompletion(line.plus(timings.printing()));
    } catch (LinkTimeoutException e) {
      LOG.warn("ticket of {} bytes not confirmed: {}", job.length, e.getMessage());
    } catch (LinkException e) {
      LOG.warn("printer lost while printing: {}", e.getMessage());
      dropLink();
    }
    PrinterStatus after = readStatus();
    boolean printed = cameOut && after.canPrint();
    if (!printed) {
      clearUnprintedRest();
    }
    return new PrintResult(printed, after);
  }

  /** A link that failed or timed out while writing has closed itself; the next use reopens it. */
  private void send(byte[] job, Duration timeout) throws LinkException {
    try {
      link.discardInput();
      link.write(job, timeout);
    } catch (LinkException e) {
      dropLink();
      throw e;
    }
  }

  /**
   * Reads the answer to the GS r 1 behind the ticket. A late answer to an earlier real-time request
   * can still be on its way; it is recognisable by its fixed bits and skipped.
   */
  private boolean awaitCompletion(Duration timeout) throws LinkException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      byte answer = link.read(1, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))[0];
      if (!StatusBytes.isRealTimeAnswer(answer)) {
        return StatusBytes.paperSensorSaysPaper(answer);
      }
      LOG.debug("skipped a late real-time status byte while waiting for the ticket");
    }
  }

  void close() {
    dropLink();
  }

  private PrinterStatus askStatus() {
    if (link == null) {
      try {
        link = opener.open();
      } catch (LinkException e) {
        LOG.debug("printer not reachable: {}", e.getMessage());
        return PrinterStatus.offline(clock.instant());
      }
    }
    byte[] request = StatusBytes.realTimeRequest();
    Duration answerTime =
        timings.statusAnswer().plus(lineTime(request.length + StatusBytes.REQUESTS));
    try {
      link.discardInput();
      link.write(request, answerTime);
      byte[] answer = link.read(StatusBytes.REQUESTS, answerTime);
      Optional<PrinterStatus> status = StatusBytes.parseRealTime(answer, clock.instant());
      if (status.isEmpty()) {
        LOG.warn("printer answered garbage to a status request: {}", hex(answer));
      }
      return status.orElseGet(() -> PrinterStatus.offline(clock.instant()));
    } catch (LinkException e) {
      LOG.debug("no status from printer: {}", e.getMessage());
      // Reopen next time: after a USB replug only a fresh open reaches the device again.
      dropLink();
      return PrinterStatus.offline(clock.instant());
    }
  }

  private void clearUnprintedRest() {
    if (profile.bufferClear() != BufferClear.DLE_DC4 || link == null) {
      return;
    }
    try {
      link.write(EscPosCommands.clearBuffers(), timings.statusAnswer());
      // Take the clear response (37 25 00) off the line, or the next status read gets it.
      link.read(EscPosCommands.CLEAR_RESPONSE_LENGTH, timings.statusAnswer());
    } catch (LinkTimeoutException e) {
      LOG.debug("no response to the buffer clear: {}", e.getMessage());
    } catch (LinkException e) {
      LOG.debug("could not clear the printer's buffer: {}", e.getMessage());
      dropLink();
    }
  }

  private Duration lineTime(int bytes) {
    return Duration.ofNanos((long) (profile.transport().wireSeconds(bytes) * 1e9));
  }

  private void dropLink() {
    if (link != null) {
      link.close();
      link = null;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02X ", b));
    }
    return hex.toString().trim();
  }
}
