package nl.zuil.kiosk.console;

import java.util.Comparator;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Partner;

/**
 * The order partners are offered in after "Doorverwezen": the ones that suit the ticket first. The
 * region's sociale kaart says which partner takes which question and situation; within each group
 * the catalogue's order stands, which a region already sets with its most common partners first.
 */
@FunctionalInterface
public interface PartnerOrder {

  /** For the ticket's question and situation; {@code situationCode} null when it was skipped. */
  List<Partner> forTicket(String questionCode, String situationCode);

  default List<Partner> forQuestion(String questionCode) {
    return forTicket(questionCode, null);
  }

  static PartnerOrder asInCatalogue(Catalogue catalogue) {
    return (question, situation) -> catalogue.partners();
  }

  /**
   * First the partners that take the question and the situation, then those that take the question
   * for other situations, then the rest: nobody is sent away, every partner stays one tap.
   */
  static PartnerOrder bySocialMap(Catalogue catalogue) {
    return (question, situation) ->
        catalogue.partners().stream()
            .sorted(
                Comparator.comparingInt(
                    (Partner p) ->
                        p.takesQuestionAndSituation(question, situation)
                            ? 0
                            : p.takesQuestion(question) ? 1 : 2))
            .toList();
  }
}
