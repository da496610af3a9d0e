package nl.zuil.kiosk.ticket;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The modules of a QR code (Model 2, as phones read it), with its quiet zone. */
public final class QrMatrix {

  private static final int QUIET_ZONE_MODULES = 4;

  private final BitMatrix bits;

  private QrMatrix(BitMatrix bits) {
    this.bits = bits;
  }

  public static QrMatrix encode(String data) {
    try {
      // Size 0 asks ZXing for one pixel per module; the screen scales it up without smoothing.
      return new QrMatrix(
          new QRCodeWriter()
              .encode(
                  data,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      StandardCharsets.UTF_8.name(),
                      EncodeHintType.MARGIN,
                      QUIET_ZONE_MODULES)));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for: " + data, e);
    }
  }

  /** Modules per side, quiet zone included. */
  public int size() {
    return bits.getWidth();
  }

  public boolean dark(int x, int y) {
    return bits.get(x, y);
  }
}
