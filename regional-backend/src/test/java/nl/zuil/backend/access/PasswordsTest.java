package nl.zuil.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  private final Passwords passwords = new Passwords(Passwords.DEFAULT);

  @Test
  void storesAnArgon2idHashWithItsParametersAndAFreshSalt() {
    String first = passwords.hash("correct horse battery".toCharArray());
    String second = passwords.hash("correct horse battery".toCharArray());

    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void acceptsTheRightPasswordOnly() {
    String stored = passwords.hash("correct horse battery".toCharArray());

    assertThat(passwords.matches("correct horse battery".toCharArray(), stored)).isTrue();
    assertThat(passwords.matches("correct horse batterY".toCharArray(), stored)).isFalse();
    assertThat(passwords.matches("correct horse battery".toCharArray(), "plain text")).isFalse();
  }

  @Test
  void checksAHashMadeWithOtherParametersByItsOwn() {
    String cheaper =
        new Passwords(new Passwords.Parameters(8192, 1, 1)).hash("geheim-geheim".toCharArray());

    assertThat(passwords.matches("geheim-geheim".toCharArray(), cheaper)).isTrue();
  }
}
