package nl.zuil.regionapi;

/**
 * How many visitors of a bucket tapped each face of "Hoe was het?" (decision 0309). Visitors who
 * did not tap are the bucket's visits minus these; together they are at most the visits.
 */
public record WireRatings(int good, int ok, int bad) {}
