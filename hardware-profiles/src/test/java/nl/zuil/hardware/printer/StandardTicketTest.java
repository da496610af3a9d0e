package nl.zuil.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.zuil.kioskfiles.printer.PrinterCondition;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

class StandardTicketTest {

  @Test
  void laysOutTheNumberLargeBetweenTitleAndQuestionAndEndsWithACut() {
    TicketDocument ticket =
        new StandardTicket(
                "Uw nummer",
                "W-014",
                "Werk zoeken",
                "Neem plaats.",
                "https://x.example/#A",
                "Scan.",
                "Hengelo")
            .toDocument();

    assertThat(ticket.elements())
        .containsExactly(
            new TicketElement.Text("Uw nummer", TextSize.NORMAL, false, Alignment.CENTER),
            new TicketElement.Text("W-014", TextSize.QUADRUPLE, true, Alignment.CENTER),
            new TicketElement.Text("Werk zoeken", TextSize.DOUBLE, true, Alignment.CENTER),
            new TicketElement.Feed(1),
            new TicketElement.Text("Neem plaats.", TextSize.NORMAL, false, Alignment.CENTER),
            new TicketElement.Feed(1),
            new TicketElement.QrCode("https://x.example/#A"),
            new TicketElement.Feed(1),
            new TicketElement.Text("Scan.", TextSize.NORMAL, false, Alignment.CENTER),
            new TicketElement.Feed(1),
            new TicketElement.Text("Hengelo", TextSize.NORMAL, false, Alignment.CENTER),
            new TicketElement.Cut());
  }

  @Test
  void leavesOutWhatIsNotGivenButNeverTheNumber() {
    TicketDocument ticket =
        new StandardTicket(null, "W-014", null, null, null, null, null).toDocument();

    assertThat(ticket.elements())
        .containsExactly(
            new TicketElement.Text("W-014", TextSize.QUADRUPLE, true, Alignment.CENTER),
            new TicketElement.Feed(1),
            new TicketElement.Feed(1),
            new TicketElement.Cut());
    assertThatThrownBy(() -> new StandardTicket("Uw nummer", " ", null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void conditionNamesTheMostUrgentProblem() {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");

    assertThat(new PrinterStatus(true, true, true, true, true, now).condition())
        .isEqualTo(PrinterCondition.COVER_OPEN);
    assertThat(new PrinterStatus(true, false, true, true, false, now).condition())
        .isEqualTo(PrinterCondition.PAPER_OUT);
    assertThat(new PrinterStatus(true, false, false, true, false, now).condition())
        .isEqualTo(PrinterCondition.PAPER_NEAR_END);
    assertThat(PrinterStatus.offline(now).condition()).isEqualTo(PrinterCondition.OFFLINE);
    assertThat(PrinterStatus.ready(now).sameStateAs(PrinterStatus.ready(now.plusSeconds(2))))
        .isTrue();
  }
}
