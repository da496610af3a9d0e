package nl.zuil.backend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.zuil.backend.audit.AuditLog;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.IngestLog;
import nl.zuil.backend.store.Database;
import picocli.CommandLine.Option;

/** Which database a command works on; shared by every subcommand. */
public final class DatabaseOptions {

  @Option(
      names = "--database",
      defaultValue = "jdbc:sqlite:zuil-backend.db",
      description =
          "JDBC URL: jdbc:sqlite:FILE (default ${DEFAULT-VALUE}) or"
              + " jdbc:postgresql://HOST:PORT/DB")
  String url;

  @Option(names = "--database-user", description = "PostgreSQL role")
  String user;

  @Option(
      names = "--database-password-file",
      description = "File holding the PostgreSQL password (else $ZUIL_DB_PASSWORD)")
  Path passwordFile;

  Backend open() throws IOException {
    return open(IngestLog.DEFAULT_RETENTION, AuditLog.DEFAULT_RETENTION);
  }

  Backend open(Duration ingestLogRetention, Duration auditLogRetention) throws IOException {
    return open(ingestLogRetention, auditLogRetention, new ReadReplicaOptions());
  }

  /** With the dashboard's reads on the replica {@code replica} names, if it names one. */
  Backend open(Duration ingestLogRetention, Duration auditLogRetention, ReadReplicaOptions replica)
      throws IOException {
    String password =
        passwordFile != null
            ? Files.readString(passwordFile).strip()
            : System.getenv("ZUIL_DB_PASSWORD");
    Database primary = Database.open(url, user, password);
    return Backend.over(
        primary,
        replica.open(primary, user, password),
        Clock.systemUTC(),
        ingestLogRetention,
        auditLogRetention);
  }
}
