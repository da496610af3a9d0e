package nl.zuil.backend.ingest;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a real kiosk can send, derived from the physical world. A number beyond these is not a busy
 * kiosk but a broken or forged one, and would distort the region's figures for everyone, so the
 * backend refuses it (decision 0207).
 */
public final class PhysicalLimits {

  /**
   * The fewest seconds between two tickets of one kiosk: a visitor taps at least a question and a
   * situation and the printer needs about two seconds for a ticket, so even a queue of people who
   * know the screens by heart cannot draw a ticket more often than this.
   */
  public static final int MIN_SECONDS_PER_TICKET = 3;

  /** The most visits one kiosk can record in one hour, over all buckets of that hour. */
  public static final int MAX_VISITS_PER_HOUR = 3600 / MIN_SECONDS_PER_TICKET;

  /**
   * The highest revision a ledger can reach. Every visit changes its bucket a handful of times
   * (issued, called, done, confirmed, purged), so a kiosk at {@link #MAX_VISITS_PER_HOUR} around
   * the clock for 50 years stays below 3·10^9; but a ledger restored from a backup jumps its
   * revisions by 2^40 (decision 0205), so 2^50 leaves room for a thousand restores. Far above it is
   * not a ledger but a forged number; the bound also keeps revisions exact in the pages' JavaScript
   * (below 2^53).
   */
  public static final long MAX_REVISION = 1L << 50;

  /**
   * The most a kiosk's size or count figures (ledger bytes, stored visits, set-aside buckets) can
   * be: a kiosk's disk is far below a tebibyte, and the counts are bounded by it.
   */
  public static final long MAX_SIZE = 1L << 40;

  /** No kiosk counted before Zuil existed. */
  public static final LocalDate EARLIEST_DAY = LocalDate.of(2020, 1, 1);

  /**
   * How far a kiosk's clock may be from ours for its report to be taken. Wide on purpose: a kiosk
   * whose clock is hours or weeks off must still be heard, because the fleet page showing "clock
   * off" is how IT beheer learns of it; a year either way is no longer a drifting clock but a wrong
   * date, and keeps every offset far inside what the database and the pages can hold.
   */
  public static final Duration CLOCK_WINDOW = Duration.ofDays(366);

  /**
   * The most questions one visit can hold (the kiosk's ledger allows no more, decision 1006): a
   * visitor with ten questions has been helped with each at the desk, one after another.
   */
  public static final int MAX_QUESTIONS_PER_VISIT = 10;

  private PhysicalLimits() {}
}
