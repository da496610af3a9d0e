package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.region.Location;
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
    String html = LoginPage.render(view(SCRIPT, "q=" + ATTRIBUTE), ATTRIBUTE, Optional.empty());

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
        new EnrolmentPage(view("", ""), List.of(hostile))
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
  void anErrorPageNamesWhatWentWrongAndLeadsBack() {
    String html = ErrorPage.render(view("", ""), "error.not_found");

    assertThat(html)
        .startsWith("<!doctype html>\n<html lang=\"nl\">")
        .contains("<p class=\"warning\" role=\"alert\">")
        .contains("<p><a href=\"/\">");
  }
}
