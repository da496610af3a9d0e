package nl.zuil.ledger.contact;

import nl.zuil.regionapi.Channel;

/**
 * A contact a gids records on the console without a ticket (decision 1003): codes and a head count,
 * nothing a person typed.
 *
 * @param situationCode null for none
 * @param partnerCode null for none; required or forbidden as the outcome's catalogue entry says
 * @param people 1, or the head count of a group session (2 to {@link Channel#MAX_GROUP_SIZE})
 */
public record ContactRequest(
    Channel channel,
    String questionCode,
    String situationCode,
    String outcomeCode,
    String partnerCode,
    int people) {

  /** A contact with one person: anything but a group session. */
  public static ContactRequest single(
      Channel channel, String questionCode, String situationCode, String outcomeCode) {
    return new ContactRequest(channel, questionCode, situationCode, outcomeCode, null, 1);
  }
}
