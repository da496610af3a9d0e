package nl.zuil.backend.region;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.recording.Clips;

/**
 * A region's recorded clips by SHA-256 (decision 0310): stored when an upload that names them is
 * accepted, served to the region's kiosks' agents. A hash always names the same bytes, so a clip is
 * stored once and never changed.
 */
public final class RegionClips {

  private final Database database;

  public RegionClips(Database database) {
    this.database = database;
  }

  /** The region's clip with {@code sha256}; empty when the region has none by that hash. */
  public Optional<byte[]> clip(String regionCode, String sha256) {
    return database.inTransaction(c -> clip(c, regionCode, sha256));
  }

  /** The region's stored clips, as the clip check reads them. */
  public Clips of(String regionCode) {
    return sha256 -> clip(regionCode, sha256);
  }

  /** Stores a clip under its own hash in {@code c}'s transaction; one already there stays. */
  public static void store(Connection c, String regionCode, byte[] clip, long nowMs)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO catalogue_clip (region_code, sha256, clip, stored_at_ms)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (region_code, sha256) DO NOTHING")) {
      insert.setString(1, regionCode);
      insert.setString(2, Clips.sha256(clip));
      insert.setBytes(3, clip);
      insert.setLong(4, nowMs);
      insert.executeUpdate();
    }
  }

  private static Optional<byte[]> clip(Connection c, String regionCode, String sha256)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT clip FROM catalogue_clip WHERE region_code = ? AND sha256 = ?")) {
      query.setString(1, regionCode);
      query.setString(2, sha256);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
      }
    }
  }
}
