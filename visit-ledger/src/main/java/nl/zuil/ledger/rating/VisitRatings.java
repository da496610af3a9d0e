package nl.zuil.ledger.rating;

import java.sql.PreparedStatement;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.aggregate.DirtySlots;
import nl.zuil.ledger.store.LedgerDatabase;

/**
 * Keeps a visitor's tap on "Hoe was het?" with their visit (decision 0309). Only the face is kept,
 * never text, and only as part of the visit's bucket does it leave the kiosk. A later tap on the
 * same screen replaces the earlier one: a visitor who mis-tapped corrects it by tapping again.
 */
public final class VisitRatings {

  private final LedgerDatabase database;

  public VisitRatings(LedgerDatabase database) {
    this.database = database;
  }

  /** Records the face tapped at the end of the visit with this reference. */
  public void rate(String reference, Rating rating) {
    database.write(
        c -> {
          PreparedStatement update =
              database.prepared("UPDATE visit SET rating = ? WHERE reference = ?");
          update.setString(1, rating.code());
          update.setString(2, reference);
          if (update.executeUpdate() == 0) {
            throw new TicketRefusedException(
                Reason.NOT_FOUND, "no visit " + reference + " to rate");
          }
          DirtySlots.markSlotOfVisit(database, reference);
          return null;
        });
  }
}
