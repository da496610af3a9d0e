package nl.zuil.kioskfiles.kioskconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinHashTest {

  private final PinHash hash = PinHash.create("4321".toCharArray(), PinHash.MIN_ITERATIONS);

  @Test
  void acceptsTheRightPinAndNoOther() {
    assertThat(hash.matches("4321".toCharArray())).isTrue();
    assertThat(hash.matches("1234".toCharArray())).isFalse();
    assertThat(hash.matches("43210".toCharArray())).isFalse();
  }

  @Test
  void survivesTheConfigFile() {
    PinHash read = PinHash.parse(hash.encoded());

    assertThat(read).isEqualTo(hash);
    assertThat(read.matches("4321".toCharArray())).isTrue();
    assertThat(hash.encoded()).startsWith("pbkdf2-sha256$100000$").doesNotContain("4321");
  }

  @Test
  void theSamePinHashedTwiceLooksDifferent() {
    assertThat(PinHash.create("4321".toCharArray(), PinHash.MIN_ITERATIONS).encoded())
        .isNotEqualTo(hash.encoded());
  }

  @Test
  void refusesWeakHashesAndPins() {
    String weak = hash.encoded().replace("$100000$", "$1000$");
    assertThatThrownBy(() -> PinHash.parse(weak)).hasMessageContaining("at least 100000");
    assertThatThrownBy(() -> PinHash.parse("4321")).hasMessageContaining("pbkdf2-sha256$");
    assertThatThrownBy(() -> PinHash.create("12".toCharArray(), PinHash.MIN_ITERATIONS))
        .hasMessageContaining("4 to 8 digits");
    assertThatThrownBy(() -> PinHash.create("abcd".toCharArray(), PinHash.MIN_ITERATIONS))
        .hasMessageContaining("4 to 8 digits");
  }
}
