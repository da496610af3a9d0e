package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.ENSCHEDE_NOORD;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.IVO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.http.Backend;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.regionapi.HealthReport;
import org.junit.jupiter.api.Test;

/**
 * The fleet page shows each kiosk's version and last start (after an update: the update's result)
 * and the catalogue it shows beside the published one (decision 0808).
 */
class FleetLastStartTest extends SqliteStaffServerFixture {

  @Override
  void seed(Backend backend) {
    TwoRegions.seed(backend);
    try {
      backend
          .regions()
          .publish(
              CatalogueLoader.parse(
                  CatalogueLoader.defaultJson().replaceFirst("\"version\": 1,", "\"version\": 2,"),
                  "version 2"));
    } catch (CatalogueException e) {
      throw new AssertionError(e);
    }
    report(
        backend,
        HENGELO,
        "zuil-1",
        new HealthReport.KioskStart(
            "0.1.0~20261125T020000",
            "shown",
            "2026-11-25T06:12:00Z",
            "2026-11-25T06:12:09Z",
            1,
            "2026-11-25T06:12:09Z"));
    report(
        backend,
        ENSCHEDE_NOORD,
        "zuil-2",
        new HealthReport.KioskStart(
            "0.1.0~20261125T020000",
            "failed",
            "2026-11-25T02:05:00Z",
            "2026-11-25T02:05:04Z",
            null,
            null));
    report(backend, ENSCHEDE_NOORD, "zuil-3", null);
  }

  private static void report(
      Backend backend, String location, String kioskCode, HealthReport.KioskStart start) {
    String code =
        backend.enrolment().createCode(A, location, kioskCode, Duration.ofHours(1)).code();
    Device kiosk = backend.enrolment().enrol(code).orElseThrow().device();
    backend
        .health()
        .receive(
            kiosk,
            new HealthReport(
                location,
                kioskCode,
                "0.1.0-SNAPSHOT",
                "2026-11-25T09:00:00Z",
                null,
                new HealthReport.Ledger(4096, 7, null, 3),
                3,
                0,
                start,
                null));
  }

  private String row(String fleet, String kioskCode) {
    int at = fleet.indexOf(">" + kioskCode + "</a>");
    assertThat(at).as(kioskCode + " on the fleet page").isPositive();
    return fleet.substring(fleet.lastIndexOf("<tr", at), fleet.indexOf("</tr>", at));
  }

  @Test
  void itShowsEachKiosksVersionLastStartAndCatalogueAndMarksTheOnesThatNeedIt() {
    StaffClient ivo = new StaffClient(server, certificate);
    assertThat(ivo.logIn(IVO, PASSWORD).status()).isEqualTo(303);

    String fleet = ivo.get("/fleet").text();

    assertThat(fleet).contains("Versie agent", "Kiosk: versie en laatste start", "Catalogus");
    assertThat(row(fleet, "zuil-1"))
        .contains("gestart 25 nov. 07:12, versie 0.1.0~20261125T020000")
        .contains("versie 1 sinds 25 nov. 07:12 (gepubliceerd: versie 2)")
        .contains("Catalogus achter: versie 1 van 2")
        .contains("0.1.0-SNAPSHOT");
    assertThat(row(fleet, "zuil-2"))
        .contains("class=\"attention\"")
        .contains("Start mislukt na update naar 0.1.0~20261125T020000")
        .contains("start mislukt na update naar 0.1.0~20261125T020000 (25 nov. 03:05)")
        .doesNotContain("Catalogus achter");
    assertThat(row(fleet, "zuil-3"))
        .contains("onbekend (oudere agent)")
        .doesNotContain("mislukt")
        .doesNotContain("Catalogus achter");

    String english = ivo.get("/fleet?lang=en").text();

    assertThat(row(english, "zuil-1"))
        .contains("started 25 Nov 07:12, version 0.1.0~20261125T020000")
        .contains("version 1 since 25 Nov 07:12 (published: version 2)")
        .contains("Catalogue behind: version 1 of 2");
    assertThat(row(english, "zuil-2"))
        .contains("Start failed after the update to 0.1.0~20261125T020000");
  }
}
