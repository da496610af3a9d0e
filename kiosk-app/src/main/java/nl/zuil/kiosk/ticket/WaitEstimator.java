package nl.zuil.kiosk.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.DurationBins;

/**
 * Estimates the wait from the ledger: the people ahead, shared over the desks now serving, times
 * today's median service time (call to outcome). The median comes from today's aggregate buckets,
 * which are at most one refresh old and binned coarsely (2, 5, 10, 15 ... minutes); its bin's
 * middle is used. Below {@link #MIN_SERVICES} finished services today, or past {@link
 * #MAX_MINUTES}, there is no number: a wrong promise is worse than none.
 */
public final class WaitEstimator {

  static final int MIN_SERVICES = 3;
  static final int MAX_MINUTES = 120;
  private static final int ROUND_TO_MINUTES = 5;

  private final Ledger ledger;
  private final Clock clock;

  public WaitEstimator(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Reads the ledger: call it off the JavaFX thread. */
  public WaitEstimate estimate(Ticket ticket) {
    List<Ticket> waiting = ledger.desk().waiting();
    int ahead = 0;
    for (Ticket other : waiting) {
      if (other.reference().equals(ticket.reference())) {
        break;
      }
      ahead++;
    }
    if (ahead == waiting.size()) {
      // Already called while the screen was getting ready: nobody is ahead any more.
      ahead = 0;
    }
    int desks = (int) ledger.desk().called().stream().map(Ticket::deskCode).distinct().count();
    LocalDate today = LocalDate.now(clock);
    int[] serviceTimes = new int[DurationBins.COUNT];
    for (Bucket bucket : ledger.buckets().between(today, today)) {
      for (int bin = 0; bin < DurationBins.COUNT; bin++) {
        serviceTimes[bin] += bucket.serviceTimes().count(bin);
      }
    }
    return new WaitEstimate(ahead, minutes(ahead, desks, serviceTimes));
  }

  /**
   * @param desks desks serving right now; none known counts as one
   * @param serviceTimes today's finished services per {@link DurationBins} bin
   */
  static OptionalInt minutes(int ahead, int desks, int[] serviceTimes) {
    int total = 0;
    for (int count : serviceTimes) {
      total += count;
    }
    if (ahead == 0 || total < MIN_SERVICES) {
      return OptionalInt.empty();
    }
    int medianBin = 0;
    int seen = 0;
    while (seen + serviceTimes[medianBin] <= total / 2) {
      seen += serviceTimes[medianBin];
      medianBin++;
    }
    int upper = DurationBins.upperBoundMinutes(medianBin);
    if (upper < 0) {
      return OptionalInt.empty();
    }
    double perVisit = (DurationBins.lowerBoundMinutes(medianBin) + upper) / 2.0;
    int rounds = (ahead + Math.max(1, desks) - 1) / Math.max(1, desks);
    int minutes = (int) Math.ceil(rounds * perVisit / ROUND_TO_MINUTES) * ROUND_TO_MINUTES;
    return minutes > MAX_MINUTES ? OptionalInt.empty() : OptionalInt.of(minutes);
  }
}
