package nl.zuil.backend.audit;

import java.util.Optional;

/** What a member of staff (or the command line) did, as the audit log names it. */
public enum AuditAction {
  LOGIN("login"),
  LOGIN_FAILED("login-failed"),
  LOGOUT("logout"),
  CATALOGUE_UPLOADED("catalogue-uploaded"),
  CATALOGUE_PUBLISHED("catalogue-published"),
  CATALOGUE_DISCARDED("catalogue-discarded"),
  EXPORTED("exported"),
  ENROLMENT_CODE_CREATED("enrolment-code-created"),
  ENROLMENT_CODE_REVOKED("enrolment-code-revoked"),
  KIOSK_QUARANTINED("kiosk-quarantined"),
  KIOSK_RELEASED("kiosk-released"),
  ACCOUNT_SAVED("account-saved");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** The name in the database and the key of its words on the page ({@code audit.<code>}). */
  public String code() {
    return code;
  }

  public static Optional<AuditAction> of(String code) {
    for (AuditAction action : values()) {
      if (action.code.equals(code)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
