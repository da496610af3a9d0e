package nl.zuil.hardware.virtualprinter;

import java.awt.image.BufferedImage;

/**
 * What came out of the virtual printer between two cuts.
 *
 * @param number counts from 1 per printer run
 * @param complete false for the part of a ticket that was on the paper when the roll ran out
 * @param cutAtNanos {@link System#nanoTime()} when the cut (the ticket's last byte) arrived
 */
public record PrintedTicket(int number, BufferedImage image, boolean complete, long cutAtNanos) {

  /** The PNG file name, e.g. {@code ticket-0003.png} or {@code ticket-0004-unfinished.png}. */
  public String fileName() {
    return String.format("ticket-%04d%s.png", number, complete ? "" : "-unfinished");
  }
}
