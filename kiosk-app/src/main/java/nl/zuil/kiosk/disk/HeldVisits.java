package nl.zuil.kiosk.disk;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zuil.ledger.LedgerStorageException;
import nl.zuil.ledger.ticket.TicketIssuer;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * Self-service visits the disk could not take, kept in tap order until it can (decision 0011). The
 * visitor got the next step on screen; the count must still reach the region, in the hour it
 * happened. Held in memory only: a full disk has no room for a copy.
 *
 * <p>Used on the ledger thread; {@link #count()} from anywhere.
 */
public final class HeldVisits {

  private final Deque<Held> visits = new ArrayDeque<>();
  private final AtomicInteger count = new AtomicInteger();

  private record Held(TicketRequest request, Instant tappedAt) {}

  public void hold(TicketRequest request, Instant tappedAt) {
    visits.addLast(new Held(request, tappedAt));
    count.set(visits.size());
  }

  /**
   * Writes the held visits, oldest first, each in its own transaction; stops at the first one the
   * disk still refuses, which stays held with those after it.
   *
   * @return how many were written
   * @throws LedgerStorageException when the disk refused one (the rest stay held)
   */
  public int writeTo(TicketIssuer tickets) {
    int written = 0;
    try {
      while (!visits.isEmpty()) {
        Held next = visits.peekFirst();
        tickets.recordSelfService(next.request(), next.tappedAt());
        visits.removeFirst();
        written++;
      }
      return written;
    } finally {
      count.set(visits.size());
    }
  }

  public int count() {
    return count.get();
  }
}
