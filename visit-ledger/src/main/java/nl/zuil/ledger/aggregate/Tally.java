package nl.zuil.ledger.aggregate;

/** The counts of one bucket, before it gets a key and a revision. */
record Tally(
    int visits, int confirmed, Histogram waitTimes, Histogram serviceTimes, Ratings ratings) {

  static final Tally ZERO = new Tally(0, 0, Histogram.empty(), Histogram.empty(), Ratings.NONE);

  Tally plus(Tally other) {
    return new Tally(
        visits + other.visits,
        confirmed + other.confirmed,
        waitTimes.plus(other.waitTimes),
        serviceTimes.plus(other.serviceTimes),
        ratings.plus(other.ratings));
  }

  Tally withCounts(int newVisits, int newConfirmed) {
    return new Tally(newVisits, newConfirmed, waitTimes, serviceTimes, ratings);
  }

  Tally withRatings(Ratings newRatings) {
    return new Tally(visits, confirmed, waitTimes, serviceTimes, newRatings);
  }

  Tally withDuration(String measure, int bin, int count) {
    return Measure.WAIT.equals(measure)
        ? new Tally(visits, confirmed, waitTimes.with(bin, count), serviceTimes, ratings)
        : new Tally(visits, confirmed, waitTimes, serviceTimes.with(bin, count), ratings);
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
