package nl.zuil.hardware.escpos;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zuil.hardware.printer.TextSize;

/**
 * Draws a line of text that the printer's code page cannot hold (Arabic, Ukrainian, Polish ł) as
 * raster images, one per line on paper. Java2D shapes Arabic (joining forms, right to left) with
 * DejaVu Sans; anti-aliasing is off because thermal dots are either burnt or not.
 */
public final class TextRasterizer {

  /** Pixel size of DejaVu Sans that matches the height of the printer's own 12x24 font. */
  static final float BASE_PIXELS = 22f;

  private static final FontRenderContext CRISP = new FontRenderContext(null, false, false);

  private final DejaVuFonts fonts;

  public TextRasterizer(DejaVuFonts fonts) {
    this.fonts = fonts;
  }

  /** True when every character of {@code text} has a glyph, so nothing prints as an empty box. */
  public boolean canRender(String text, boolean bold) {
    return fonts.sans(bold, BASE_PIXELS).canDisplayUpTo(text) == -1;
  }

  /**
   * The lines {@code text} wraps into within {@code maxWidthDots}, each as a tight image whose
   * width is a whole number of bytes; the caller places it with the paragraph alignment.
   *
   * @param lineDots the printer's line spacing, the least height of a line so that drawn lines sit
   *     as far apart as printed ones
   */
  public List<RasterImage> render(
      String text, TextSize size, boolean bold, int maxWidthDots, int lineDots) {
    if (!canRender(text, bold)) {
      int at = fonts.sans(bold, BASE_PIXELS).canDisplayUpTo(text);
      throw new IllegalArgumentException(
          "no glyph for U+"
              + Integer.toHexString(text.codePointAt(at)).toUpperCase(Locale.ROOT)
              + " in DejaVu Sans; print this line in Dutch or English instead");
    }
    Font font = fonts.sans(bold, BASE_PIXELS * size.factor());
    boolean rightToLeft = rightToLeft(text);
    List<RasterImage> lines = new ArrayList<>();
    int maxWidth = maxWidthDots / 8 * 8;
    for (String line : lines(text, size, bold, maxWidthDots)) {
      lines.add(draw(layout(line, font, rightToLeft), maxWidth, lineDots));
    }
    return lines;
  }

  /**
   * A line with any right-to-left letter reads right to left, also when it starts with a Dutch
   * place name: by its first letter alone "Stadhuis Hengelo: مفتوح الآن حتى 12:30" was laid out
   * left to right, and the colon stood between the name and the time, as a stray ":" in the Arabic.
   */
  static boolean rightToLeft(String text) {
    return text.codePoints()
        .map(Character::getDirectionality)
        .anyMatch(
            d ->
                d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  /** The lines {@link #render} draws: broken at spaces only, each as wide as it is drawn. */
  List<String> lines(String text, TextSize size, boolean bold, int maxWidthDots) {
    Font font = fonts.sans(bold, BASE_PIXELS * size.factor());
    boolean rightToLeft = rightToLeft(text);
    // Two dots of margin, as draw() leaves them.
    int maxWidth = maxWidthDots / 8 * 8 - 2;
    return TextWrapper.wrap(text, maxWidth, line -> layout(line, font, rightToLeft).getAdvance())
        .stream()
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private static TextLayout layout(String line, Font font, boolean rightToLeft) {
    return new TextLayout(styled(line, font, rightToLeft).getIterator(), CRISP);
  }

  private static AttributedString styled(String text, Font font, boolean rightToLeft) {
    AttributedString styled = new AttributedString(text);
    styled.addAttribute(TextAttribute.FONT, font);
    styled.addAttribute(
        TextAttribute.RUN_DIRECTION,
        rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
    return styled;
  }

  private static RasterImage draw(TextLayout layout, int maxWidth, int lineDots) {
    int width = Math.min(maxWidth, ((int) Math.ceil(layout.getAdvance()) + 2 + 7) / 8 * 8);
    int ascent = (int) Math.ceil(layout.getAscent());
    int glyphHeight = ascent + (int) Math.ceil(layout.getDescent());
    int height = Math.max(lineDots, glyphHeight + 4);
    int top = (height - glyphHeight) / 2;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
      layout.draw(g, (width - layout.getAdvance()) / 2f, top + ascent);
    } finally {
      g.dispose();
    }
    return RasterImage.of(image);
  }
}
