package nl.zuil.backend.referral;

import java.util.Optional;
import nl.zuil.regionapi.SlipLinks.SlipLink;

/**
 * A slip's link as the backend judged it, and what its page shows: the context in Dutch words so
 * the visitor need not tell the story again. Empty words for a link that is not a slip of ours.
 *
 * @param regionCode the region whose key signed the link; empty for an unknown link
 * @param situation empty when the visitor skipped the question
 * @param week the ISO week number printed on the slip
 */
public record Slip(
    SlipState state,
    String regionCode,
    Optional<SlipLink> link,
    String partner,
    String question,
    Optional<String> situation,
    String location,
    int week) {

  public static Slip unknownSlip() {
    return new Slip(SlipState.UNKNOWN, "", Optional.empty(), "", "", Optional.empty(), "", 0);
  }
}
