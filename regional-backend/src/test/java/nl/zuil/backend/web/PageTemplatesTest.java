package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import org.junit.jupiter.api.Test;

/** What the templates do with data a page did not write itself: it is shown, never run. */
class PageTemplatesTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

  private static View view(String regionName, String query) {
    return new View(Messages.in(Language.DUTCH), Optional.empty(), regionName, "/login", query);
  }

  @Test
  void textFromDataIsEscapedInElementsAndAttributes() {
    String html =
        LoginPage.render(view(SCRIPT, "q=" + ATTRIBUTE), ATTRIBUTE, Optional.empty(), false);

    assertThat(html)
        .contains("<span>&lt;script&gt;alert(1)&lt;/script&gt;</span>")
        .contains("value=\"&#34;>&lt;img src=x onerror=alert(1)>\"")
        .doesNotContain(SCRIPT)
        .doesNotContain("\"><img");
  }

  @Test
  void anEnrolmentCodeShowsTheLocationsNameAsTextAndNoCsrfFieldWithoutASession() {
    Location hostile = new Location("r", "loc-1", SCRIPT, "Hengelo");
    String html =
        new EnrolmentPage(view("", ""), List.of(hostile), List.of())
            .render(
                Optional.of(
                    new IssuedCode(
                        "ABCD-EFGH",
                        "r",
                        "loc-1",
                        "zuil-2",
                        Instant.parse("2026-11-24T09:00:00Z"))),
                Optional.empty());

    assertThat(html)
        .contains("<h2>Code voor zuil-2 bij &lt;script&gt;alert(1)&lt;/script&gt;</h2>")
        .contains("<p class=\"code\" id=\"enrolment-code\">ABCD-EFGH</p>")
        .contains("24 november 2026 10:00")
        .doesNotContain(SCRIPT)
        .doesNotContain("name=\"csrf\"");
  }

  @Test
  void aSelectionWithTooFewVisitsSaysSoAndTheMissingHeatmapIsExplained() {
    Location hengelo = new Location("r", "hgl", "Bibliotheek Hengelo", "Hengelo");
    Period november = Period.month(LocalDate.of(2026, 11, 1));
    Selection selection =
        new Selection(
            november,
            List.of(hengelo),
            List.of(hengelo),
            List.of(),
            Optional.of("Hengelo"),
            Optional.empty());
    Dashboard dashboard =
        new Dashboard(
            november,
            "1 november 2026 t/m 30 november 2026",
            november.to(),
            false,
            List.of(hengelo),
            5,
            true,
            List.of(),
            List.of());

    String html =
        new DashboardPage(view("", ""), dashboard, selection, new CatalogueLabels(List.of()))
            .render();

    assertThat(html)
        .contains(
            "<p class=\"warning\" role=\"status\">In deze selectie zijn minder dan 5 bezoeken.")
        .contains(
            "<p class=\"lead\">Inlooppunten in de gemeente Hengelo · 1 november 2026 t/m 30 november 2026")
        .contains("<section class=\"chart\"><h2>")
        .contains("<option value=\"month\" selected>");
  }

  @Test
  void anErrorPageNamesWhatWentWrongAndLeadsBack() {
    String html = ErrorPage.render(view("", ""), "error.not_found");

    assertThat(html)
        .startsWith("<!doctype html>\n<html lang=\"nl\">")
        .contains("<p class=\"warning\" role=\"alert\">")
        .contains("<p><a href=\"/\">");
  }
}
