package nl.zuil.backend.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void dutchAndEnglishHaveTheSameTexts() {
    assertThat(Messages.keys(Language.ENGLISH)).isEqualTo(Messages.keys(Language.DUTCH));
  }

  @Test
  void fillsInArgumentsAndKeepsApostrophes() {
    assertThat(Messages.in(Language.DUTCH).get("privacy.rule", 5))
        .contains("„< 5”")
        .contains("zo’n");
  }
}
