package nl.zuil.kiosk.ticket;

import nl.zuil.catalogue.QuestionType;

/**
 * The QR link: the question's information page in the visitor's language (the Dutch one where the
 * region has none in it) with the ticket reference as fragment. A phone opens the page, and the
 * fragment never reaches the region's web server, so the visit cannot be tied to the phone; the
 * gids's scanner reads the reference from the same code.
 */
public final class TicketLinks {

  private TicketLinks() {}

  public static String link(QuestionType question, String language, String reference) {
    return question.infoUrl(language) + "#" + reference;
  }

  /** The reference in a scanned link, or the scanned text itself when it has no {@code #}. */
  public static String reference(String scanned) {
    int hash = scanned.lastIndexOf('#');
    return hash < 0 ? scanned : scanned.substring(hash + 1);
  }
}
