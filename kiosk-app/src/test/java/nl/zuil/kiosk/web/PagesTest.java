package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import org.junit.jupiter.api.Test;

/** The console's pages show what the kiosk's settings and catalogue say, never run it. */
class PagesTest {

  private static final String SCRIPT = "<script>alert(1)</script>";

  private static Pages.Login login(String message, List<Desk> desks) {
    return new Pages.Login(
        "Inloggen", SCRIPT, "Pincode", "Inloggen", message, "token\"x", "Welke balie?", desks);
  }

  @Test
  void aLocationNameIsTextAndAnEmptyMessageIsHidden() {
    String html = Pages.login(login("", List.of(new Desk("balie-1", "Balie 1"))));

    assertThat(html)
        .contains("<p class=\"place\">&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        .contains("role=\"alert\" hidden></p>")
        .contains("name=\"csrf\" value=\"token&#34;x\"")
        .doesNotContain(SCRIPT)
        .doesNotContain("<fieldset");
  }

  @Test
  void twoDesksGiveAChoiceAndAMessageIsShown() {
    String html =
        Pages.login(
            login(
                "Onjuiste pincode",
                List.of(new Desk("balie-1", "Balie 1"), new Desk("balie-2", "<b>2</b>"))));

    assertThat(html)
        .contains("role=\"alert\">Onjuiste pincode</p>")
        .contains("<fieldset class=\"desks\"><legend>Welke balie?</legend>")
        .contains(
            "<input type=\"radio\" name=\"desk\" required id=\"desk-balie-2\" value=\"balie-2\">"
                + " &lt;b&gt;2&lt;/b&gt;</label>");
  }

  @Test
  void bootstrapJsonCannotCloseItsScriptBlock() {
    String html =
        Pages.display(
            Pages.ScriptJson.of(new ObjectMapper(), Map.of("location", "</script>" + SCRIPT)));

    assertThat(html)
        .contains(
            "<script type=\"application/json\" id=\"bootstrap\">{\"location\":"
                + "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}"
                + "</script>")
        .doesNotContain(SCRIPT);
  }
}
