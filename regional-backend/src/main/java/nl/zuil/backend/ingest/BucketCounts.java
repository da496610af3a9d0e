package nl.zuil.backend.ingest;

import java.time.LocalDate;
import nl.zuil.regionapi.Channel;
import nl.zuil.regionapi.HistogramBins;

/**
 * A validated bucket of one kiosk, ready to store.
 *
 * @param waitTimes exactly {@link HistogramBins#BINS} counts
 * @param serviceTimes exactly {@link HistogramBins#BINS} counts
 * @param channel a {@link Channel} code; for any but {@code kiosk}, {@code visits} counts contacts
 *     a gids recorded without a ticket (decision 1003)
 * @param people the people reached: {@code visits}, or more for group sessions
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
    long revision,
    String channel,
    int people) {

  /** A bucket of kiosk visits, each visit one person. */
  public BucketCounts(
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
    this(
        serviceDate,
        hour,
        question,
        situation,
        outcome,
        partner,
        visits,
        confirmedReferrals,
        waitTimes,
        serviceTimes,
        revision,
        Channel.KIOSK.code(),
        visits);
  }

  /** Whether this bucket counts contacts recorded without a ticket rather than kiosk visits. */
  public boolean isContact() {
    return !Channel.KIOSK.code().equals(channel);
  }

  /** The key without the kiosk, for telling apart two buckets of one batch. */
  String key() {
    return String.join(
        "|",
        serviceDate.toString(),
        Integer.toString(hour),
        question,
        situation,
        outcome,
        partner,
        channel);
  }
}
