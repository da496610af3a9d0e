package nl.zuil.ledger.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Marks the hour-slot of a changed visit for re-aggregation. Called inside the transaction that
 * changes the visit, so a crash can never leave a change that aggregation does not know about.
 */
public final class DirtySlots {

  private DirtySlots() {}

  public static void mark(Connection c, String location, String serviceDate, int hour)
      throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "INSERT INTO slot (location_code, service_date, hour, dirty) VALUES (?, ?, ?, 1)"
                + " ON CONFLICT (location_code, service_date, hour) DO UPDATE SET dirty = 1")) {
      statement.setString(1, location);
      statement.setString(2, serviceDate);
      statement.setInt(3, hour);
      statement.executeUpdate();
    }
  }

  public static void markSlotOfVisit(Connection c, String reference) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "UPDATE slot SET dirty = 1 WHERE (location_code, service_date, hour) ="
                + " (SELECT location_code, service_date, issued_hour FROM visit WHERE reference = ?)")) {
      statement.setString(1, reference);
      statement.executeUpdate();
    }
  }
}
