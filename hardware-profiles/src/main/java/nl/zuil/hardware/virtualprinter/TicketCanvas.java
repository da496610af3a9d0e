package nl.zuil.hardware.virtualprinter;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zuil.hardware.escpos.DejaVuFonts;
import nl.zuil.hardware.profile.CodePage;
import nl.zuil.hardware.profile.PrinterProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper of the virtual printer: draws what the instructions say the way a thermal head would,
 * black dots only, in the printer's own 12x24 character cell magnified by whole factors.
 */
final class TicketCanvas {

  private static final Logger LOG = LoggerFactory.getLogger(TicketCanvas.class);
  private static final int CELL_WIDTH = 12;
  private static final int CELL_HEIGHT = 24;
  private static final float CELL_FONT_PIXELS = 20f;
  private static final int CELL_BASELINE = 19;
  private static final int MARGIN_DOTS = 16;

  private final DejaVuFonts fonts;
  private final int printableDots;
  private final int paperDots;
  private final int lineSpacing;
  private final Map<Integer, Charset> codePages = new HashMap<>();
  private final Map<String, BufferedImage> cells = new HashMap<>();

  private BufferedImage page;
  private int y;
  private long fedDots;

  private Charset charset;
  private int justify;
  private boolean bold;
  private int widthFactor;
  private int heightFactor;
  private final List<Glyph> line = new ArrayList<>();

  private int qrModuleDots;
  private int qrErrorCorrection;
  private byte[] qrData = new byte[0];

  private record Glyph(char c, boolean bold, int width, int height) {}

  TicketCanvas(PrinterProfile profile, DejaVuFonts fonts) {
    this.fonts = fonts;
    this.printableDots = profile.paper().printableDots();
    this.paperDots =
        Math.max(
            printableDots,
            (int) Math.round(profile.paper().widthMm() / 25.4 * profile.paper().dpi()));
    // The default line spacing of ESC/POS printers is 1/6 inch.
    this.lineSpacing = Math.round(profile.paper().dpi() / 6f);
    codePages.put(0, CodePage.PC437.charset());
    codePages.put(profile.codePage().escPosNumber(), profile.codePage().table().charset());
    newPage();
    initialize();
  }

  /** Dots of paper fed since the canvas was made, to run out of paper at a chosen point. */
  long fedDots() {
    return fedDots;
  }

  boolean isBlank() {
    return y == MARGIN_DOTS && line.isEmpty();
  }

  void apply(Instruction instruction) {
    if (instruction instanceof Instruction.Characters chars) {
      characters(chars.bytes());
    } else if (instruction instanceof Instruction.LineFeed) {
      printLine(true);
    } else if (instruction instanceof Instruction.Initialize) {
      line.clear();
      initialize();
    } else if (instruction instanceof Instruction.SelectCodePage select) {
      charset = codePages.get(select.n());
      if (charset == null) {
        LOG.warn(
            "code page {} is not in this printer's profile; characters print as ?", select.n());
      }
    } else if (instruction instanceof Instruction.Justify j) {
      justify = Math.min(2, j.n());
    } else if (instruction instanceof Instruction.Emphasis e) {
      bold = e.on();
    } else if (instruction instanceof Instruction.CharacterSize size) {
      widthFactor = Math.min(8, size.width());
      heightFactor = Math.min(8, size.height());
    } else if (instruction instanceof Instruction.FeedLines feed) {
      printLine(false);
      advance(feed.lines() * lineSpacing);
    } else if (instruction instanceof Instruction.FeedDots feed) {
      printLine(false);
      advance(feed.dots());
    } else if (instruction instanceof Instruction.Raster raster) {
      printLine(false);
      raster(raster);
    } else if (instruction instanceof Instruction.QrModuleSize size) {
      qrModuleDots = size.dots();
    } else if (instruction instanceof Instruction.QrErrorCorrection level) {
      qrErrorCorrection = level.level();
    } else if (instruction instanceof Instruction.QrStore store) {
      qrData = store.data();
    } else if (instruction instanceof Instruction.QrPrint) {
      printLine(false);
      qr();
    } else if (instruction instanceof Instruction.Unknown unknown) {
      LOG.warn("unknown command bytes {}", hex(unknown.bytes()));
    }
  }

