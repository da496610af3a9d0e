package nl.zuil.ledger.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumbersTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          W-014,  W-014
          w14,    W-014
          W 014,  W-014
          w-0014, W-014
          L-1203, L-1203
          """)
  void readsANumberAsAGidsTypesIt(String typed, String canonical) {
    assertThat(TicketNumbers.normalise(typed)).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "14", "WW-14", "W-", "W-000", "W-14a"})
  void rejectsWhatIsNotATicketNumber(String typed) {
    assertThat(TicketNumbers.normalise(typed)).isEmpty();
  }
}
