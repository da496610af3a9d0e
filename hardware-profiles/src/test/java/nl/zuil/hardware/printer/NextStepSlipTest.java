package nl.zuil.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nl.zuil.hardware.PrinterRig;
import nl.zuil.hardware.QrDecoding;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextStepSlipTest {

  private static final String LINK = "https://www.werkcentrum.example/werkgevers";

  @TempDir Path dir;

  @Test
  void emptySectionsAreLeftOutAndTheQrComesAfterTheText() {
    TicketDocument slip =
        new NextStepSlip(
                "Er is nu geen gids",
                List.of(
                    new NextStepSlip.Section(
                        null, List.of("Hier is weer een gids: morgen van 09:00 tot 12:30.")),
                    new NextStepSlip.Section("", List.of()),
                    new NextStepSlip.Section(
                        "Bellen of kijken op internet:", List.of("Bel 088 000 56 78"))),
                LINK,
                "Scan de code met uw telefoon.",
                "Bibliotheek Hengelo")
            .toDocument();

    assertThat(slip.elements())
        .filteredOn(TicketElement.Text.class::isInstance)
        .map(e -> ((TicketElement.Text) e).text())
        .containsExactly(
            "Er is nu geen gids",
            "Hier is weer een gids: morgen van 09:00 tot 12:30.",
            "Bellen of kijken op internet:",
            "Bel 088 000 56 78",
            "Scan de code met uw telefoon.",
            "Bibliotheek Hengelo");
    assertThat(slip.elements()).contains(new TicketElement.QrCode(LINK));
    assertThat(slip.elements()).last().isInstanceOf(TicketElement.Cut.class);
  }

  @Test
  void aSlipWithoutItsLinkIsRefused() {
    assertThatThrownBy(() -> new NextStepSlip("Er is nu geen gids", List.of(), " ", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anArabicSlipComesOutOfThePrinterLegibleWithAQrAPhoneReads() throws Exception {
    TicketDocument slip =
        new NextStepSlip(
                "لا يوجد مرشد هنا الآن",
                List.of(
                    new NextStepSlip.Section(
                        null, List.of("سيكون هنا مرشد مرة أخرى: غدًا من 09:00 إلى 12:30.")),
                    new NextStepSlip.Section(
                        "يمكن لمرشد مساعدتك هنا أيضًا:",
                        List.of("Stadhuis Hengelo: مفتوح الآن حتى 12:30")),
                    new NextStepSlip.Section(
                        "اتصل أو ابحث على الإنترنت:",
                        List.of(
                            "اتصل بالرقم 088 000 56 78", "www.werkcentrum.example/werkgevers"))),
                LINK,
                "امسح الرمز بهاتفك لتقرأ المزيد عن سؤالك.",
                "Bibliotheek Hengelo 23-11-2026 14:05")
            .toDocument();

    try (PrinterRig rig = PrinterRig.start(dir)) {
      PrintResult result = rig.printer().print(slip).get(10, TimeUnit.SECONDS);
      PrintedTicket printed = rig.virtualPrinter().awaitTickets(1, Duration.ofSeconds(10)).get(0);

      assertThat(result.printed()).isTrue();
      assertThat(printed.complete()).isTrue();
      assertThat(QrDecoding.decode(printed.image())).isEqualTo(LINK);
      Path screens = Files.createDirectories(Path.of("target", "screens"));
      ImageIO.write(printed.image(), "png", screens.resolve("next-step-slip-ar.png").toFile());
    }
  }
}
