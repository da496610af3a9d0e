package nl.zuil.backend.web;

import java.util.List;
import nl.zuil.backend.referral.Slip;
import nl.zuil.regionapi.SlipLinks.SlipLink;

/**
 * The page a partner opens from a referral slip's QR code (decision 1053): the context in plain
 * Dutch and one button, then an optional second answer. No account, no JavaScript; the slip's own
 * link is the only key, carried in the forms as hidden fields.
 */
final class ReferralPage {

  /** Which part of the exchange the page shows. */
  enum Step {
    /** The context and the arrival button. */
    CONFIRM,
    /** Thanks, and the optional second answer. */
    COUNTED,
    /** Thanks for the second answer. */
    ANSWERED,
    /** Why nothing was counted; the message says it. */
    REFUSED
  }

  /** A hidden form field. */
  record Field(String name, String value) {}

  /**
   * What {@code referral.jte} shows.
   *
   * @param messageKey the refusal's words, for {@link Step#REFUSED}
   */
  record Model(View view, Step step, Slip slip, String messageKey) {

    boolean hasContext() {
      return slip.link().isPresent();
    }

    /** The slip's link again, for the next form. */
    List<Field> fields() {
      SlipLink link = slip.link().orElseThrow();
      return List.of(
          new Field("t", link.token()),
          new Field("w", link.isoWeek()),
          new Field("l", link.location()),
          new Field("p", link.partner()),
          new Field("q", link.question()),
          new Field("s", link.situation()),
          new Field("m", link.mac()));
    }
  }

  private ReferralPage() {}

  static String render(View view, Step step, Slip slip, String messageKey) {
    return Templates.render("referral.jte", new Model(view, step, slip, messageKey));
  }
}
