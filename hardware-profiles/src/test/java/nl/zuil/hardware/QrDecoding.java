package nl.zuil.hardware;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads the QR code on a rendered ticket back, as a phone would. */
public final class QrDecoding {

  private QrDecoding() {}

  public static String decode(BufferedImage ticket) {
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(ticket))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("no readable QR code on the ticket: " + e, e);
    }
  }
}
