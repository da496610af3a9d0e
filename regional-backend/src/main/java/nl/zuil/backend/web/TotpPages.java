package nl.zuil.backend.web;

import java.util.List;
import java.util.Optional;
import nl.zuil.backend.signin.totp.TotpSetup;

/** The pages of the TOTP second factor (decision 0215). */
final class TotpPages {

  /** What {@code totp-code.jte} shows: the code asked for after the password. */
  record Code(View view, String formToken, Optional<String> messageKey) {}

  /**
   * What {@code totp-account.jte} shows.
   *
   * @param available whether this server offers TOTP at all (it has a key to seal secrets with)
   * @param required the region requires TOTP and the session waits for it
   */
  record Account(
      View view,
      boolean available,
      String formToken,
      boolean enabled,
      int recoveryCodesLeft,
      boolean required) {}

  /** What {@code totp-setup.jte} shows: the QR code and the form for the first code. */
  record Setup(View view, String formToken, TotpSetup setup, Optional<String> messageKey) {}

  /** What {@code totp-recovery.jte} shows, once. */
  record Recovery(View view, List<String> codes) {}

  private TotpPages() {}

  static String code(View view, String formToken, Optional<String> messageKey) {
    return Templates.render("totp-code.jte", new Code(view, formToken, messageKey));
  }

  static String account(
      View view, String formToken, boolean enabled, int recoveryCodesLeft, boolean required) {
    return Templates.render(
        "totp-account.jte",
        new Account(view, true, formToken, enabled, recoveryCodesLeft, required));
  }

  static String unavailable(View view) {
    return Templates.render("totp-account.jte", new Account(view, false, "", false, 0, false));
  }

  static String setup(View view, String formToken, TotpSetup setup, Optional<String> messageKey) {
    return Templates.render("totp-setup.jte", new Setup(view, formToken, setup, messageKey));
  }

  static String recovery(View view, List<String> codes) {
    return Templates.render("totp-recovery.jte", new Recovery(view, codes));
  }
}
