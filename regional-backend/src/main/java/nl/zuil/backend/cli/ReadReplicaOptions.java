package nl.zuil.backend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.zuil.backend.store.Database;
import picocli.CommandLine.Option;

/** The PostgreSQL streaming replica that {@code serve} reads the dashboard's figures from. */
public final class ReadReplicaOptions {

  @Option(
      names = "--read-replica-url",
      description =
          "JDBC URL of a PostgreSQL streaming replica (jdbc:postgresql://HOST:PORT/DB) for the"
              + " dashboard, its exports and the report; logins, sessions and every write stay"
              + " on --database, and while the replica is unreachable those pages read from"
              + " --database. Default: none, everything on --database")
  String url;

  @Option(
      names = "--read-replica-user",
      description = "PostgreSQL role on the replica (default: --database-user)")
  String user;

  @Option(
      names = "--read-replica-password-file",
      description = "File holding the replica role's password (default: the --database password)")
  Path passwordFile;

  private Database opened;

  boolean named() {
    return url != null;
  }

  /** The replica, or {@code primary} itself when none is named. */
  Database open(Database primary, String primaryUser, String primaryPassword) throws IOException {
    if (url == null) {
      return primary;
    }
    opened =
        Database.openReplica(
            url,
            user != null ? user : primaryUser,
            passwordFile != null ? Files.readString(passwordFile).strip() : primaryPassword,
            primary);
    return opened;
  }

  /** Closes the replica's connections, if one was opened; the primary closes with the backend. */
  void close() {
    if (opened != null) {
      opened.close();
    }
  }
}
