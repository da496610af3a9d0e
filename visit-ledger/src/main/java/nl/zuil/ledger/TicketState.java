package nl.zuil.ledger;

/** Where a ticket is in its life: waiting, called by a gids, or done with an outcome. */
public enum TicketState {
  WAITING,
  CALLED,
  DONE;

  public static TicketState fromColumn(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT));
  }

  public String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
