package nl.zuil.hardware.virtualprinter;

import java.time.Duration;

/**
 * The faults a test or a demo operator sets on the virtual printer, as a person standing next to a
 * real one could cause them. Safe to change from any thread while the printer runs.
 */
public final class PrinterControls {

  private volatile boolean paperOut;
  private volatile boolean paperNearEnd;
  private volatile boolean coverOpen;
  private volatile boolean offline;
  private volatile boolean cutterJammed;
  private volatile boolean silent;
  private volatile boolean garbage;
  private volatile Duration answerDelay = Duration.ZERO;
  private volatile int paperLeftLines = -1;

  /** Takes the roll out ({@code true}) or puts a fresh one in, which also ends a countdown. */
  public PrinterControls paperOut(boolean out) {
    paperOut = out;
    if (!out) {
      paperLeftLines = -1;
    }
    return this;
  }

  public PrinterControls paperNearEnd(boolean nearEnd) {
    paperNearEnd = nearEnd;
    return this;
  }

  /**
   * The roll ends after {@code lines} more lines of paper have been fed: out of paper mid-ticket.
   */
  public PrinterControls paperRunsOutAfterLines(int lines) {
    paperLeftLines = lines;
    return this;
  }

  public PrinterControls coverOpen(boolean open) {
    coverOpen = open;
    return this;
  }

  /** Held offline with no reported cause, as by a pressed feed button or a firmware hang. */
  public PrinterControls offline(boolean off) {
    offline = off;
    return this;
  }

  public PrinterControls cutterJammed(boolean jammed) {
    cutterJammed = jammed;
    return this;
  }

  /** Prints but never answers a status request, like a printer with a broken return line. */
  public PrinterControls silent(boolean quiet) {
    silent = quiet;
    return this;
  }

  /** Floods the line with random bytes and answers status requests with noise. */
  public PrinterControls garbage(boolean on) {
    garbage = on;
    return this;
  }

  /** Answers every status request late; longer than the driver's timeout reads as offline. */
  public PrinterControls answerDelay(Duration delay) {
    answerDelay = delay;
    return this;
  }

  boolean paperOut() {
    return paperOut;
  }

  boolean paperNearEnd() {
    return paperNearEnd;
  }

  boolean coverOpen() {
    return coverOpen;
  }

  boolean offline() {
    return offline;
  }

  boolean cutterJammed() {
    return cutterJammed;
  }

  boolean silent() {
    return silent;
  }

  boolean garbage() {
    return garbage;
  }

  Duration answerDelay() {
    return answerDelay;
  }

  int paperLeftLines() {
    return paperLeftLines;
  }

  /** Called as paper is fed; the roll runs out when the countdown reaches zero. */
  synchronized void usePaperLines(int lines) {
    if (paperLeftLines < 0) {
      return;
    }
    paperLeftLines = Math.max(0, paperLeftLines - lines);
    if (paperLeftLines == 0) {
      paperOut = true;
      paperLeftLines = -1;
    }
  }

  boolean canPrint() {
    return !paperOut && !coverOpen && !offline && !cutterJammed;
  }
}
