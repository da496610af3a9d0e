package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Journey;
import nl.zuil.catalogue.Labels;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.Situation;

/**
 * The codes of every catalogue version a region published, in the current version's order, each
 * with its newest label. Codes only an older version knew come last, labelled from the newest
 * version that had them and marked as retired: a kiosk may still count under that version, and
 * visits counted before a code was dropped must not vanish from the statistics or lose their name.
 */
public final class CatalogueLabels {

  private final Map<String, QuestionType> questions = new LinkedHashMap<>();
  private final Map<String, Situation> situations = new LinkedHashMap<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final Map<String, Labels> partners = new LinkedHashMap<>();
  private final Set<String> current = new HashSet<>();

  /**
   * @param catalogues oldest first
   */
  public CatalogueLabels(List<Catalogue> catalogues) {
    List<Catalogue> newestFirst = new ArrayList<>(catalogues);
    java.util.Collections.reverse(newestFirst);
    if (!newestFirst.isEmpty()) {
      Catalogue newest = newestFirst.get(0);
      newest.questionTypes().forEach(q -> current.add("q:" + q.code()));
      newest.situations().forEach(x -> current.add("s:" + x.code()));
      newest.outcomes().forEach(o -> current.add("o:" + o.code()));
      newest.partners().forEach(p -> current.add("p:" + p.code()));
    }
    for (Catalogue catalogue : newestFirst) {
      catalogue.questionTypes().forEach(q -> questions.putIfAbsent(q.code(), q));
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

  /**
   * Question types that stand for a target group of the reform, as the newest catalogue that has
   * each marks it ({@code "targetGroup": true}), in catalogue order.
   */
  public List<String> targetGroupQuestions() {
    return questions.values().stream()
        .filter(QuestionType::targetGroup)
        .map(QuestionType::code)
        .toList();
  }

  /**
   * Outcomes the newest version that has each marks as self-service. A self-service outcome that a
   * later version renamed keeps its visits counted as self-service: a kiosk may still count under
   * the older version.
   */
  public Set<String> selfServiceOutcomes() {
    return outcomes.values().stream()
        .filter(Outcome::selfService)
        .map(Outcome::code)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public boolean hasQuestion(String code) {
    return questions.containsKey(code);
  }

  /** The label in {@code language}, the code itself for a code no catalogue knows. */
  public String question(String code, String language) {
    QuestionType question = questions.get(code);
    return question == null ? code : mark("q:", code, question.labels().in(language), language);
  }

  public String situation(String code, String language) {
    Situation situation = situations.get(code);
    return situation == null ? code : mark("s:", code, situation.labels().in(language), language);
  }

  public Optional<Journey> journey(String situationCode) {
    Situation situation = situations.get(situationCode);
    return situation == null ? Optional.empty() : Optional.ofNullable(situation.journey());
  }

  public String outcome(String code, String language) {
    Outcome outcome = outcomes.get(code);
    return outcome == null ? code : mark("o:", code, outcome.labels().in(language), language);
  }

  /** Whether a gids can name a partner with this outcome, and so confirm a referral. */
  public boolean takesPartner(String outcomeCode) {
    Outcome outcome = outcomes.get(outcomeCode);
    return outcome == null || outcome.partner() != PartnerRule.NONE;
  }

  /** Whether the newest version lacks this question type, though an older one had it. */
  public boolean retiredQuestion(String code) {
    return questions.containsKey(code) && !current.contains("q:" + code);
  }

  private String mark(String kind, String code, String label, String language) {
    if (current.contains(kind + code)) {
      return label;
    }
    return Messages.in(Language.of(language).orElse(Language.DUTCH)).get("label.retired", label);
  }

  public String partner(String code, String language) {
    Labels labels = partners.get(code);
    return labels == null ? code : mark("p:", code, labels.in(language), language);
  }
}
