package nl.zuil.hardware.escpos;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A black-and-white image as ESC/POS raster data: rows of bytes, most significant bit leftmost, a
 * set bit burns a dot.
 */
public final class RasterImage {

  private final int widthBytes;
  private final int height;
  private final byte[] rows;

  public RasterImage(int widthBytes, int height, byte[] rows) {
    if (widthBytes < 1 || height < 1 || rows.length != widthBytes * height) {
      throw new IllegalArgumentException(
          "raster of " + widthBytes + " bytes x " + height + " rows cannot hold " + rows.length);
    }
    this.widthBytes = widthBytes;
    this.height = height;
    this.rows = rows.clone();
  }

  /** Dots darker than mid-grey become black. */
  public static RasterImage of(BufferedImage image) {
    int widthBytes = (image.getWidth() + 7) / 8;
    byte[] rows = new byte[widthBytes * image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114);
        if (luminance < 128_000) {
          rows[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
        }
      }
    }
    return new RasterImage(widthBytes, image.getHeight(), rows);
  }

  public int widthBytes() {
    return widthBytes;
  }

  public int height() {
    return height;
  }

  public byte[] rows() {
    return rows.clone();
  }

  /**
   * Cut into bands of at most {@code maxRows} rows: printers cap the height of one GS v 0 image,
   * and a band is also what they buffer at a time.
   */
  public List<RasterImage> bands(int maxRows) {
    List<RasterImage> bands = new ArrayList<>();
    for (int top = 0; top < height; top += maxRows) {
      int bandHeight = Math.min(maxRows, height - top);
      bands.add(
          new RasterImage(
              widthBytes,
              bandHeight,
              Arrays.copyOfRange(rows, top * widthBytes, (top + bandHeight) * widthBytes)));
    }
    return bands;
  }
}
