package nl.zuil.kiosk.visitor;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import nl.zuil.kiosk.ticket.QrMatrix;

/** A QR code as a crisp image: whole pixels per module, so a phone camera sees sharp edges. */
final class QrImage {

  private QrImage() {}

  /** The largest image of whole modules that fits in {@code maxPixels}. */
  static Image of(String data, double maxPixels) {
    QrMatrix matrix = QrMatrix.encode(data);
    int module = Math.max(2, (int) Math.floor(maxPixels / matrix.size()));
    int side = matrix.size() * module;
    WritableImage image = new WritableImage(side, side);
    PixelWriter pixels = image.getPixelWriter();
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        pixels.setColor(x, y, matrix.dark(x / module, y / module) ? Color.BLACK : Color.WHITE);
      }
    }
    return image;
  }
}
