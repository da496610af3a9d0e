package nl.zuil.kiosk.ticket;

import java.util.OptionalInt;

/**
 * What the ticket screen may say about waiting.
 *
 * @param peopleAhead tickets issued before this one that nobody has called yet
 * @param minutes a rounded estimate, empty when the ledger does not know enough to give an honest
 *     one
 */
public record WaitEstimate(int peopleAhead, OptionalInt minutes) {

  public static final WaitEstimate UNKNOWN = new WaitEstimate(-1, OptionalInt.empty());

  public boolean knowsPeopleAhead() {
    return peopleAhead >= 0;
  }
}
