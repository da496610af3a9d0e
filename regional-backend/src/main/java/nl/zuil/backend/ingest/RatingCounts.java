package nl.zuil.backend.ingest;

/**
 * A bucket's taps on "Hoe was het?" per face (decision 0309); {@link #NONE} for a bucket from an
 * agent that does not send them.
 */
public record RatingCounts(int good, int ok, int bad) {

  public static final RatingCounts NONE = new RatingCounts(0, 0, 0);

  long total() {
    return (long) good + ok + bad;
  }
}
