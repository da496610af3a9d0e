package nl.zuil.backend.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import nl.zuil.backend.store.Database;
import nl.zuil.web.TrustedBrowsers;

/**
 * Keys the backend makes for itself and keeps in its database, so every backend process serving the
 * same database signs and checks with the same key. The first process to ask makes it.
 */
public final class ServerSecrets {

  private ServerSecrets() {}

  /** The key named {@code name}: made at random the first time, the same ever after. */
  public static byte[] key(Database database, String name) {
    String fresh = Base64.getEncoder().encodeToString(TrustedBrowsers.newKey());
    return database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO server_secret (name, secret) VALUES (?, ?)"
                      + " ON CONFLICT (name) DO NOTHING")) {
            insert.setString(1, name);
            insert.setString(2, fresh);
            insert.executeUpdate();
          }
          try (PreparedStatement query =
              c.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return Base64.getDecoder().decode(row.getString(1));
            }
          }
        });
  }
}
