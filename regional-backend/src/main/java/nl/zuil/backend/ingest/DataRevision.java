package nl.zuil.backend.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A region's statistics revision (decision 0708): a number raised in the same transaction as every
 * write that can change a figure of its dashboards (buckets applied, a kiosk quarantined or
 * released). Whatever is cached under one revision stays right until the next one.
 */
public final class DataRevision {

  private DataRevision() {}

  /**
   * Raises the region's revision. Called last in its transaction: on PostgreSQL the row stays
   * locked until commit, so concurrent writers of one region wait only for each other's commit.
   */
  public static void raise(Connection c, String regionCode) throws SQLException {
    try (PreparedStatement raise =
        c.prepareStatement(
            "INSERT INTO stats_revision (region_code, revision) VALUES (?, 1)"
                + " ON CONFLICT (region_code) DO UPDATE SET revision = stats_revision.revision + 1")) {
      raise.setString(1, regionCode);
      raise.executeUpdate();
    }
  }

  /** The region's revision as this transaction sees it; 0 before its first write. */
  public static long of(Connection c, String regionCode) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT revision FROM stats_revision WHERE region_code = ?")) {
      query.setString(1, regionCode);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }
}
