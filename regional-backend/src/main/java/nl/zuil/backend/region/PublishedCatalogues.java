package nl.zuil.backend.region;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.backend.store.Database;

/** Reads the catalogue a region published last, as stored: what its kiosks should run. */
public final class PublishedCatalogues {

  /**
   * @param json the catalogue document as it was published
   */
  public record Published(String regionCode, int version, Instant publishedAt, String json) {}

  private final Database database;

  public PublishedCatalogues(Database database) {
    this.database = database;
  }

  /** The region's highest version; empty for a region without a catalogue. */
  public Optional<Published> current(String regionCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT version, catalogue_json, published_at_ms FROM region_catalogue"
                      + " WHERE region_code = ? ORDER BY version DESC LIMIT 1")) {
            query.setString(1, regionCode);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Published(
                      regionCode,
                      row.getInt(1),
                      Instant.ofEpochMilli(row.getLong(3)),
                      row.getString(2)));
            }
          }
        });
  }
}
