package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.IVO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static nl.zuil.backend.TwoRegions.ZWOLLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.enrolment.OpenCode;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.Quarantine;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.regionapi.HistogramBins;
import nl.zuil.regionapi.WireBucket;
import org.junit.jupiter.api.Test;

/**
 * IT beheer on the staff pages over HTTPS: a kiosk's deliveries and its quarantine on the fleet
 * pages, open codes, revoking one and the warning before a code replaces an enrolled kiosk on the
 * enrolment page. Every change is a POST with the page's CSRF token, by IT beheer only.
 */
class KioskControlOverHttpTest extends SqliteStaffServerFixture {

  private static final String KIOSK_PAGE = "/fleet/kiosk?location=" + HENGELO + "&kiosk=zuil-1";

  private Device kiosk;

  @Override
  void seed(Backend backend) {
    TwoRegions.seed(backend);
    String code = backend.enrolment().createCode(A, HENGELO, "zuil-1", Duration.ofHours(1)).code();
    kiosk = backend.enrolment().enrol(code).orElseThrow().device();
    List<Integer> none = Collections.nCopies(HistogramBins.BINS, 0);
    backend
        .ingest()
        .receive(
            kiosk,
            new BucketBatch(
                HENGELO,
                "zuil-1",
                "5f3a9c",
                List.of(
                    new WireBucket(
                        "2026-11-24",
                        10,
                        "find_work",
                        "-",
                        "answered",
                        "-",
                        7,
                        0,
                        none,
                        none,
                        3,
                        0,
                        7,
                        null,
                        null,
                        null))));
    backend
        .health()
        .receive(
            kiosk,
            new HealthReport(
                HENGELO,
                "zuil-1",
                "1.0.0",
                "2026-11-25T09:00:00Z",
                null,
                new HealthReport.Ledger(4096, 7, null, 3),
                3,
                0,
                null,
                null));
  }

