package nl.zuil.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import nl.zuil.hardware.printer.TextSize;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketElement;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketDocumentsTest {

  @TempDir Path dir;

  private static List<String> texts(TicketDocument document) {
    return document.elements().stream()
        .filter(TicketElement.Text.class::isInstance)
        .map(e -> ((TicketElement.Text) e).text())
        .collect(Collectors.toList());
  }

  @Test
  void theVisitorsTicketHasTheNumberLargestThenQuestionNextStepAndQrLink() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      IssuedTicket issued = kiosk.office.issue(TicketRequest.of("money_debt", "uk")).join();

      TicketDocument paper = kiosk.documents.forVisitor(issued);

      assertThat(texts(paper))
          .containsExactly(
              "Werkcentrum Voorbeeldregio – пункт прийому Bibliotheek Hengelo",
              "Ваш номер",
              "G-001",
              "Грошові проблеми та борги",
              "Незабаром консультант викличе ваш номер. Сідайте, будь ласка, і зачекайте.",
              "Скануйте код телефоном, щоб дізнатися більше про ваше питання.",
              "23-11-2026 09:30");
      assertThat(paper.elements())
          .filteredOn(TicketElement.Text.class::isInstance)
          .map(e -> ((TicketElement.Text) e).size())
          .contains(TextSize.QUADRUPLE);
      assertThat(paper.elements())
          .contains(new TicketElement.QrCode(issued.link()))
          .last()
          .isInstanceOf(TicketElement.Cut.class);
    }
  }

  @Test
  void theTestTicketSaysItIsNoVisitorsAndShowsEveryScript() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      TicketDocument test = kiosk.documents.testTicket(LocalDateTime.of(2026, 11, 23, 9, 0));

      assertThat(texts(test))
          .contains("TESTBON – geen bezoeker", "العربية", "Українська", "Türkçe");
      assertThat(test.elements()).anyMatch(TicketElement.QrCode.class::isInstance);
    }
  }
}
