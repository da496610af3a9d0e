package nl.zuil.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private final TestClock clock = TestClock.at("2026-11-23T09:00");
  private final Sessions sessions =
      new Sessions(Duration.ofMinutes(30), Duration.ofHours(10), clock);
  private final StaffUser anna =
      new StaffUser("anna", "voorbeeldregio", Role.REGION_STAFF, Optional.empty());

  @Test
  void aSessionInUseLastsUntilItsMaximumAfterLogin() {
    String token = sessions.start(anna);
    for (int i = 0; i < 20; i++) {
      clock.advanceMinutes(29);
      assertThat(sessions.touch(token)).as("after %d minutes", 29 * (i + 1)).isPresent();
    }

    clock.advanceMinutes(29);

    assertThat(sessions.touch(token)).isEmpty();
  }

  @Test
  void eachSessionHasItsOwnTokenAndCsrfTokenAndEndsOnLogout() {
    String first = sessions.start(anna);
    String second = sessions.start(anna);

    assertThat(first).isNotEqualTo(second).hasSize(43);
    assertThat(sessions.touch(first).orElseThrow().csrfToken())
        .isNotEqualTo(sessions.touch(second).orElseThrow().csrfToken());
    sessions.end(first);
    assertThat(sessions.touch(first)).isEmpty();
    assertThat(sessions.touch(second)).isPresent();
  }
}
