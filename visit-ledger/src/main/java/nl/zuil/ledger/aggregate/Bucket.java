package nl.zuil.ledger.aggregate;

/**
 * Aggregate counts for one {@link BucketKey}: the only thing about visits that leaves the kiosk.
 *
 * @param visits number of visits
 * @param confirmedReferrals visits whose referral the gids later confirmed
 * @param waitTimes time from ticket to call, for the visits that were called
 * @param serviceTimes time from call to outcome, for the visits that finished after a call
 * @param revision unique in the ledger and larger after every change of this bucket's counts
 * @param corrections visits whose outcome a gids corrected on the day (decision 1004); they are
 *     counted under the outcome they have now, never twice
 * @param questions the first questions of this bucket's visits plus the further questions (decision
 *     1006) whose own question, situation, outcome and partner make this key; never fewer than
 *     {@code visits}
 * @param ratings the visits' taps on "Hoe was het?", per face (decision 0309)
 * @param people the people these visits or contacts reached: the visits themselves, or for group
 *     sessions their head counts (decision 1003)
 */
public record Bucket(
    BucketKey key,
    int visits,
    int confirmedReferrals,
    Histogram waitTimes,
    Histogram serviceTimes,
    long revision,
    int corrections,
    int questions,
    Ratings ratings,
    int people) {

  /** A bucket of kiosk visits: each visit is one person. */
  public Bucket(
      BucketKey key,
      int visits,
      int confirmedReferrals,
      Histogram waitTimes,
      Histogram serviceTimes,
      long revision,
      int corrections,
      int questions,
      Ratings ratings) {
    this(
        key,
        visits,
        confirmedReferrals,
        waitTimes,
        serviceTimes,
        revision,
        corrections,
        questions,
        ratings,
        visits);
  }
}
