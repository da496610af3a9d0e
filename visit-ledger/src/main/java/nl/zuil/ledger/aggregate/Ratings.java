package nl.zuil.ledger.aggregate;

/**
 * How many visitors of a bucket tapped each face of "Hoe was het?" (decision 0309). Visitors who
 * did not tap are not counted here: they are the bucket's visits minus these.
 */
public record Ratings(int good, int ok, int bad) {

  public static final Ratings NONE = new Ratings(0, 0, 0);

  Ratings plus(Ratings other) {
    return new Ratings(good + other.good, ok + other.ok, bad + other.bad);
  }
}
