package nl.zuil.kiosk.visitor;

/** The visitor's screens, in the order a visit goes through them. */
public enum Screen {
  WELCOME,
  QUESTION,
  SITUATION,
  TICKET,
  /** Instead of the ticket when no gids is here. */
  NEXT_STEP,
  /**
   * "Dank je wel" after a face was tapped at "Hoe was het?" on the ticket or next-step screen; back
   * to the welcome screen soon after (decision 0309).
   */
  RATED
}
