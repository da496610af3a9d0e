package nl.zuil.kiosk.visitor;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
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

  /**
   * The QR code of {@code link} in its white frame, {@code side} pixels square; none while the link
   * is empty. The image is bound, not listened for, so the frame holds {@code link} alive.
   */
  static StackPane framed(String id, ObservableValue<String> link, double side) {
    ImageView qr = new ImageView();
    qr.setId(id);
    qr.setSmooth(false);
    // A mirrored QR code does not scan.
    qr.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    qr.imageProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    link.getValue() == null || link.getValue().isEmpty()
                        ? null
                        : of(link.getValue(), side),
                link));
    StackPane frame = new StackPane(qr);
    frame.getStyleClass().add("qr-frame");
    frame.setMinSize(side, side);
    frame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    return frame;
  }
}
