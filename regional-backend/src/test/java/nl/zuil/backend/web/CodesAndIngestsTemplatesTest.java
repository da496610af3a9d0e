package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.ActiveDevice;
import nl.zuil.backend.enrolment.OpenCode;
import nl.zuil.backend.ingest.IngestEntry;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * The kiosk page (ingest log and quarantine) and the enrolment page's open codes and replace
 * warning, rendered from their templates: what IT beheer reads and the forms they post.
 */
class CodesAndIngestsTemplatesTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final View VIEW =
      new View(Messages.in(Language.DUTCH), Optional.empty(), "Twente", "/fleet", "");

  @Test
  void aKiosksPageListsItsDeliveriesAndOffersQuarantine() {
    String html =
        KioskIngestsPage.render(
            VIEW,
            SCRIPT,
            "hengelo-bibliotheek",
            "zuil-1",
            Optional.empty(),
            List.of(
                new IngestEntry(
                    Instant.parse("2026-11-23T11:05:00Z"),
                    "d0a1b2c3",
                    "5f3a9c",
                    40,
                    3,
                    17,
                    LocalDate.parse("2026-11-20"),
                    LocalDate.parse("2026-11-22"))),
            Duration.ofDays(90));

    assertThat(html)
        .contains("<h1>Zuil zuil-1 bij &lt;script&gt;alert(1)&lt;/script&gt;</h1>")
        .contains(
            "<tr><th scope=\"row\">23 nov. 2026 12:05:00</th><td class=\"text\">d0a1b2c3</td>"
                + "<td class=\"text\">5f3a9c</td><td>40</td><td>3</td><td>17</td>"
                + "<td class=\"text\">20 nov. – 22 nov.</td></tr>")
        .contains("Leveringen worden 90 dagen bewaard")
        .contains("action=\"/fleet/quarantine\"")
        .contains("name=\"action\" value=\"quarantine\"")
        .doesNotContain("value=\"release\"")
        .doesNotContain(SCRIPT);
  }

  @Test
  void aQuarantinedKioskSaysSinceWhenAndOffersRelease() {
    String html =
        KioskIngestsPage.render(
            VIEW,
            "Bibliotheek Hengelo",
            "hengelo-bibliotheek",
            "zuil-1",
            Optional.of(Instant.parse("2026-11-23T08:00:00Z")),
            List.of(),
            Duration.ofDays(30));

    assertThat(html)
        .contains("In quarantaine sinds 23 nov. 2026 09:00:00")
        .contains("name=\"action\" value=\"release\"")
        .contains("Geen levering in die tijd.")
        .doesNotContain("value=\"quarantine\"");
  }

  @Test
  void openCodesShowTheirExpiryAndARevokeButtonEach() {
    String html =
        new EnrolmentPage(
                VIEW,
                List.of(new Location("r", "hengelo-bibliotheek", SCRIPT, "Hengelo")),
                List.of(
                    new OpenCode(
                        "hengelo-bibliotheek",
                        "zuil-2",
                        Instant.parse("2026-11-23T08:00:00Z"),
                        Instant.parse("2026-11-24T08:00:00Z"))))
            .render(Optional.empty(), Optional.empty());

    assertThat(html)
        .contains("<td class=\"text\">24 november 2026 09:00</td>")
        .contains("action=\"/enrolment/revoke\"")
        .contains("<input type=\"hidden\" name=\"kiosk\" value=\"zuil-2\">")
        .contains("aria-label=\"Code voor zuil-2 bij &lt;script>alert(1)&lt;/script> intrekken\"")
        .doesNotContain(SCRIPT);
    assertThat(new EnrolmentPage(VIEW, List.of(), List.of()).revoked("zuil-2"))
        .contains("De code voor zuil-2 werkt niet meer.")
        .contains("Er staat geen code open.")
        .doesNotContain("action=\"/enrolment/revoke\"");
  }

  @Test
  void beforeReplacingAnEnrolledKioskThePageNamesTheKeyItWillRevoke() {
    String html =
        new EnrolmentPage(
                VIEW,
                List.of(new Location("r", "hengelo-bibliotheek", "Bibliotheek Hengelo", "Hengelo")),
                List.of())
            .confirmReplace(
                "hengelo-bibliotheek",
                "zuil-1",
                24,
                List.of(
                    new ActiveDevice(
                        "d0a1b2c3",
                        "hengelo-bibliotheek",
                        "zuil-1",
                        Instant.parse("2026-11-20T09:30:00Z"))));

    assertThat(html)
        .contains("zuil-1 bij Bibliotheek Hengelo is al aangemeld")
        .contains("Apparaat d0a1b2c3, aangemeld 20 november 2026 10:30")
        .contains("<input type=\"hidden\" name=\"replace\" value=\"yes\">")
        .contains("<input type=\"hidden\" name=\"hours\" value=\"24\">")
        .doesNotContain("id=\"enrolment-code\"");
  }
}
