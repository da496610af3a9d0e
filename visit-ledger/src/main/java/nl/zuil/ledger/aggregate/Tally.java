package nl.zuil.ledger.aggregate;

/**
 * The counts of one bucket, before it gets a key and a revision.
 *
 * @param corrected visits whose outcome a gids corrected (decision 1004)
 * @param questions the visits' first questions plus the further questions with this key
 * @param ratings the visits' taps on "Hoe was het?", per face (decision 0309)
 */
record Tally(
    int visits,
    int confirmed,
    Histogram waitTimes,
    Histogram serviceTimes,
    int corrected,
    int questions,
    Ratings ratings) {

  static final Tally ZERO =
      new Tally(0, 0, Histogram.empty(), Histogram.empty(), 0, 0, Ratings.NONE);

  Tally plus(Tally other) {
    return new Tally(
        visits + other.visits,
        confirmed + other.confirmed,
        waitTimes.plus(other.waitTimes),
        serviceTimes.plus(other.serviceTimes),
        corrected + other.corrected,
        questions + other.questions,
        ratings.plus(other.ratings));
  }

  Tally withCounts(int newVisits, int newConfirmed, int newCorrected, int newQuestions) {
    return new Tally(
        newVisits, newConfirmed, waitTimes, serviceTimes, newCorrected, newQuestions, ratings);
  }

  Tally withRatings(Ratings newRatings) {
    return new Tally(visits, confirmed, waitTimes, serviceTimes, corrected, questions, newRatings);
  }

  Tally withDuration(String measure, int bin, int count) {
    return Measure.WAIT.equals(measure)
        ? new Tally(
            visits,
            confirmed,
            waitTimes.with(bin, count),
            serviceTimes,
            corrected,
            questions,
            ratings)
        : new Tally(
            visits,
            confirmed,
            waitTimes,
            serviceTimes.with(bin, count),
            corrected,
            questions,
            ratings);
  }

  Histogram histogram(String measure) {
    return Measure.WAIT.equals(measure) ? waitTimes : serviceTimes;
  }

  /** The values of {@code bucket_duration.measure}. */
  static final class Measure {
    static final String WAIT = "wait";
    static final String SERVICE = "service";

    private Measure() {}
  }
}
