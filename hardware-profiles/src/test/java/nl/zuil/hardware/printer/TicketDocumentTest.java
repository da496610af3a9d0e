package nl.zuil.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

class TicketDocumentTest {

  @Test
  void keepsElementsInPrintingOrder() {
    TicketDocument ticket =
        TicketDocument.builder()
            .text("W-014", TextSize.QUADRUPLE, true, Alignment.CENTER)
            .qr("https://www.werkcentrum.example/vraag/werk-zoeken#7KQ2M9XD4F")
            .feed(3)
            .cut()
            .build();

    assertThat(ticket.elements())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Text", "QrCode", "Feed", "Cut");
  }

  @Test
  void refusesMultiLineTextBecauseEachLineIsPlacedOnItsOwn() {
    assertThatThrownBy(() -> TicketDocument.builder().text("one\ntwo"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paperNearEndStillPrintsButPaperOutDoesNot() {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    assertThat(new PrinterStatus(true, false, false, true, false, now).canPrint()).isTrue();
    assertThat(new PrinterStatus(true, false, true, false, false, now).canPrint()).isFalse();
    assertThat(PrinterStatus.offline(now).canPrint()).isFalse();
  }
}