  /** Ends the ticket: the paper so far, with the unprintable margins a real roll has. */
  BufferedImage tearOff() {
    printLine(false);
    BufferedImage ticket =
        new BufferedImage(paperDots, y + MARGIN_DOTS, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = ticket.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, ticket.getWidth(), ticket.getHeight());
      g.drawImage(
          page.getSubimage(0, 0, printableDots, y), (paperDots - printableDots) / 2, 0, null);
    } finally {
      g.dispose();
    }
    newPage();
    return ticket;
  }

  private void initialize() {
    charset = codePages.get(0);
    justify = 0;
    bold = false;
    widthFactor = 1;
    heightFactor = 1;
    qrModuleDots = 3;
    qrErrorCorrection = 48;
  }

  private void characters(byte[] bytes) {
    String text = charset == null ? "?".repeat(bytes.length) : new String(bytes, charset);
    for (char c : text.toCharArray()) {
      Glyph glyph = new Glyph(c, bold, CELL_WIDTH * widthFactor, CELL_HEIGHT * heightFactor);
      if (lineWidth() + glyph.width() > printableDots) {
        printLine(false);
      }
      line.add(glyph);
    }
  }

  private int lineWidth() {
    return line.stream().mapToInt(Glyph::width).sum();
  }

  private void printLine(boolean feedEvenIfEmpty) {
    if (line.isEmpty()) {
      if (feedEvenIfEmpty) {
        advance(lineSpacing);
      }
      return;
    }
    int height = line.stream().mapToInt(Glyph::height).max().orElse(CELL_HEIGHT);
    ensureRoom(height);
    int x = offset(lineWidth());
    Graphics2D g = page.createGraphics();
    try {
      for (Glyph glyph : line) {
        g.drawImage(
            cell(glyph.c(), glyph.bold()),
            x,
            y + height - glyph.height(),
            glyph.width(),
            glyph.height(),
            null);
        x += glyph.width();
      }
    } finally {
      g.dispose();
    }
    line.clear();
    advance(Math.max(lineSpacing, height));
  }

  private void raster(Instruction.Raster raster) {
    int scaleX = (raster.scale() & 1) + 1;
    int scaleY = (raster.scale() >> 1 & 1) + 1;
    int width = raster.widthBytes() * 8;
    ensureRoom(raster.height() * scaleY);
    int left = offset(width * scaleX);
    for (int row = 0; row < raster.height(); row++) {
      for (int col = 0; col < width; col++) {
        if ((raster.data()[row * raster.widthBytes() + col / 8] & (0x80 >> (col % 8))) != 0) {
          fill(left + col * scaleX, y + row * scaleY, scaleX, scaleY);
        }
      }
    }
    advance(raster.height() * scaleY);
  }

  private void qr() {
    ByteMatrix matrix;
    try {
      matrix =
          Encoder.encode(new String(qrData, StandardCharsets.ISO_8859_1), qrLevel()).getMatrix();
    } catch (WriterException e) {
      LOG.warn("stored QR data cannot be drawn: {}", e.getMessage());
      return;
    }
    int size = matrix.getWidth() * qrModuleDots;
    ensureRoom(size);
    int left = offset(size);
    for (int row = 0; row < matrix.getWidth(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row) == 1) {
          fill(left + col * qrModuleDots, y + row * qrModuleDots, qrModuleDots, qrModuleDots);
        }
      }
    }
    advance(size);
  }

  private ErrorCorrectionLevel qrLevel() {
    return switch (qrErrorCorrection) {
      case 48 -> ErrorCorrectionLevel.L;
      case 50 -> ErrorCorrectionLevel.Q;
      case 51 -> ErrorCorrectionLevel.H;
      default -> ErrorCorrectionLevel.M;
    };
  }

  private int offset(int width) {
    int free = Math.max(0, printableDots - width);
    return justify == 1 ? free / 2 : justify == 2 ? free : 0;
  }

  private void fill(int x, int top, int w, int h) {
    for (int dy = 0; dy < h; dy++) {
      for (int dx = 0; dx < w; dx++) {
        if (x + dx < printableDots) {
          page.setRGB(x + dx, top + dy, 0xFF000000);
        }
      }
    }
  }

  private BufferedImage cell(char c, boolean bold) {
    return cells.computeIfAbsent(
        c + (bold ? "b" : "r"),
        key -> {
          BufferedImage cell =
              new BufferedImage(CELL_WIDTH, CELL_HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
          Graphics2D g = cell.createGraphics();
          try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, CELL_WIDTH, CELL_HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            Font font = fonts.mono(bold, CELL_FONT_PIXELS);
            g.setFont(font);
            g.drawString(String.valueOf(c), 0, CELL_BASELINE);
          } finally {
            g.dispose();
          }
          return cell;
        });
  }

  private void advance(int dots) {
    ensureRoom(dots);
    y += dots;
    fedDots += dots;
  }

  private void ensureRoom(int dots) {
    if (y + dots <= page.getHeight()) {
      return;
    }
    BufferedImage bigger =
        blank(printableDots, Math.max(page.getHeight() * 2, y + dots + MARGIN_DOTS));
    Graphics2D g = bigger.createGraphics();
    try {
      g.drawImage(page, 0, 0, null);
    } finally {
      g.dispose();
    }
    page = bigger;
  }

  private void newPage() {
    page = blank(printableDots, 1024);
    y = MARGIN_DOTS;
  }

  private static BufferedImage blank(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02X ", b));
    }
    return hex.toString().trim();
  }
}
