package nl.zuil.kiosk.ticket;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Language;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.hardware.printer.Alignment;
import nl.zuil.hardware.printer.NextStepSlip;
import nl.zuil.hardware.printer.TextSize;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.StaffTexts;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.ledger.Ticket;

/**
 * What goes on paper, in the visitor's language: where they are, the number (as large as the
 * printer goes), the question, what happens next, the QR link and when the ticket was made.
 * Everything is centred, so a right-to-left language needs no mirrored layout on paper; shaping
 * non-Latin text is the printer driver's job.
 */
public final class TicketDocuments {

  private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  private volatile Catalogue catalogue;
  private final String locationName;

  public TicketDocuments(Catalogue catalogue, String locationName) {
    this.catalogue = catalogue;
    this.locationName = locationName;
  }

  /** A newly published catalogue; documents already built keep their texts. */
  public void useCatalogue(Catalogue newCatalogue) {
    catalogue = newCatalogue;
  }

  public TicketDocument forVisitor(IssuedTicket issued) {
    Ticket ticket = issued.ticket();
    ScreenTexts texts = ScreenTexts.fixed(catalogue, ticket.languageCode());
    QuestionType question = catalogue.questionType(ticket.questionCode()).orElseThrow();
    return TicketDocument.builder()
        .text(place(texts), TextSize.NORMAL, false, Alignment.CENTER)
        .feed(1)
        .text(texts.now(VisitorTexts.TICKET_TITLE), TextSize.NORMAL, false, Alignment.CENTER)
        .text(ticket.number(), TextSize.QUADRUPLE, true, Alignment.CENTER)
        .text(texts.now(question.labels()), TextSize.DOUBLE, true, Alignment.CENTER)
        .feed(1)
        .text(texts.now(VisitorTexts.TICKET_NEXT), TextSize.NORMAL, false, Alignment.CENTER)
        .feed(1)
        .qr(issued.link())
        .feed(1)
        .text(texts.now(VisitorTexts.TICKET_SCAN), TextSize.NORMAL, false, Alignment.CENTER)
        .text(ISSUED.format(ticket.issuedAt()), TextSize.NORMAL, false, Alignment.CENTER)
        .feed(3)
        .cut()
        .build();
  }

  /**
   * The next step on paper for a visitor who found no gids, in their language, with the time it was
   * printed so an old slip is recognisably old.
   */
  public TicketDocument slip(NextStep step, String language, LocalDateTime now) {
    ScreenTexts texts = ScreenTexts.fixed(catalogue, language);
    return new NextStepSlip(
            step.title(),
            List.of(
                new NextStepSlip.Section(null, List.of(step.here())),
                new NextStepSlip.Section(step.elsewhere(), step.places()),
                new NextStepSlip.Section(
                    step.contact(),
                    List.of(step.phone(), step.phoneStatus(), step.phoneHours(), step.website()))),
            step.qrLink(),
            step.scanHint(),
            place(texts) + " " + ISSUED.format(now))
        .toDocument();
  }

  /**
   * A staff test ticket: plainly marked as no visitor's, with every catalogue language's name in
   * its own script, so one test shows whether the printer copes with Arabic and Cyrillic.
   */
  public TicketDocument testTicket(LocalDateTime now) {
    ScreenTexts texts = ScreenTexts.fixed(catalogue, StaffTexts.LANGUAGE);
    TicketDocument.Builder document =
        TicketDocument.builder()
            .text(place(texts), TextSize.NORMAL, false, Alignment.CENTER)
            .feed(1)
            .text(texts.now(StaffTexts.TEST_TICKET), TextSize.DOUBLE, true, Alignment.CENTER)
            .feed(1);
    for (Language language : catalogue.languages()) {
      document.text(language.name(), TextSize.NORMAL, false, Alignment.CENTER);
    }
    QuestionType catchAll =
        catalogue.questionTypes().stream().filter(QuestionType::catchAll).findFirst().orElseThrow();
    return document
        .feed(1)
        .qr(catchAll.infoUrl())
        .feed(1)
        .text(ISSUED.format(now), TextSize.NORMAL, false, Alignment.CENTER)
        .feed(3)
        .cut()
        .build();
  }

  private String place(ScreenTexts texts) {
    return texts.now(
        VisitorTexts.PLACE,
        Map.of("region", texts.now(catalogue.region().name()), "location", locationName));
  }
}
