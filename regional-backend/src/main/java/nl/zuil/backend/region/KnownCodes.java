package nl.zuil.backend.region;

import java.util.HashSet;
import java.util.Set;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;

/**
 * Every code a region's catalogues ever held. A kiosk keeps counting under the catalogue it had, so
 * a bucket for a question the region has since retired is still a valid bucket.
 *
 * @param outcomesWithoutPartner outcomes some version let a gids record without a partner (its
 *     partner rule was not {@code required})
 * @param outcomesWithPartner outcomes some version let a gids record with a partner (its partner
 *     rule was not {@code none})
 */
public record KnownCodes(
    Set<String> questions,
    Set<String> situations,
    Set<String> outcomes,
    Set<String> partners,
    Set<String> outcomesWithoutPartner,
    Set<String> outcomesWithPartner) {

  public KnownCodes {
    questions = Set.copyOf(questions);
    situations = Set.copyOf(situations);
    outcomes = Set.copyOf(outcomes);
    partners = Set.copyOf(partners);
    outcomesWithoutPartner = Set.copyOf(outcomesWithoutPartner);
    outcomesWithPartner = Set.copyOf(outcomesWithPartner);
  }

  static KnownCodes union(Iterable<Catalogue> catalogues) {
    Set<String> questions = new HashSet<>();
    Set<String> situations = new HashSet<>();
    Set<String> outcomes = new HashSet<>();
    Set<String> partners = new HashSet<>();
    Set<String> withoutPartner = new HashSet<>();
    Set<String> withPartner = new HashSet<>();
    for (Catalogue catalogue : catalogues) {
      catalogue.questionTypes().forEach(q -> questions.add(q.code()));
      catalogue.situations().forEach(s -> situations.add(s.code()));
      for (Outcome outcome : catalogue.outcomes()) {
        outcomes.add(outcome.code());
        if (outcome.partner() != PartnerRule.REQUIRED) {
          withoutPartner.add(outcome.code());
        }
        if (outcome.partner() != PartnerRule.NONE) {
          withPartner.add(outcome.code());
        }
      }
      catalogue.partners().forEach(p -> partners.add(p.code()));
    }
    return new KnownCodes(questions, situations, outcomes, partners, withoutPartner, withPartner);
  }
}
