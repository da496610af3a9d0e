package nl.zuil.ledger.ticket;

/**
 * What a visitor tapped. Nothing else about them exists to be recorded.
 *
 * @param situationCode null when the visitor skipped the situation tap
 * @param languageCode the language of the screen when the ticket was issued
 */
public record TicketRequest(String questionCode, String situationCode, String languageCode) {

  public static TicketRequest of(String questionCode, String languageCode) {
    return new TicketRequest(questionCode, null, languageCode);
  }

  public TicketRequest withSituation(String code) {
    return new TicketRequest(questionCode, code, languageCode);
  }
}
