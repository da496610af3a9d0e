package nl.zuil.backend.region;

import java.util.HashSet;
import java.util.Set;
import nl.zuil.catalogue.Catalogue;

/**
 * Every code a region's catalogues ever held. A kiosk keeps counting under the catalogue it had, so
 * a bucket for a question the region has since retired is still a valid bucket.
 */
public record KnownCodes(
    Set<String> questions, Set<String> situations, Set<String> outcomes, Set<String> partners) {

  public KnownCodes {
    questions = Set.copyOf(questions);
    situations = Set.copyOf(situations);
    outcomes = Set.copyOf(outcomes);
    partners = Set.copyOf(partners);
  }

  static KnownCodes union(Iterable<Catalogue> catalogues) {
    Set<String> questions = new HashSet<>();
    Set<String> situations = new HashSet<>();
    Set<String> outcomes = new HashSet<>();
    Set<String> partners = new HashSet<>();
    for (Catalogue catalogue : catalogues) {
      catalogue.questionTypes().forEach(q -> questions.add(q.code()));
      catalogue.situations().forEach(s -> situations.add(s.code()));
      catalogue.outcomes().forEach(o -> outcomes.add(o.code()));
      catalogue.partners().forEach(p -> partners.add(p.code()));
    }
    return new KnownCodes(questions, situations, outcomes, partners);
  }
}
