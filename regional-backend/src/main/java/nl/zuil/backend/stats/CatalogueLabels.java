package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Journey;
import nl.zuil.catalogue.Labels;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.catalogue.Situation;

/**
 * The codes of every catalogue version a region published, in the current version's order, each
 * with its newest label. Codes only an older version knew come last: a kiosk may still count under
 * that version, and its visits must not vanish from the statistics.
 */
public final class CatalogueLabels {

  private final Map<String, Labels> questions = new LinkedHashMap<>();
  private final Map<String, Situation> situations = new LinkedHashMap<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final Map<String, Labels> partners = new LinkedHashMap<>();

  /**
   * @param catalogues oldest first
   */
  public CatalogueLabels(List<Catalogue> catalogues) {
    List<Catalogue> newestFirst = new ArrayList<>(catalogues);
    java.util.Collections.reverse(newestFirst);
    for (Catalogue catalogue : newestFirst) {
      catalogue.questionTypes().forEach(q -> questions.putIfAbsent(q.code(), q.labels()));
      catalogue.situations().forEach(s -> situations.putIfAbsent(s.code(), s));
      catalogue.outcomes().forEach(o -> outcomes.putIfAbsent(o.code(), o));
      catalogue.partners().forEach(p -> partners.putIfAbsent(p.code(), p.labels()));
    }
  }

  public List<String> questions() {
    return List.copyOf(questions.keySet());
  }

  public List<String> situations() {
    return List.copyOf(situations.keySet());
  }

  public List<String> outcomes() {
    return List.copyOf(outcomes.keySet());
  }

  public List<String> partners() {
    return List.copyOf(partners.keySet());
  }

  public boolean hasQuestion(String code) {
    return questions.containsKey(code);
  }

  /** The label in {@code language}, the code itself for a code no catalogue knows. */
  public String question(String code, String language) {
    Labels labels = questions.get(code);
    return labels == null ? code : labels.in(language);
  }

  public String situation(String code, String language) {
    Situation situation = situations.get(code);
    return situation == null ? code : situation.labels().in(language);
  }

  public Optional<Journey> journey(String situationCode) {
    Situation situation = situations.get(situationCode);
    return situation == null ? Optional.empty() : Optional.ofNullable(situation.journey());
  }

  public String outcome(String code, String language) {
    Outcome outcome = outcomes.get(code);
    return outcome == null ? code : outcome.labels().in(language);
  }

  /** Whether a gids can name a partner with this outcome, and so confirm a referral. */
  public boolean takesPartner(String outcomeCode) {
    Outcome outcome = outcomes.get(outcomeCode);
    return outcome == null || outcome.partner() != PartnerRule.NONE;
  }

  public String partner(String code, String language) {
    Labels labels = partners.get(code);
    return labels == null ? code : labels.in(language);
  }
}
