package nl.zuil.hardware.printer;

/** One piece of a {@link TicketDocument}. */
public sealed interface TicketElement {

  /**
   * A line of text in any script. The driver decides how it reaches paper: in the printer's code
   * page where every character exists there, otherwise as a raster image, never as mojibake.
   */
  record Text(String text, TextSize size, boolean bold, Alignment alignment)
      implements TicketElement {
    public Text {
      if (text == null || text.contains("\n")) {
        throw new IllegalArgumentException("a text element is one line, got: " + text);
      }
    }
  }

  /** A QR code holding {@code data}, sized by the driver to the paper. */
  record QrCode(String data) implements TicketElement {
    public QrCode {
      if (data == null || data.isEmpty()) {
        throw new IllegalArgumentException("a QR code needs data");
      }
    }
  }

  /** Blank paper of {@code lines} text lines. */
  record Feed(int lines) implements TicketElement {
    public Feed {
      if (lines < 1 || lines > 20) {
        throw new IllegalArgumentException("feed 1 to 20 lines, got " + lines);
      }
    }
  }

  /** Cut the paper, fully or partially as the profile's cutter allows. */
  record Cut() implements TicketElement {}
}
