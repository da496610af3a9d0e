package nl.zuil.backend.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.zuil.backend.store.Database;

/**
 * What staff did, per region: who (account and role), which action, on which code, when (decision
 * 0211). Codes only: a target is a region, location, kiosk or catalogue code, a version or a file
 * name the backend chose, never text someone typed and nothing about visitors. Entries older than
 * the retention are deleted by the write that finds them.
 */
public final class AuditLog {

  /** A year: long enough to answer "who published that catalogue in spring". */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);

  /** How many entries the page shows, newest first. */
  public static final int PAGE_SIZE = 200;

  /** Codes and versions as the backend writes them; anything else is a bug, not data. */
  private static final Pattern TARGET = Pattern.compile("[A-Za-z0-9_.:/@-]{0,120}");

  private final Database database;
  private final Clock clock;
  private final Duration retention;

  public AuditLog(Database database, Clock clock, Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("the audit log must be kept for some time");
    }
    this.database = database;
    this.clock = clock;
    this.retention = retention;
  }

  public Duration retention() {
    return retention;
  }

  /**
   * Writes one entry and deletes those past the retention.
   *
   * @param target the code acted on; empty when the action has none (a login)
   */
  public void record(Actor actor, AuditAction action, String target) {
    if (!TARGET.matcher(target).matches()) {
      throw new IllegalArgumentException("an audit target is a code, not '" + target + "'");
    }
    long now = clock.millis();
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO audit_log (at_ms, region_code, username, role, action, target)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, now);
            insert.setString(2, actor.regionCode());
            insert.setString(3, actor.username());
            insert.setString(4, actor.role());
            insert.setString(5, action.code());
            insert.setString(6, target);
            insert.executeUpdate();
          }
          try (PreparedStatement purge =
              c.prepareStatement("DELETE FROM audit_log WHERE at_ms < ?")) {
            purge.setLong(1, now - retention.toMillis());
            purge.executeUpdate();
          }
          return null;
        });
  }

  /** The region's latest {@value #PAGE_SIZE} entries within the retention, newest first. */
  public List<AuditEntry> recent(String regionCode) {
    long oldest = clock.millis() - retention.toMillis();
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT at_ms, username, role, action, target FROM audit_log"
                      + " WHERE region_code = ? AND at_ms >= ? ORDER BY at_ms DESC, id DESC"
                      + " LIMIT ?")) {
            query.setString(1, regionCode);
            query.setLong(2, oldest);
            query.setInt(3, PAGE_SIZE);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                AuditAction action =
                    AuditAction.of(row.getString(4))
                        .orElseThrow(() -> new IllegalStateException("unknown audit action"));
                entries.add(
                    new AuditEntry(
                        Instant.ofEpochMilli(row.getLong(1)),
                        row.getString(2),
                        row.getString(3),
                        action,
                        row.getString(5)));
              }
            }
            return entries;
          }
        });
  }
}
