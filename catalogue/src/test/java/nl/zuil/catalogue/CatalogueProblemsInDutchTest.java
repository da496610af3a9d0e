package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A regional editor who reads Dutch gets each problem with a broken file in Dutch. */
class CatalogueProblemsInDutchTest {

  private static final String DEFAULT = CatalogueLoader.defaultJson();
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  @Test
  void aMissingDutchLabel() {
    assertThat(problems(DEFAULT.replace("\"nl\": \"Werk zoeken\", ", "")))
        .containsExactly("questionTypes[0].labels: Het Nederlandse label (nl) ontbreekt.");
  }

  @Test
  void aLanguageCodeThatIsNone() {
    assertThat(problems(DEFAULT.replace("\"code\": \"pl\"", "\"code\": \"abc1\"")))
        .contains("languages[4].code: 'abc1' is geen taalcode zoals nl of ar.");
  }

  @Test
  void aCodeUsedTwiceAndACodeLeftOut() {
    String json =
        DEFAULT
            .replace("\"code\": \"work_to_work\"", "\"code\": \"find_work\"")
            .replace("\"code\": \"other\", ", "");

    assertThat(problems(json))
        .contains(
            "questionTypes[1].code: De code 'find_work' staat er twee keer in. Elke code mag maar"
                + " één keer voorkomen.",
            "questionTypes[8].code: Dit veld ontbreekt. Vul het in.");
  }

  @Test
  void overlappingDeskHours() {
    String json =
        DEFAULT.replaceFirst(
            "\"monday\": \\[\"09:00-12:30\", \"13:30-16:30\"\\]",
            "\"monday\": [\"09:00-12:30\", \"12:00-16:30\"]");

    assertThat(problems(json))
        .containsExactly(
            "partners[1].handoff.desks[0].hours.weekly.monday[1]: '12:00-16:30' overlapt met 09:00-12:30. Pas"
                + " een van de twee tijden aan.");
  }

  @Test
  void aFieldTheCatalogueDoesNotHave() {
    String json = DEFAULT.replace("\"version\": 1,", "\"version\": 1,\n  \"colour\": \"red\",");

    assertThat(problems(json))
        .containsExactly(
            "colour: Het veld 'colour' hoort hier niet. Controleer de spelling of haal het veld"
                + " weg.");
  }

  @Test
  void aFieldGivenTwice() {
    String json = DEFAULT.replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 2,");

    assertThat(problems(json))
        .containsExactly("version: Dit veld staat hier twee keer. Haal er een weg.");
  }

  @Test
  void aValueOfTheWrongKind() {
    assertThat(problems(DEFAULT.replace("\"version\": 1,", "\"version\": \"first\",")))
        .containsExactly("version: Hier hoort een getal, zonder aanhalingstekens.");
    assertThat(problems(DEFAULT.replace("\"direction\": \"rtl\"", "\"direction\": \"right\"")))
        .containsExactly("languages[2].direction: Kies een van deze waarden: ltr, rtl.");
  }

  @Test
  void somethingThatIsNotJson() {
    List<String> problems = problems(DEFAULT.replace("\"version\": 1,", "\"version\": 1,,"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith(
            "Dit is geen geldige JSON. Kijk rond deze regel of er een komma, aanhalingsteken of"
                + " haakje te veel of te weinig staat. (Technisch: Unexpected character");
  }

  @Test
  void anEmptyFile() {
    assertThat(problems("\n"))
        .containsExactly("Het bestand is leeg. Kies het goede bestand en probeer het opnieuw.");
  }

  /** Each problem as the page shows it in Dutch: the field, then the text. */
  private static List<String> problems(String json) {
    CatalogueException refused =
        catchThrowableOfType(
            () -> CatalogueLoader.parse(json, "regio.json"), CatalogueException.class);
    assertThat(refused).as("refused").isNotNull();
    return refused.problems().stream()
        .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message(DUTCH))
        .toList();
  }
}
