package nl.zuil.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nl.zuil.hardware.PrinterRig;
import nl.zuil.hardware.QrDecoding;
import nl.zuil.hardware.printer.ReferralSlip.Line;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import nl.zuil.testsupport.Zbar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralSlipTest {

  private static final String LINK =
      "https://regio.example/bon?t=q0Jr8kVv1m3y8fT4x2wQ9g&w=2026-W49&l=hengelo-bibliotheek"
          + "&p=municipality_debt_help&q=money_debt&s=-&m=8k2Lq0PZr4s1m9Tt0xYb3w";

  @TempDir Path dir;

  @Test
  void eachLineComesInTheVisitorsLanguageAndThenInDutch() {
    TicketDocument slip = arabic(Optional.of(LINK)).toDocument();

    assertThat(slip.elements())
        .filteredOn(TicketElement.Text.class::isInstance)
        .map(e -> ((TicketElement.Text) e).text())
        .containsExactly(
            "قسيمة الإحالة",
            "Doorverwijsbon",
            "Schuldhulp gemeente",
            "Beursstraat 23, Hengelo",
            "خذ معك: هذه القسيمة.",
            "Neem mee: deze bon.",
            "اعرض هذه القسيمة.",
            "Laat deze bon zien.",
            "Bibliotheek Hengelo · week 49");
    assertThat(slip.elements()).contains(new TicketElement.QrCode(LINK));
  }

  @Test
  void withoutALinkTheSlipStillSaysWhereToGoAndHasNoCode() {
    TicketDocument slip = arabic(Optional.empty()).toDocument();

    assertThat(slip.elements()).noneMatch(TicketElement.QrCode.class::isInstance);
    assertThat(slip.elements())
        .filteredOn(TicketElement.Text.class::isInstance)
        .map(e -> ((TicketElement.Text) e).text())
        .contains("Schuldhulp gemeente")
        .doesNotContain("Laat deze bon zien.");
  }

  @Test
  void thePrintedCodeReadsBackWithAnIndependentDecoder() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      PrintResult result =
          rig.printer().print(arabic(Optional.of(LINK)).toDocument()).get(10, TimeUnit.SECONDS);
      PrintedTicket printed = rig.virtualPrinter().awaitTickets(1, Duration.ofSeconds(10)).get(0);
      Path png = dir.resolve("referral-slip.png");
      ImageIO.write(printed.image(), "png", png.toFile());

      assertThat(result.printed()).isTrue();
      assertThat(Zbar.decodeQr(png)).isEqualTo(LINK);
      assertThat(QrDecoding.decode(printed.image())).isEqualTo(LINK);
      Path screens = Files.createDirectories(Path.of("target", "screens"));
      Files.copy(
          png,
          screens.resolve("referral-slip-ar.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static ReferralSlip arabic(Optional<String> link) {
    return new ReferralSlip(
        new Line("قسيمة الإحالة", "Doorverwijsbon", true),
        List.of(
            new Line("Schuldhulp gemeente", "Schuldhulp gemeente", true),
            new Line(null, "Beursstraat 23, Hengelo", false),
            new Line("", "", false),
            new Line("خذ معك: هذه القسيمة.", "Neem mee: deze bon.", false)),
        link,
        new Line("اعرض هذه القسيمة.", "Laat deze bon zien.", false),
        "Bibliotheek Hengelo · week 49");
  }
}
