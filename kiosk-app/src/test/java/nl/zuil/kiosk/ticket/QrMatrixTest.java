package nl.zuil.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrMatrixTest {

  /** Reads a QR code back from ARGB pixels, as a phone or the gids's scanner would. */
  public static String decode(int[] argb, int width, int height) throws Exception {
    LuminanceSource source = new RGBLuminanceSource(width, height, argb);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }

  @Test
  void encodesTheLinkSoAScannerReadsItBack() throws Exception {
    String link = "https://www.werkcentrum.example/vraag/werk-zoeken#7KQ2M9XZ4P";
    QrMatrix qr = QrMatrix.encode(link);
    int scale = 4;
    int side = qr.size() * scale;
    int[] pixels = new int[side * side];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        pixels[y * side + x] = qr.dark(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }

    assertThat(decode(pixels, side, side)).isEqualTo(link);
    assertThat(TicketLinks.reference(decode(pixels, side, side))).isEqualTo("7KQ2M9XZ4P");
  }

  @Test
  void hasAQuietZoneAroundTheCode() {
    QrMatrix qr = QrMatrix.encode("https://www.werkcentrum.example/#X");
    for (int i = 0; i < qr.size(); i++) {
      assertThat(qr.dark(i, 0) || qr.dark(0, i) || qr.dark(i, 3) || qr.dark(3, i)).isFalse();
    }
  }
}
