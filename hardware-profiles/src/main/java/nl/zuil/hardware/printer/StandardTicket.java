package nl.zuil.hardware.printer;

/**
 * Zuil's ticket layout: the number large enough to read at arm's length, the question, what happens
 * next, and a QR code linking to more about the question. The kiosk fills in the texts in the
 * visitor's language; lines the printer cannot print as characters (Arabic, Ukrainian) are drawn as
 * images by the driver.
 *
 * @param title e.g. "Uw nummer"
 * @param number the ticket number as the gids console shows it, e.g. "W-014"
 * @param question the question type's label
 * @param nextStep what happens now, e.g. "Een gids roept straks uw nummer."
 * @param qrLink the question's information page with the ticket reference after '#'
 * @param scanHint what the QR code is for
 * @param footer the walk-in point and time; no personal data ever goes on a ticket
 */
public record StandardTicket(
    String title,
    String number,
    String question,
    String nextStep,
    String qrLink,
    String scanHint,
    String footer) {

  public StandardTicket {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a ticket needs its number");
    }
  }

  public TicketDocument toDocument() {
    TicketDocument.Builder ticket = TicketDocument.builder();
    line(ticket, title, TextSize.NORMAL, false);
    line(ticket, number, TextSize.QUADRUPLE, true);
    line(ticket, question, TextSize.DOUBLE, true);
    ticket.feed(1);
    line(ticket, nextStep, TextSize.NORMAL, false);
    if (qrLink != null && !qrLink.isBlank()) {
      ticket.feed(1).qr(qrLink).feed(1);
      line(ticket, scanHint, TextSize.NORMAL, false);
    }
    ticket.feed(1);
    line(ticket, footer, TextSize.NORMAL, false);
    return ticket.cut().build();
  }

  private static void line(
      TicketDocument.Builder ticket, String text, TextSize size, boolean bold) {
    if (text != null && !text.isBlank()) {
      ticket.text(text, size, bold, Alignment.CENTER);
    }
  }
}
