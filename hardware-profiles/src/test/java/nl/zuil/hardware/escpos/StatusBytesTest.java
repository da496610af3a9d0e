package nl.zuil.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import nl.zuil.kioskfiles.printer.PrinterCondition;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusBytesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:30:00Z");

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "16121212, READY",
    "1e321272, PAPER_OUT",
    "1a161212, COVER_OPEN",
    "1e521a12, CUTTER_ERROR",
    "1612121e, PAPER_NEAR_END",
    "1e121212, OFFLINE",
    "16125212, OFFLINE"
  })
  void readsTheFourRealTimeStatusBytes(String answer, PrinterCondition condition) {
    Optional<PrinterStatus> status =
        StatusBytes.parseRealTime(HexFormat.of().parseHex(answer), NOW);

    assertThat(status).isPresent();
    assertThat(status.get().condition()).isEqualTo(condition);
    assertThat(status.get().checkedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest
  @CsvSource({"ffffffff", "16121200", "00000000", "161212", "1612121212"})
  void anythingButFourStatusBytesIsNoStatus(String answer) {
    assertThat(StatusBytes.parseRealTime(HexFormat.of().parseHex(answer), NOW)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"00, true", "03, true", "0c, false", "0f, false", "12, false", "90, false"})
  void paperSensorAnswerSaysWhetherPaperIsAtTheHead(String answer, boolean paper) {
    assertThat(StatusBytes.paperSensorSaysPaper(HexFormat.of().parseHex(answer)[0]))
        .isEqualTo(paper);
  }

  @Test
  void asksAllFourRealTimeStatusesInOneBurst() {
    assertThat(HexFormat.of().formatHex(StatusBytes.realTimeRequest()))
        .isEqualTo("100401100402100403100404");
  }
}
