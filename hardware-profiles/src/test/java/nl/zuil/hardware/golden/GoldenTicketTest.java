package nl.zuil.hardware.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.zuil.hardware.QrDecoding;
import nl.zuil.hardware.ReferenceTickets;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import nl.zuil.hardware.virtualprinter.VirtualPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every shipped profile, the reference ticket's exact bytes and the picture the virtual printer
 * makes of them, against checked-in files; the QR code in the picture must scan back to the link
 * that was encoded.
 */
class GoldenTicketTest {

  static Stream<String> shippedProfiles() {
    return HardwareProfiles.SHIPPED.stream();
  }

  @ParameterizedTest
  @MethodSource("shippedProfiles")
  void referenceTicketBytesAndPictureMatchGoldenFilesAndTheQrScans(String profileName)
      throws Exception {
    assertGolden(profileName, "reference-ticket", ReferenceTickets.dutch());
  }

  @ParameterizedTest
  @CsvSource({"virtual, arabic", "virtual, ukrainian", "star-tup500, arabic"})
  void nonLatinTicketsPrintAsPicturesThatMatchGoldenFiles(String profileName, String language)
      throws Exception {
    TicketDocument ticket =
        language.equals("arabic") ? ReferenceTickets.arabic() : ReferenceTickets.ukrainian();
    assertGolden(profileName, language + "-ticket", ticket);
  }

  private static void assertGolden(String profileName, String name, TicketDocument ticket)
      throws Exception {
    PrinterProfile printer = HardwareProfiles.load(profileName).printer();
    byte[] bytes = TicketPrinters.encoder(printer).encode(ticket);
    GoldenFiles.assertBytes(profileName + "/" + name + ".bin", bytes);

    List<PrintedTicket> printed = VirtualPrinter.render(printer, bytes);
    assertThat(printed).hasSize(1);
    assertThat(printed.get(0).complete()).isTrue();
    GoldenFiles.assertImage(profileName + "/" + name + ".png", printed.get(0).image());
    assertThat(QrDecoding.decode(printed.get(0).image())).isEqualTo(ReferenceTickets.QR_LINK);
  }
}
