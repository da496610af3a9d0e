package nl.zuil.hardware.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import nl.zuil.hardware.printer.Alignment;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketElement;
import nl.zuil.hardware.profile.CutterType;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.QrMode;

/**
 * Turns a ticket into the bytes one printer model understands, as its profile describes it. Pure:
 * the same ticket and profile always give the same bytes, which the golden tests pin down.
 *
 * <p>Text whose every character exists in the profile's code page goes as text in that code page;
 * any other line (Arabic, Ukrainian, Polish) goes as a raster image drawn by {@link
 * TextRasterizer}, so it can never come out as mojibake.
 */
public final class EscPosEncoder {

  /** Width of the printer's Font A cell, the same on every profile Zuil ships. */
  static final int FONT_A_DOTS = 12;

  /** Rows per GS v 0 command; well under every shipped printer's limit. */
  static final int MAX_BAND_ROWS = 255;

  /** Lines fed after the last line on a printer without cutter, to clear the tear bar. */
  static final int TEAR_OFF_LINES = 5;

  private final PrinterProfile profile;
  private final TextRasterizer rasterizer;
  private final Charset charset;

  public EscPosEncoder(PrinterProfile profile, TextRasterizer rasterizer) {
    this.profile = profile;
    this.rasterizer = rasterizer;
    this.charset = profile.codePage().table().charset();
  }

  /**
   * @throws IllegalArgumentException when a line has a character no font can draw, or the QR data
   *     cannot be printed readably on this paper
   */
  public byte[] encode(TicketDocument ticket) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(EscPosCommands.initialize());
    out.writeBytes(EscPosCommands.internationalCharacterSetUsa());
    out.writeBytes(EscPosCommands.selectCodePage(profile.codePage().escPosNumber()));
    boolean latinAsImages = latinAsImages(ticket);
    for (TicketElement element : ticket.elements()) {
      if (element instanceof TicketElement.Text text) {
        text(out, text, latinAsImages && latinOnly(text.text()));
      } else if (element instanceof TicketElement.QrCode qr) {
        qr(out, qr.data());
      } else if (element instanceof TicketElement.Feed feed) {
        out.writeBytes(EscPosCommands.feedLines(feed.lines()));
      } else if (element instanceof TicketElement.Cut) {
        cut(out);
      }
    }
    return out.toByteArray();
  }

  /** True when {@code text} goes to paper as characters rather than as an image. */
  public boolean printsAsCharacters(String text) {
    CharsetEncoder encoder = charset.newEncoder();
    return encoder.canEncode(text) && text.chars().noneMatch(c -> c < 0x20);
  }

  /**
   * One font per script on a ticket: when one Latin line must be drawn (Polish "ł" is not in
   * WPC1252), every Latin line is drawn in the same font, instead of the printer's font beside
   * DejaVu Sans on one slip. Arabic or Cyrillic lines beside Latin ones are another script, and the
   * Latin ones keep the printer's font.
   */
  private boolean latinAsImages(TicketDocument ticket) {
    return ticket.elements().stream()
        .anyMatch(
            e ->
                e instanceof TicketElement.Text text
                    && latinOnly(text.text())
                    && !printsAsCharacters(text.text()));
  }

  /** Letters only from the Latin script (digits and punctuation belong to every script). */
  static boolean latinOnly(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private void text(ByteArrayOutputStream out, TicketElement.Text text, boolean asImage) {
    if (!asImage && printsAsCharacters(text.text())) {
      int columns = profile.paper().printableDots() / (FONT_A_DOTS * text.size().factor());
      for (String line : TextWrapper.wrap(text.text(), columns)) {
        out.writeBytes(EscPosCommands.align(text.alignment()));
        out.writeBytes(EscPosCommands.bold(text.bold()));
        out.writeBytes(EscPosCommands.characterSize(text.size()));
        out.writeBytes(line.getBytes(charset));
        out.write(EscPosCommands.LF);
      }
    } else {
      for (RasterImage line :
          rasterizer.render(
              text.text(), text.size(), text.bold(), profile.paper().printableDots(), lineDots())) {
        out.writeBytes(EscPosCommands.align(text.alignment()));
        raster(out, line);
      }
    }
  }

  /** The default ESC/POS line spacing, 1/6 inch. */
  private int lineDots() {
    return Math.round(profile.paper().dpi() / 6f);
  }

  private void qr(ByteArrayOutputStream out, String data) {
    QrSymbol symbol = QrSymbol.layout(data, profile.paper().printableDots());
    out.writeBytes(EscPosCommands.align(Alignment.CENTER));
    if (profile.qr() == QrMode.NATIVE) {
      out.writeBytes(EscPosCommands.qrModel());
      out.writeBytes(EscPosCommands.qrModuleSize(symbol.moduleDots()));
      out.writeBytes(EscPosCommands.qrErrorCorrection());
      out.writeBytes(EscPosCommands.qrStore(symbol.data()));
      out.writeBytes(EscPosCommands.qrPrint());
    } else {
      raster(out, symbol.raster());
    }
  }

  private static void raster(ByteArrayOutputStream out, RasterImage image) {
    for (RasterImage band : image.bands(MAX_BAND_ROWS)) {
      out.writeBytes(EscPosCommands.rasterBand(band));
    }
  }

  private void cut(ByteArrayOutputStream out) {
    if (profile.cutter() == CutterType.NONE) {
      out.writeBytes(EscPosCommands.feedLines(TEAR_OFF_LINES));
    } else {
      out.writeBytes(EscPosCommands.cut(profile.cutter()));
    }
  }
}
