package nl.zuil.ledger.presence;

import java.time.Instant;

/** A gids's override of the roster as the ledger keeps it: what, and when; never who or why. */
public record PresenceEvent(Kind kind, Instant at) {

  /** The fixed kinds the schema allows; the code is the stored word. */
  public enum Kind {
    OVERRIDE_PRESENT("override_present"),
    OVERRIDE_ABSENT("override_absent"),
    OVERRIDE_CLEARED("override_cleared");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Kind ofCode(String code) {
      for (Kind kind : values()) {
        if (kind.code.equals(code)) {
          return kind;
        }
      }
      throw new IllegalStateException("presence_event.kind '" + code + "' passed the CHECK");
    }
  }
}
