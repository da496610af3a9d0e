package nl.zuil.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.PrintedQr;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed ticket's QR opens the question's page in the visitor's language where the region has
 * one, the Dutch page otherwise, with the reference after {@code #} as before; so does the
 * next-step slip's (decision 0307).
 */
class TicketQrLanguageTest {

  private static final String SITE = "https://www.werkcentrum.example";

  @TempDir Path dir;

  @Test
  void anArabicVisitorsTicketOpensTheArabicPage() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      IssuedTicket issued = kiosk.office.issue(TicketRequest.of("find_work", "ar")).join();
      kiosk.office.print(issued).join();

      String scanned = PrintedQr.read(kiosk.printer.printed().get(0));

      assertThat(scanned).isEqualTo(SITE + "/ar/finding-work#" + issued.ticket().reference());
      assertThat(issued.link()).isEqualTo(scanned);
      assertThat(TicketLinks.reference(scanned)).isEqualTo(issued.ticket().reference());
    }
  }

  @Test
  void aPolishVisitorGetsTheDutchPageWhereTheRegionHasNoPolishOne() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      IssuedTicket issued = kiosk.office.issue(TicketRequest.of("find_work", "pl")).join();
      kiosk.office.print(issued).join();

      assertThat(PrintedQr.read(kiosk.printer.printed().get(0)))
          .isEqualTo(SITE + "/vraag/werk-zoeken#" + issued.ticket().reference());
    }
  }

  @Test
  void theNextStepSlipOpensThePageInTheVisitorsLanguageToo() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      QuestionType findWork = KioskFixture.CATALOGUE.questionType("find_work").orElseThrow();
      NextStep step = kiosk.office.nextSteps().write(findWork, "ar");
      kiosk.office.printSlip(step, "ar").join();

      assertThat(PrintedQr.read(kiosk.printer.printed().get(0)))
          .isEqualTo(SITE + "/ar/finding-work");
    }
  }

  @Test
  void aCatalogueWithoutPagesPerLanguageLinksEveryLanguageToItsInfoUrl() throws Exception {
    // What a kiosk holds that got its catalogue in the first kiosk format, or from a region that
    // gives no pages per language.
    Catalogue old =
        CatalogueLoader.parse(
            KioskCopy.of(CatalogueLoader.defaultJson(), KioskCopy.FIRST_FORMAT).toString(), "old");
    QuestionType findWork = old.questionType("find_work").orElseThrow();

    for (String language : List.of("nl", "ar", "pl")) {
      assertThat(TicketLinks.link(findWork, language, "7KQ2M9XZ4P"))
          .isEqualTo(SITE + "/vraag/werk-zoeken#7KQ2M9XZ4P");
    }
  }
}
