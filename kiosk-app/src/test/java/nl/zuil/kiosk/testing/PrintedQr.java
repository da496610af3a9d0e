package nl.zuil.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import nl.zuil.hardware.virtualprinter.VirtualPrinter;

/** A printed ticket or slip as paper, and its QR code read back as a phone would. */
public final class PrintedQr {

  private PrintedQr() {}

  /** The document as the kiosk's printer profile encodes it and a printer puts it on paper. */
  public static BufferedImage onPaper(TicketDocument document) throws Exception {
    PrinterProfile profile = HardwareProfiles.load("virtual").printer();
    List<PrintedTicket> paper =
        VirtualPrinter.render(profile, TicketPrinters.encoder(profile).encode(document));
    assertThat(paper).hasSize(1);
    return paper.get(0).image();
  }

  /** The text of the QR code on {@code image}. */
  public static String decode(BufferedImage image) throws Exception {
    int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), argb))))
        .getText();
  }

  /** The text of the QR code on the document's paper. */
  public static String read(TicketDocument document) throws Exception {
    return decode(onPaper(document));
  }
}
