package nl.zuil.backend.stats;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to add up: one region's buckets of some inlooppunten over a period, optionally of one
 * question type. The caller has already narrowed {@code locations} to what the reader may see.
 *
 * @param selfServiceOutcomes the outcome codes the region's catalogues mark as self-service ({@link
 *     CatalogueLabels#selfServiceOutcomes()}): the catalogue, not the backend, says which code that
 *     is
 */
public record StatsQuery(
    String regionCode,
    Period period,
    List<String> locations,
    Optional<String> question,
    Set<String> selfServiceOutcomes) {

  public StatsQuery {
    locations = List.copyOf(locations);
    selfServiceOutcomes = Set.copyOf(selfServiceOutcomes);
  }
}
