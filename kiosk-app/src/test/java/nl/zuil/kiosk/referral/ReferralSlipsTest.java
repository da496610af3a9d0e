package nl.zuil.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketElement;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.kioskfiles.slipkey.SlipKeySettings;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.referral.SlipCount;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gids records a referral; the kiosk prints the slip in the visitor's language and Dutch with a
 * signed one-time link of codes only, and counts it once printed (decision 1053).
 */
class ReferralSlipsTest {

  private static final byte[] KEY =
      "the location's slip key, 32 byte".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private KioskFixture kiosk;
  private SlipKeyFile keyFile;

  @BeforeEach
  void open() throws Exception {
    kiosk = KioskFixture.direct(dir);
    keyFile = SlipKeyFile.besideCatalogue(dir.resolve("catalogue.json"));
    kiosk.console.onReferral(slips()::print);
  }

  @AfterEach
  void close() {
    kiosk.close();
  }

  @Test
  void aReferralPrintsASlipWhoseLinkCarriesCodesOnlyAndCountsIt() throws Exception {
    keyFile.write(
        new SlipKeySettings(
            "hengelo-bibliotheek",
            Base64.getEncoder().encodeToString(KEY),
            "https://regio.example"));

    Ticket ticket = refer("money_debt", "benefit", "ar", "municipality_debt_help");

    TicketDocument slip = onlyPrinted();
    String url = qr(slip);
    SlipLink link = SlipLinks.read(query(url)::get).orElseThrow();
    assertThat(url).startsWith("https://regio.example/bon?");
    assertThat(link.signedWith(KEY)).isTrue();
    assertThat(link)
        .extracting(
            SlipLink::isoWeek,
            SlipLink::location,
            SlipLink::partner,
            SlipLink::question,
            SlipLink::situation)
        .containsExactly(
            "2026-W48", "hengelo-bibliotheek", "municipality_debt_help", "money_debt", "benefit");
    assertThat(url)
        .doesNotContain(ticket.number())
        .doesNotContain(ticket.reference())
        .doesNotContain("09:")
        .doesNotContain("2026-11-23");
    assertThat(texts(slip))
        .contains("قسيمة الإحالة", "Doorverwijsbon")
        .contains("Neem mee: deze bon, een identiteitsbewijs en brieven over uw vraag.")
        .anyMatch(t -> t.startsWith("Open: "))
        .noneMatch(t -> t.contains(ticket.number()));
    assertThat(kiosk.ledger.slips().changedSince(0))
        .containsExactly(new SlipCount("2026-W48", "municipality_debt_help", "money_debt", 1, 1));
  }

  @Test
  void withoutAKeyTheSlipStillTellsWhereToGoButHasNoCode() {
    refer("find_work", null, "nl", "uwv");

    TicketDocument slip = onlyPrinted();
    assertThat(slip.elements()).noneMatch(TicketElement.QrCode.class::isInstance);
    assertThat(texts(slip)).contains("Doorverwijsbon", "UWV");
  }

  @Test
  void aSlipThePrinterCannotPrintIsNotCounted() {
    kiosk.printer.paperOut();

    refer("find_work", null, "nl", "uwv");

    assertThat(kiosk.printer.printed()).isEmpty();
    assertThat(kiosk.ledger.slips().changedSince(0)).isEmpty();
  }

  @Test
  void anOutcomeWithoutAPartnerPrintsNoSlip() {
    Ticket ticket = kiosk.ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
    kiosk.console.call(ticket.number(), kiosk.config.desk()).join();

    kiosk.console.finish(ticket.reference(), "answered", null).join();

    assertThat(kiosk.printer.printed()).isEmpty();
  }

  private ReferralSlips slips() {
    return new ReferralSlips(
        kiosk.ledger,
        kiosk.console::catalogue,
        kiosk.printer,
        Runnable::run,
        kiosk.clock,
        "hengelo-bibliotheek",
        "Bibliotheek Hengelo",
        Optional.of(keyFile));
  }

  private Ticket refer(String question, String situation, String language, String partner) {
    Ticket ticket =
        kiosk.ledger.tickets().issue(TicketRequest.of(question, language).withSituation(situation));
    kiosk.console.call(ticket.number(), kiosk.config.desk()).join();
    kiosk.console.finish(ticket.reference(), "referred", partner).join();
    return ticket;
  }

  private TicketDocument onlyPrinted() {
    assertThat(kiosk.printer.printed()).hasSize(1);
    return kiosk.printer.printed().get(0);
  }

  private static String qr(TicketDocument slip) {
    return slip.elements().stream()
        .filter(TicketElement.QrCode.class::isInstance)
        .map(e -> ((TicketElement.QrCode) e).data())
        .findFirst()
        .orElseThrow();
  }

  private static List<String> texts(TicketDocument slip) {
    return slip.elements().stream()
        .filter(TicketElement.Text.class::isInstance)
        .map(e -> ((TicketElement.Text) e).text())
        .toList();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> params = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return params;
  }
}
