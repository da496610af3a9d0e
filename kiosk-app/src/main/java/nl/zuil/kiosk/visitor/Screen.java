package nl.zuil.kiosk.visitor;

/** The visitor's screens, in the order a visit goes through them. */
public enum Screen {
  WELCOME,
  QUESTION,
  SITUATION,
  TICKET,
  /** Instead of the ticket when no gids is here. */
  NEXT_STEP
}
