package nl.zuil.backend.ingest;

import java.time.LocalDate;
import nl.zuil.regionapi.Channel;
import nl.zuil.regionapi.HistogramBins;

/**
 * A validated bucket of one kiosk, ready to store.
 *
 * @param waitTimes exactly {@link HistogramBins#BINS} counts
 * @param serviceTimes exactly {@link HistogramBins#BINS} counts
 * @param corrections visits whose outcome a gids corrected the same day (decision 1004), at most
 *     visits; 0 from agents of earlier releases, whose consoles could not correct
 * @param questions at least {@code visits}: the visits' first questions plus further questions with
 *     this key (decision 1006)
 * @param ratings the taps on "Hoe was het?", at most visits together
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
    int corrections,
    int questions,
    RatingCounts ratings,
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
      long revision,
      int corrections,
      int questions,
      RatingCounts ratings) {
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
        corrections,
        questions,
        ratings,
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
