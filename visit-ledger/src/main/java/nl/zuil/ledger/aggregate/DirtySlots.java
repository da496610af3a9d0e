package nl.zuil.ledger.aggregate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.zuil.ledger.store.LedgerDatabase;

/**
 * Marks the hour-slot of a changed visit for re-aggregation. Called inside the transaction that
 * changes the visit, so a crash can never leave a change that aggregation does not know about.
 */
public final class DirtySlots {

  private DirtySlots() {}

  public static void mark(LedgerDatabase database, String location, String serviceDate, int hour)
      throws SQLException {
    PreparedStatement statement =
        database.prepared(
            "INSERT INTO slot (location_code, service_date, hour, dirty) VALUES (?, ?, ?, 1)"
                + " ON CONFLICT (location_code, service_date, hour) DO UPDATE SET dirty = 1");
    statement.setString(1, location);
    statement.setString(2, serviceDate);
    statement.setInt(3, hour);
    statement.executeUpdate();
  }

  public static void markSlotOfVisit(LedgerDatabase database, String reference)
      throws SQLException {
    PreparedStatement statement =
        database.prepared(
            "UPDATE slot SET dirty = 1 WHERE (location_code, service_date, hour) ="
                + " (SELECT location_code, service_date, issued_hour FROM visit WHERE reference = ?)");
    statement.setString(1, reference);
    statement.executeUpdate();
  }
}
