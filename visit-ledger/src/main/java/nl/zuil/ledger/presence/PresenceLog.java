package nl.zuil.ledger.presence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.store.LedgerDatabase;

/** The console's presence overrides at this kiosk's location, one event per tap. */
public final class PresenceLog {

  /**
   * How long overrides are kept. The kiosk only reads today's; a week answers "why did the kiosk
   * say there was no gids on Tuesday". Longer would be a record of when gidsen left early, which
   * nobody needs.
   */
  public static final int KEEP_DAYS = 7;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final LedgerDatabase database;
  private final KioskIdentity kiosk;
  private final Clock clock;

  public PresenceLog(LedgerDatabase database, KioskIdentity kiosk, Clock clock) {
    this.database = database;
    this.kiosk = kiosk;
    this.clock = clock;
  }

  /** Records the override on disk before returning. */
  public PresenceEvent record(PresenceEvent.Kind kind) {
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
    return database.write(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO presence_event (location_code, kiosk_code, service_date,"
                      + " local_time, at_ms, kind) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kiosk.locationCode());
            insert.setString(2, kiosk.kioskCode());
            insert.setString(3, local.toLocalDate().toString());
            insert.setString(4, TIME.format(local));
            insert.setLong(5, now.toEpochMilli());
            insert.setString(6, kind.code());
            insert.executeUpdate();
          }
          return new PresenceEvent(kind, now);
        });
  }

  /**
   * Deletes the overrides of every service day more than {@code days} days before today.
   *
   * @return how many were deleted
   */
  public int forgetOlderThan(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("keep overrides at least 1 day, got " + days);
    }
    String cutoff = LocalDate.now(clock).minusDays(days).toString();
    return database.write(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM presence_event WHERE service_date < ?")) {
            delete.setString(1, cutoff);
            return delete.executeUpdate();
          }
        });
  }

  /**
   * The override in force today at this location: the latest event of the day, unless that was a
   * clearing. Any kiosk of the location may have recorded it.
   */
  public Optional<PresenceEvent> today() {
    String today = LocalDate.now(clock).toString();
    return database.read(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT kind, at_ms FROM presence_event"
                      + " WHERE location_code = ? AND service_date = ?"
                      + " ORDER BY at_ms DESC, id DESC LIMIT 1")) {
            query.setString(1, kiosk.locationCode());
            query.setString(2, today);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              PresenceEvent event =
                  new PresenceEvent(
                      PresenceEvent.Kind.ofCode(row.getString(1)),
                      Instant.ofEpochMilli(row.getLong(2)));
              return event.kind() == PresenceEvent.Kind.OVERRIDE_CLEARED
                  ? Optional.empty()
                  : Optional.of(event);
            }
          }
        });
  }
}
