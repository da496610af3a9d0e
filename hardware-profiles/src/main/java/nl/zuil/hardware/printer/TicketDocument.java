package nl.zuil.hardware.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * A ticket as content, independent of any printer: lines of text, a QR code, feeds and a cut. The
 * driver turns it into the bytes one printer model understands, following its hardware profile.
 */
public record TicketDocument(List<TicketElement> elements) {

  public TicketDocument {
    elements = List.copyOf(elements);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects elements in printing order. */
  public static final class Builder {
    private final List<TicketElement> elements = new ArrayList<>();

    public Builder text(String text, TextSize size, boolean bold, Alignment alignment) {
      elements.add(new TicketElement.Text(text, size, bold, alignment));
      return this;
    }

    public Builder text(String text) {
      return text(text, TextSize.NORMAL, false, Alignment.LEFT);
    }

    public Builder qr(String data) {
      elements.add(new TicketElement.QrCode(data));
      return this;
    }

    public Builder feed(int lines) {
      elements.add(new TicketElement.Feed(lines));
      return this;
    }

    public Builder cut() {
      elements.add(new TicketElement.Cut());
      return this;
    }

    public TicketDocument build() {
      return new TicketDocument(elements);
    }
  }
}
