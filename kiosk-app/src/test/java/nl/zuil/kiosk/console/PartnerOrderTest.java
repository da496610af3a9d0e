package nl.zuil.kiosk.console;

import static org.assertj.core.api.Assertions.assertThat;

import nl.zuil.catalogue.Partner;
import nl.zuil.kiosk.testing.KioskFixture;
import org.junit.jupiter.api.Test;

class PartnerOrderTest {

  private final PartnerOrder order = PartnerOrder.bySocialMap(KioskFixture.CATALOGUE);

  @Test
  void partnersThatTakeTheQuestionAndSituationComeFirstThenTheRestAsInTheCatalogue() {
    assertThat(order.forTicket("find_work", "benefit"))
        .extracting(Partner::code)
        .containsExactly(
            "uwv",
            "municipality_work_income",
            "municipality_debt_help",
            "learn_work_desk",
            "employer_service_point",
            "union",
            "employers_organisation",
            "sbb_education");
  }

  @Test
  void aPartnerForTheQuestionButAnotherSituationComesAfterThoseForBoth() {
    assertThat(order.forTicket("work_to_work", "benefit"))
        .extracting(Partner::code)
        .startsWith("uwv", "learn_work_desk", "union");
    assertThat(order.forTicket("work_to_work", "working"))
        .extracting(Partner::code)
        .startsWith("uwv", "learn_work_desk", "union");
  }

  @Test
  void aSkippedSituationRanksByTheQuestionAlone() {
    assertThat(order.forQuestion("learning"))
        .extracting(Partner::code)
        .startsWith("learn_work_desk", "sbb_education");
  }

  @Test
  void everyPartnerStaysOnOffer() {
    assertThat(order.forTicket("employer", "employer"))
        .hasSameSizeAs(KioskFixture.CATALOGUE.partners())
        .extracting(Partner::code)
        .startsWith("employer_service_point", "employers_organisation");
  }
}
