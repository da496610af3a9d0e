package nl.zuil.hardware.printer;

import java.util.List;

/**
 * The slip a visitor takes home when no gids is there: no number, but where and when a gids can
 * help, how to reach the Werkcentrum, and a QR code to the region's page for the question. The
 * kiosk fills in the texts in the visitor's language; like a ticket, lines the printer cannot print
 * as characters are drawn as images by the driver.
 *
 * @param title e.g. "Er is nu geen gids"
 * @param sections each a heading and its lines, printed in order; empty sections are left out
 * @param qrLink the region's page for the question; no ticket reference, as there is no ticket
 * @param scanHint what the QR code is for
 * @param footer the walk-in point and time; no personal data ever goes on a slip
 */
public record NextStepSlip(
    String title, List<Section> sections, String qrLink, String scanHint, String footer) {

  /** A heading in bold and its lines. */
  public record Section(String heading, List<String> lines) {

    public Section {
      lines = lines == null ? List.of() : List.copyOf(lines);
    }

    boolean empty() {
      return (heading == null || heading.isBlank())
          && lines.stream().allMatch(l -> l == null || l.isBlank());
    }
  }

  public NextStepSlip {
    sections = sections == null ? List.of() : List.copyOf(sections);
    if (qrLink == null || qrLink.isBlank()) {
      throw new IllegalArgumentException("a next-step slip needs the link for its QR code");
    }
  }

  public TicketDocument toDocument() {
    TicketDocument.Builder slip = TicketDocument.builder();
    line(slip, title, TextSize.DOUBLE, true);
    for (Section section : sections) {
      if (section.empty()) {
        continue;
      }
      slip.feed(1);
      line(slip, section.heading(), TextSize.NORMAL, true);
      section.lines().forEach(l -> line(slip, l, TextSize.NORMAL, false));
    }
    slip.feed(1).qr(qrLink).feed(1);
    line(slip, scanHint, TextSize.NORMAL, false);
    slip.feed(1);
    line(slip, footer, TextSize.NORMAL, false);
    return slip.feed(2).cut().build();
  }

  private static void line(TicketDocument.Builder slip, String text, TextSize size, boolean bold) {
    if (text != null && !text.isBlank()) {
      slip.text(text, size, bold, Alignment.CENTER);
    }
  }
}
