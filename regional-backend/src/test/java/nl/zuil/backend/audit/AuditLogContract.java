package nl.zuil.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.http.Backend;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log in the database: each region reads only its own entries, newest first, entries
 * leave after the retention, and a target that is not a code is refused before anything is written
 * (decision 0211). Subclasses run it on SQLite and PostgreSQL.
 */
abstract class AuditLogContract {

  private static final Actor ANNA =
      Actor.of(
          new StaffUser(
              TwoRegions.ANNA, TwoRegions.A, Role.REGION_STAFF, java.util.Optional.empty()));
  private static final Actor BERT =
      Actor.of(
          new StaffUser(
              TwoRegions.BERT, TwoRegions.B, Role.REGION_STAFF, java.util.Optional.empty()));

  @TempDir Path dir;
  private TestDatabase database;
  private TestClock clock;
  private AuditLog audit;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void open() {
    database = TestDatabase.open(kind(), dir);
    clock = TestClock.at("2026-12-07T09:00");
    Backend backend = Backend.over(database.database(), clock);
    TwoRegions.seed(backend);
    audit = new AuditLog(database.database(), clock, Duration.ofDays(30));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private List<String> lines(String region) {
    return audit.recent(region).stream()
        .map(e -> e.username() + " " + e.role() + " " + e.action().code() + " " + e.target())
        .toList();
  }

  @Test
  void eachRegionReadsOnlyItsOwnEntriesNewestFirst() {
    audit.record(ANNA, AuditAction.LOGIN, "");
    clock.advanceMinutes(1);
    audit.record(BERT, AuditAction.CATALOGUE_PUBLISHED, "v2");
    clock.advanceMinutes(1);
    audit.record(ANNA, AuditAction.EXPORTED, "zuil-visits-2026-11-01-2026-11-30.csv");
    audit.record(Actor.commandLine(TwoRegions.A), AuditAction.ACCOUNT_SAVED, "ivo");

    assertThat(lines(TwoRegions.A))
        .containsExactly(
            "cli cli account-saved ivo",
            "anna region-staff exported zuil-visits-2026-11-01-2026-11-30.csv",
            "anna region-staff login ");
    assertThat(lines(TwoRegions.B)).containsExactly("bert region-staff catalogue-published v2");
  }

  @Test
  void entriesLeaveAfterTheRetention() {
    audit.record(ANNA, AuditAction.LOGIN, "");
    clock.advance(Duration.ofDays(29));
    audit.record(ANNA, AuditAction.LOGOUT, "");
    assertThat(lines(TwoRegions.A)).hasSize(2);

    clock.advance(Duration.ofDays(2));
    assertThat(lines(TwoRegions.A)).as("not shown once past it").hasSize(1);
    audit.record(ANNA, AuditAction.LOGIN, "");

    assertThat(lines(TwoRegions.A))
        .containsExactly("anna region-staff login ", "anna region-staff logout ");
    assertThat(new AuditLog(database.database(), clock, Duration.ofDays(3650)).recent(TwoRegions.A))
        .as("deleted by the write, not only hidden")
        .hasSize(2);
  }

  @Test
  void anIdentityProviderAccountIsRecordedUnderItsWholeName() {
    // idp: and the longest e-mail address a provider may give (schema 9).
    String name = "idp:" + "m".repeat(240) + "@gemeente.nl";
    audit.record(
        Actor.of(new StaffUser(name, TwoRegions.A, Role.IT, java.util.Optional.empty())),
        AuditAction.LOGIN,
        "");

    assertThat(lines(TwoRegions.A)).containsExactly(name + " it login ");
  }

  @Test
  void aTargetThatIsNotACodeIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> audit.record(ANNA, AuditAction.EXPORTED, "Jan Jansen"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> audit.record(ANNA, AuditAction.EXPORTED, "x".repeat(121)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(lines(TwoRegions.A)).isEmpty();
  }
}
