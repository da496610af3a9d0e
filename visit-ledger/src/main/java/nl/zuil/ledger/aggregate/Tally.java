package nl.zuil.ledger.aggregate;

/**
 * The counts of one bucket, before it gets a key and a revision.
 *
 * @param questions the visits' first questions plus the further questions with this key
 */
record Tally(
    int visits, int confirmed, Histogram waitTimes, Histogram serviceTimes, int questions) {

  static final Tally ZERO = new Tally(0, 0, Histogram.empty(), Histogram.empty(), 0);

  Tally plus(Tally other) {
    return new Tally(
        visits + other.visits,
        confirmed + other.confirmed,
        waitTimes.plus(other.waitTimes),
        serviceTimes.plus(other.serviceTimes),
        questions + other.questions);
  }

  Tally withCounts(int newVisits, int newConfirmed, int newQuestions) {
    return new Tally(newVisits, newConfirmed, waitTimes, serviceTimes, newQuestions);
  }

  Tally withDuration(String measure, int bin, int count) {
    return Measure.WAIT.equals(measure)
        ? new Tally(visits, confirmed, waitTimes.with(bin, count), serviceTimes, questions)
        : new Tally(visits, confirmed, waitTimes, serviceTimes.with(bin, count), questions);
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
