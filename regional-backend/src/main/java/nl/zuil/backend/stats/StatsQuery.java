package nl.zuil.backend.stats;

import java.util.List;
import java.util.Optional;

/**
 * What to add up: one region's buckets of some inlooppunten over a period, optionally of one
 * question type. The caller has already narrowed {@code locations} to what the reader may see.
 */
public record StatsQuery(
    String regionCode, Period period, List<String> locations, Optional<String> question) {

  public StatsQuery {
    locations = List.copyOf(locations);
  }
}
