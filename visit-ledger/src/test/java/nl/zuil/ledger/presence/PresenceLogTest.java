package nl.zuil.ledger.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.presence.PresenceEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresenceLogTest {

  @TempDir Path dir;
  LedgerFixture fixture;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-24T10:15");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theLatestOverrideOfTheDayIsInForce() {
    fixture.ledger.presence().record(Kind.OVERRIDE_PRESENT);
    fixture.clock.advanceMinutes(90);
    PresenceEvent absent = fixture.ledger.presence().record(Kind.OVERRIDE_ABSENT);

    assertThat(fixture.ledger.presence().today()).contains(absent);
    assertThat(absent.at()).isEqualTo(Instant.parse("2026-11-24T10:45:00Z"));
  }

  @Test
  void clearingGivesTheRosterBack() {
    fixture.ledger.presence().record(Kind.OVERRIDE_ABSENT);
    fixture.clock.advanceMinutes(5);
    fixture.ledger.presence().record(Kind.OVERRIDE_CLEARED);

    assertThat(fixture.ledger.presence().today()).isEmpty();
  }

  @Test
  void anOverrideIsGoneTheNextDay() {
    fixture.ledger.presence().record(Kind.OVERRIDE_ABSENT);

    fixture.clock.set("2026-11-25T00:00");

    assertThat(fixture.ledger.presence().today()).isEmpty();
  }

  @Test
  void anOverrideSurvivesARestartOfTheKiosk() throws Exception {
    PresenceEvent present = fixture.ledger.presence().record(Kind.OVERRIDE_PRESENT);
    fixture.close();

    fixture = new LedgerFixture(dir, "2026-11-24T16:00");

    assertThat(fixture.ledger.presence().today()).contains(present);
  }

  @Test
  void overridesAreForgottenAfterAWeek() throws Exception {
    fixture.ledger.presence().record(Kind.OVERRIDE_ABSENT);
    fixture.clock.set("2026-11-28T09:00");
    fixture.ledger.presence().record(Kind.OVERRIDE_PRESENT);

    fixture.clock.set("2026-12-01T23:59");
    assertThat(fixture.ledger.presence().forgetOlderThan(PresenceLog.KEEP_DAYS)).isZero();
    fixture.clock.set("2026-12-02T06:00");
    assertThat(fixture.ledger.presence().forgetOlderThan(PresenceLog.KEEP_DAYS)).isEqualTo(1);

    try (Connection raw = fixture.rawConnection();
        ResultSet left =
            raw.createStatement().executeQuery("SELECT service_date FROM presence_event")) {
      assertThat(left.next()).isTrue();
      assertThat(left.getString(1)).isEqualTo("2026-11-28");
      assertThat(left.next()).isFalse();
    }
  }
}
