package nl.zuil.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.store.Database;
import nl.zuil.testsupport.TestClock;
import nl.zuil.web.Session;
import nl.zuil.web.SessionPolicy;
import nl.zuil.web.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions in the database of staff who signed in through the region's identity provider: they have
 * no account row, so the session itself keeps what the provider said (schema 9, decision 0215), and
 * a second backend process on the same database sees the same member of staff. A password account's
 * session still follows its account. Subclasses run it on SQLite and PostgreSQL.
 */
abstract class ProviderSessionsContract {

  private static final SessionPolicy POLICY =
      new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(10), 100);

  @TempDir Path dir;
  private TestDatabase database;
  private final TestClock clock = TestClock.at("2026-12-07T09:00");

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void open() {
    database = TestDatabase.open(kind(), dir);
    TwoRegions.seed(Backend.over(database.database(), clock));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Sessions<StaffUser> sessions(Database on) {
    return new Sessions<>(clock, POLICY, new JdbcSessionStore(on));
  }

  @Test
  void aProviderAccountsSessionKeepsItsRoleRegionAndMunicipalityForEveryProcess() {
    StaffUser municipal =
        new StaffUser(
            "idp:" + "m".repeat(240) + "@gemeente.nl",
            TwoRegions.A,
            Role.MUNICIPALITY,
            Optional.of("Enschede"));
    StaffUser it = new StaffUser("idp:ivo@regio.nl", TwoRegions.B, Role.IT, Optional.empty());
    String municipalToken = sessions(database.database()).start(municipal).token();
    String itToken = sessions(database.database()).start(it).token();

    try (Database second = database.openAgain()) {
      Sessions<StaffUser> secondProcess = sessions(second);
      assertThat(secondProcess.find(municipalToken).flatMap(Session::user)).contains(municipal);
      assertThat(secondProcess.find(itToken).flatMap(Session::user)).contains(it);
    }
  }

  @Test
  void aPasswordAccountsSessionStillFollowsItsAccount() {
    Backend backend = Backend.over(database.database(), clock);
    StaffUser anna = backend.staff().account(TwoRegions.ANNA).orElseThrow();
    String token = sessions(database.database()).start(anna).token();

    assertThat(sessions(database.database()).find(token).flatMap(Session::user)).contains(anna);
  }
}
