package nl.zuil.backend.stats;

import java.time.LocalDate;
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
 * @param comparisons periods whose total visits (and how many inlooppunten sent anything) the
 *     dashboard compares with, same selection otherwise (decision 0705)
 */
public record StatsQuery(
    String regionCode,
    Period period,
    List<String> locations,
    Optional<String> question,
    Set<String> selfServiceOutcomes,
    List<Period> comparisons) {

  public StatsQuery {
    locations = List.copyOf(locations);
    selfServiceOutcomes = Set.copyOf(selfServiceOutcomes);
    comparisons = List.copyOf(comparisons);
  }

  /** A query without comparisons. */
  public StatsQuery(
      String regionCode,
      Period period,
      List<String> locations,
      Optional<String> question,
      Set<String> selfServiceOutcomes) {
    this(regionCode, period, locations, question, selfServiceOutcomes, List.of());
  }

  /**
   * The same query, compared with the period before and the same days a year earlier, each over as
   * many days as this one has had by {@code today}.
   */
  public StatsQuery comparedWith(LocalDate today) {
    return new StatsQuery(
        regionCode,
        period,
        locations,
        question,
        selfServiceOutcomes,
        List.of(period.previousSameDays(today), period.yearEarlierSameDays(today)));
  }

  /** The same selection over another period, without comparisons. */
  StatsQuery over(Period other) {
    return new StatsQuery(regionCode, other, locations, question, selfServiceOutcomes);
  }
}
