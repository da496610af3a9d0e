package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private final TestClock clock = TestClock.at("2026-11-23T09:00");
  private final Sessions<String> sessions =
      new Sessions<>(clock, new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(10), 3));

  @Test
  void aSessionInUseLastsUntilItsMaximumAndAnIdleOneEndsAfterTheIdleTime() {
    String busy = sessions.start("anna").token();
    String idle = sessions.start("bert").token();
    for (int i = 0; i < 20; i++) {
      clock.advanceMinutes(29);
      assertThat(sessions.touch(busy)).as("after %d minutes", 29 * (i + 1)).isPresent();
    }
    assertThat(sessions.find(idle)).isEmpty();

    clock.advanceMinutes(29);

    assertThat(sessions.touch(busy)).isEmpty();
  }

  @Test
  void findingASessionDoesNotKeepItAlive() {
    String token = sessions.start("anna").token();
    clock.advanceMinutes(20);
    assertThat(sessions.find(token)).isPresent();
    clock.advanceMinutes(10);

    assertThat(sessions.find(token)).isEmpty();
  }

  @Test
  void eachSessionHasItsOwnTokenAndCsrfTokenAndEndsOnLogout() {
    Sessions.Started<String> first = sessions.start("anna");
    Sessions.Started<String> second = sessions.start("anna");

    assertThat(first.token()).isNotEqualTo(second.token()).hasSize(43);
    assertThat(first.session().csrf()).isNotEqualTo(second.session().csrf()).hasSize(43);
    assertThat(first.session().csrfMatches(first.session().csrf())).isTrue();
    assertThat(first.session().csrfMatches(second.session().csrf())).isFalse();
    assertThat(first.session().csrfMatches(null)).isFalse();
    sessions.end(first.token());
    assertThat(sessions.find(first.token())).isEmpty();
    assertThat(sessions.live(first.session())).isFalse();
    assertThat(sessions.find(second.token()).orElseThrow().user()).contains("anna");
  }

  @Test
  void aBrowserBeforeLoginHasASessionWithoutAUser() {
    Sessions.Started<String> form = sessions.anonymous();

    assertThat(sessions.find(form.token()).orElseThrow().loggedIn()).isFalse();
    assertThat(sessions.find(form.token()).orElseThrow().user()).isEmpty();
  }

  @Test
  void anActionIdCountsOnce() {
    Session<String> session = sessions.start("anna").session();

    assertThat(session.firstUse("a1")).isTrue();
    assertThat(session.firstUse("a1")).isFalse();
    assertThat(session.firstUse("a2")).isTrue();
  }

  @Test
  void whenFullAnonymousSessionsGoFirstAndNobodyLoggedInIsThrownOut() {
    String anna = sessions.start("anna").token();
    String oldForm = sessions.anonymous().token();
    clock.advanceMinutes(1);
    String newForm = sessions.anonymous().token();
    clock.advanceMinutes(1);

    String bert = sessions.start("bert").token();

    assertThat(sessions.find(oldForm)).isEmpty();
    assertThat(sessions.find(newForm)).isPresent();
    assertThat(sessions.find(anna)).isPresent();
    assertThat(sessions.find(bert)).isPresent();
  }

  @Test
  void anUnknownOrMissingCookieFindsNothing() {
    assertThat(sessions.find(null)).isEmpty();
    assertThat(sessions.find("")).isEmpty();
    assertThat(sessions.find(Tokens.random())).isEmpty();
  }
}
