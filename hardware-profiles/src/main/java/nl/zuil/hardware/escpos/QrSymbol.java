package nl.zuil.hardware.escpos;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;

/**
 * A QR code laid out for one paper width. The printer's own QR generator and ZXing pick the same
 * version for the same data and error correction, so the module size chosen here fits either way.
 */
public final class QrSymbol {

  /** Modules of blank margin a reader needs on each side. */
  static final int QUIET_ZONE = 4;

  /** Below 3 dots (0.4 mm at 203 dpi) a phone camera no longer resolves the modules. */
  static final int MIN_MODULE_DOTS = 3;

  /** 8 dots (1 mm at 203 dpi) already scans from arm's length; bigger only costs paper. */
  static final int MAX_MODULE_DOTS = 8;

  private final byte[] data;
  private final ByteMatrix matrix;
  private final int moduleDots;

  private QrSymbol(byte[] data, ByteMatrix matrix, int moduleDots) {
    this.data = data;
    this.matrix = matrix;
    this.moduleDots = moduleDots;
  }

  /**
   * Sizes the symbol to at most two thirds of the printable width, leaving room for the quiet zone.
   *
   * @throws IllegalArgumentException for data that is not printable ASCII (links are; percent-
   *     encode anything else) or too long to be readable on this paper
   */
  public static QrSymbol layout(String data, int printableDots) {
    if (!data.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException(
          "QR data must be printable ASCII (percent-encode the link): " + data);
    }
    QRCode code;
    try {
      code = Encoder.encode(data, ErrorCorrectionLevel.M);
    } catch (WriterException e) {
      throw new IllegalArgumentException("QR data cannot be encoded: " + e.getMessage(), e);
    }
    ByteMatrix matrix = code.getMatrix();
    int moduleDots =
        Math.min(MAX_MODULE_DOTS, printableDots * 2 / 3 / (matrix.getWidth() + 2 * QUIET_ZONE));
    if (moduleDots < MIN_MODULE_DOTS) {
      throw new IllegalArgumentException(
          "QR data of "
              + data.length()
              + " characters needs "
              + matrix.getWidth()
              + " modules, too many to scan on "
              + printableDots
              + " dots; shorten the link");
    }
    return new QrSymbol(data.getBytes(StandardCharsets.US_ASCII), matrix, moduleDots);
  }

  public byte[] data() {
    return data.clone();
  }

  public int modules() {
    return matrix.getWidth();
  }

  public int moduleDots() {
    return moduleDots;
  }

  /** The symbol drawn dot by dot, centred in whole bytes, without quiet zone. */
  public RasterImage raster() {
    int size = modules() * moduleDots;
    int widthBytes = (size + 7) / 8;
    int left = (widthBytes * 8 - size) / 2;
    byte[] rows = new byte[widthBytes * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x / moduleDots, y / moduleDots) == 1) {
          int dot = left + x;
          rows[y * widthBytes + dot / 8] |= (byte) (0x80 >> (dot % 8));
        }
      }
    }
    return new RasterImage(widthBytes, size, rows);
  }
}
