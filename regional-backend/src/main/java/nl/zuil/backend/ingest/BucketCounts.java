package nl.zuil.backend.ingest;

import java.time.LocalDate;

/**
 * A validated bucket of one kiosk, ready to store.
 *
 * @param waitTimes exactly {@link #BINS} counts
 * @param serviceTimes exactly {@link #BINS} counts
 */
public record BucketCounts(
    LocalDate serviceDate,
    int hour,
    String question,
    String situation,
    String outcome,
    String partner,
    int visits,
    int confirmedReferrals,
    int[] waitTimes,
    int[] serviceTimes,
    long revision) {

  /**
   * The kiosk's duration bins: 0-2, 2-5, 5-10, 10-15, 15-20, 20-30, 30-45, 45-60, 60-90, 90-120,
   * 120+ minutes.
   */
  public static final int BINS = 11;

  /** The key without the kiosk, for telling apart two buckets of one batch. */
  String key() {
    return String.join(
        "|", serviceDate.toString(), Integer.toString(hour), question, situation, outcome, partner);
  }
}
