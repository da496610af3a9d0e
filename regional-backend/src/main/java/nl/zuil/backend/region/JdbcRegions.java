package nl.zuil.backend.region;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;

/** {@link Regions} in the backend database. */
public final class JdbcRegions implements Regions {

  private final Database database;
  private final Clock clock;
  // Every ingest request checks codes and every statistics request labels its tables; parsing
  // and validating the catalogues each time was a third of a dashboard request's time at national
  // scale (decision 0709). A published version never changes, so the latest number says whether
  // the parsed ones are still all there are.
  private final Map<String, Published> published = new ConcurrentHashMap<>();

  public JdbcRegions(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void publish(Catalogue catalogue) {
    String json = CatalogueLoader.toJson(catalogue);
    String region = catalogue.region().code();
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO region (code, name, created_at_ms) VALUES (?, ?, ?)"
                      + " ON CONFLICT (code) DO UPDATE SET name = excluded.name")) {
            insert.setString(1, region);
            insert.setString(2, catalogue.region().name().dutch());
            insert.setLong(3, clock.millis());
            insert.executeUpdate();
          }
          int latest = latestVersion(c, region);
          if (catalogue.version() <= latest) {
            throw new IllegalArgumentException(
                "region "
                    + region
                    + " already has catalogue version "
                    + latest
                    + "; publish a catalogue with a higher version");
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO region_catalogue (region_code, version, catalogue_json,"
                      + " published_at_ms) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, region);
            insert.setInt(2, catalogue.version());
            insert.setString(3, json);
            insert.setLong(4, clock.millis());
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void saveLocation(
      String regionCode, String locationCode, String name, String municipality) {
    database.inTransaction(
        c -> {
          if (latestVersion(c, regionCode) == 0) {
            throw new IllegalArgumentException(
                "region " + regionCode + " does not exist; seed it with its catalogue first");
          }
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO location (region_code, code, name, municipality)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (region_code, code) DO UPDATE"
                      + " SET name = excluded.name, municipality = excluded.municipality")) {
            upsert.setString(1, regionCode);
            upsert.setString(2, locationCode);
            upsert.setString(3, name);
            upsert.setString(4, municipality);
            upsert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean locationExists(String regionCode, String locationCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT 1 FROM location WHERE region_code = ? AND code = ?")) {
            query.setString(1, regionCode);
            query.setString(2, locationCode);
            try (ResultSet row = query.executeQuery()) {
              return row.next();
            }
          }
        });
  }

  @Override
  public List<String> codes() {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
                  c.prepareStatement("SELECT code FROM region ORDER BY code");
              ResultSet rows = query.executeQuery()) {
            List<String> codes = new ArrayList<>();
            while (rows.next()) {
              codes.add(rows.getString(1));
            }
            return codes;
          }
        });
  }

  @Override
  public List<Location> locations(String regionCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT code, name, municipality FROM location WHERE region_code = ?"
                      + " ORDER BY name, code")) {
            query.setString(1, regionCode);
            List<Location> locations = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                locations.add(
                    new Location(
                        regionCode, rows.getString(1), rows.getString(2), rows.getString(3)));
              }
            }
            return locations;
          }
        });
  }

  @Override
  public List<Catalogue> catalogues(String regionCode) {
    return published(regionCode).catalogues();
  }

  @Override
  public Optional<String> name(String regionCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT name FROM region WHERE code = ?")) {
            query.setString(1, regionCode);
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Optional<KnownCodes> knownCodes(String regionCode) {
    Published latest = published(regionCode);
    return latest.version() == 0 ? Optional.empty() : Optional.of(latest.codes());
  }

  /** Every catalogue version the region published, parsed once per new version. */
  private Published published(String regionCode) {
    int latest = database.inTransaction(c -> latestVersion(c, regionCode));
    Published cached = published.get(regionCode);
    if (cached != null && cached.version() == latest) {
      return cached;
    }
    List<Catalogue> catalogues = database.inTransaction(c -> catalogues(c, regionCode));
    // Read in its own transaction: a version published in between is in the list, and the next
    // request, finding a higher latest number than the one kept, reads them again.
    Published read = new Published(latest, List.copyOf(catalogues), KnownCodes.union(catalogues));
    published.put(regionCode, read);
    return read;
  }

  private static List<Catalogue> catalogues(Connection c, String regionCode) throws SQLException {
    List<Catalogue> catalogues = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT version, catalogue_json FROM region_catalogue WHERE region_code = ?"
                + " ORDER BY version")) {
      query.setString(1, regionCode);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String source = "catalogue " + regionCode + " version " + rows.getInt(1);
          try {
            catalogues.add(CatalogueLoader.parse(rows.getString(2), source));
          } catch (CatalogueException e) {
            throw new IllegalStateException(source + " in the database is invalid", e);
          }
        }
      }
    }
    return catalogues;
  }

  private static int latestVersion(Connection c, String regionCode) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT coalesce(max(version), 0) FROM region_catalogue WHERE region_code = ?")) {
      query.setString(1, regionCode);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private record Published(int version, List<Catalogue> catalogues, KnownCodes codes) {}
}