  @Test
  void itSeesAKiosksDeliveriesAndTakesItsCountsOutAndBack() {
    StaffClient ivo = loggedIn(IVO);

    String fleet = ivo.get("/fleet").text();
    StaffClient.Answer page = ivo.get(KIOSK_PAGE);
    String csrf = ivo.csrf(KIOSK_PAGE);
    StaffClient.Answer withoutToken =
        ivo.post(
            "/fleet/quarantine",
            Map.of("location", HENGELO, "kiosk", "zuil-1", "action", "quarantine"));
    assertThat(server.backend().quarantine().region(A)).isEmpty();
    StaffClient.Answer quarantined =
        ivo.post(
            "/fleet/quarantine",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-1", "action", "quarantine"));
    List<Quarantine.Kiosk> inQuarantine = server.backend().quarantine().region(A);
    String fleetDuring = ivo.get("/fleet").text();
    String pageDuring = ivo.get(KIOSK_PAGE).text();
    StaffClient.Answer released =
        ivo.post(
            "/fleet/quarantine",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-1", "action", "release"));

    assertThat(fleet)
        .contains("<a href=\"/fleet/kiosk?location=hengelo-bibliotheek&amp;kiosk=zuil-1\">");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("<td class=\"text\">" + kiosk.id() + "</td>")
        .contains("<td>1</td><td>1</td><td>7</td>")
        .contains("name=\"action\" value=\"quarantine\"");
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(quarantined.status()).isEqualTo(303);
    assertThat(quarantined.header("Location")).isEqualTo(KIOSK_PAGE);
    assertThat(inQuarantine).extracting(Quarantine.Kiosk::kioskCode).containsExactly("zuil-1");
    assertThat(fleetDuring).contains("Telt niet mee");
    assertThat(pageDuring).contains("In quarantaine sinds").contains("value=\"release\"");
    assertThat(released.status()).isEqualTo(303);
    assertThat(server.backend().quarantine().region(A)).isEmpty();
  }

  @Test
  void onlyItManagesKiosksAndOnlyOfItsOwnRegion() {
    StaffClient anna = loggedIn(ANNA);
    StaffClient ivo = loggedIn(IVO);
    String csrf = ivo.csrf(KIOSK_PAGE);

    assertThat(anna.get("/fleet").text()).doesNotContain("/fleet/kiosk");
    assertThat(anna.get(KIOSK_PAGE).status()).isEqualTo(403);
    assertThat(
            anna.post(
                    "/fleet/quarantine",
                    Map.of(
                        "csrf",
                        anna.csrf("/fleet"),
                        "location",
                        HENGELO,
                        "kiosk",
                        "zuil-1",
                        "action",
                        "quarantine"))
                .status())
        .isEqualTo(403);
    assertThat(ivo.get("/fleet/kiosk?location=" + ZWOLLE + "&kiosk=zuil-1").status())
        .isEqualTo(404);
    assertThat(
            ivo.post(
                    "/fleet/quarantine",
                    Map.of(
                        "csrf",
                        csrf,
                        "location",
                        ZWOLLE,
                        "kiosk",
                        "zuil-1",
                        "action",
                        "quarantine"))
                .status())
        .isEqualTo(404);
    StaffClient.Answer neverEnrolled =
        ivo.post(
            "/fleet/quarantine",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-9", "action", "quarantine"));
    assertThat(neverEnrolled.status()).isEqualTo(400);
    assertThat(server.backend().quarantine().region(A)).isEmpty();
  }

  @Test
  void theEnrolmentPageListsOpenCodesRevokesThemAndWarnsBeforeReplacingAKiosk() {
    StaffClient ivo = loggedIn(IVO);
    String csrf = ivo.csrf("/enrolment");

    ivo.post(
        "/enrolment", Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-2", "hours", "24"));
    StaffClient.Answer second =
        ivo.post(
            "/enrolment",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-2", "hours", "2"));
    List<OpenCode> open = server.backend().enrolment().openCodes(A);
    StaffClient.Answer warned =
        ivo.post(
            "/enrolment",
            Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-1", "hours", "24"));
    List<OpenCode> afterWarning = server.backend().enrolment().openCodes(A);
    StaffClient.Answer replaced =
        ivo.post(
            "/enrolment",
            Map.of(
                "csrf",
                csrf,
                "location",
                HENGELO,
                "kiosk",
                "zuil-1",
                "hours",
                "24",
                "replace",
                "yes"));
    StaffClient.Answer revokeWithoutToken =
        ivo.post("/enrolment/revoke", Map.of("location", HENGELO, "kiosk", "zuil-2"));
    StaffClient.Answer revoked =
        ivo.post("/enrolment/revoke", Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-2"));
    StaffClient.Answer revokedAgain =
        ivo.post("/enrolment/revoke", Map.of("csrf", csrf, "location", HENGELO, "kiosk", "zuil-2"));

    assertThat(open).extracting(OpenCode::kioskCode).containsExactly("zuil-2");
    assertThat(second.text())
        .contains("action=\"/enrolment/revoke\"")
        .contains("<input type=\"hidden\" name=\"kiosk\" value=\"zuil-2\">");
    assertThat(warned.status()).isEqualTo(200);
    assertThat(warned.text())
        .contains("zuil-1 bij Bibliotheek Hengelo is al aangemeld")
        .contains("Apparaat " + kiosk.id())
        .doesNotContain("id=\"enrolment-code\"");
    assertThat(afterWarning).isEqualTo(open);
    assertThat(replaced.text())
        .containsPattern("id=\"enrolment-code\">([2-9A-Z]{4}-){4}[2-9A-Z]{4}<");
    assertThat(revokeWithoutToken.status()).isEqualTo(403);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.text()).contains("De code voor zuil-2 werkt niet meer.");
    assertThat(server.backend().enrolment().openCodes(A))
        .extracting(OpenCode::kioskCode)
        .containsExactly("zuil-1");
    assertThat(revokedAgain.status()).isEqualTo(409);
  }

  private StaffClient loggedIn(String user) {
    StaffClient client = new StaffClient(server, certificate);
    assertThat(client.logIn(user, PASSWORD).status()).isEqualTo(303);
    return client;
  }
}
