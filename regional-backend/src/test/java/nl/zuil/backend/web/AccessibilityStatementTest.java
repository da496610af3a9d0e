package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.zuil.backend.TwoRegions;
import org.junit.jupiter.api.Test;

/** Anyone finds the accessibility statement from every page, before logging in too. */
class AccessibilityStatementTest extends SqliteStaffServerFixture {

  @Test
  void theStatementIsLinkedFromTheLoginPageAndReadableWithoutAnAccount() {
    StaffClient visitor = new StaffClient(server, certificate);
    assertThat(visitor.get("/login").text()).contains("href=\"/toegankelijkheid\"");

    StaffClient.Answer statement = visitor.get("/toegankelijkheid");

    assertThat(statement.status()).isEqualTo(200);
    assertThat(statement.text())
        .contains("<h1>Toegankelijkheidsverklaring</h1>")
        .contains("WCAG 2.1 niveau AA")
        .contains("Een probleem melden");
    assertThat(visitor.get("/toegankelijkheid?lang=en").text())
        .contains("<h1>Accessibility statement</h1>")
        .contains("<html lang=\"en\">");
  }

  @Test
  void loggedInStaffFindItInTheFooterOfEveryPage() {
    StaffClient anna = new StaffClient(server, certificate);
    anna.logIn(TwoRegions.ANNA, TwoRegions.PASSWORD);

    for (String page : new String[] {"/dashboard", "/catalogue", "/catalogue/texts"}) {
      assertThat(anna.get(page).text()).as(page).contains("id=\"a11y-link\"");
    }
  }
}
