package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

  private static final String DEFAULT = CatalogueLoader.defaultJson();

  @Test
  void defaultCatalogueOffersTheDomainQuestionsInSixLanguages() {
    Catalogue catalogue = CatalogueLoader.loadDefault();

    assertThat(catalogue.languages())
        .extracting(Language::name)
        .containsExactly("Nederlands", "English", "العربية", "Українська", "Polski", "Türkçe");
    assertThat(catalogue.language("ar").orElseThrow().direction())
        .isEqualTo(TextDirection.RIGHT_TO_LEFT);
    assertThat(catalogue.questionTypes())
        .extracting(q -> q.labels().dutch())
        .containsExactly(
            "Werk zoeken",
            "Van werk naar werk",
            "Leren en ontwikkelen",
            "Uitkering en inkomen",
            "Ik ben werkgever",
            "Jongeren: van school naar werk",
            "Geldzorgen en schulden",
            "Taal en digitale vaardigheden",
            "Iets anders / weet ik niet");
    assertThat(catalogue.questionTypes().stream().filter(QuestionType::catchAll))
        .extracting(QuestionType::code)
        .containsExactly("other");
  }

  @Test
  void everythingAVisitorReadsInTheDefaultIsTranslatedIntoEveryLanguage() {
    Catalogue catalogue = CatalogueLoader.loadDefault();
    List<Labels> visitorTexts = new java.util.ArrayList<>(catalogue.texts().values());
    catalogue.questionTypes().forEach(q -> visitorTexts.add(q.labels()));
    catalogue.situations().forEach(s -> visitorTexts.add(s.labels()));

    for (Language language : catalogue.languages()) {
      assertThat(visitorTexts)
          .as("texts in %s", language.code())
          .allSatisfy(labels -> assertThat(labels.has(language.code())).isTrue());
    }
  }

  @Test
  void aMissingTranslationFallsBackToDutchNeverToBlank() {
    Labels labels = CatalogueLoader.loadDefault().outcome("referred").orElseThrow().labels();

    assertThat(labels.in("uk")).isEqualTo("Doorverwezen (warme overdracht)");
    assertThat(labels.in("en")).isEqualTo("Referred to a partner (warm handoff)");
  }

  @Test
  void refusesDuplicateCodeAndNamesItsLine() {
    String json = DEFAULT.replace("\"code\": \"work_to_work\"", "\"code\": \"find_work\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("regio.json")
        .hasMessageContaining(
            "line "
                + lineOf(json, "\"code\": \"find_work\"", 2)
                + ", questionTypes[1].code: duplicate code 'find_work'");
  }

  @Test
  void refusesMissingDutchLabel() {
    String json = DEFAULT.replace("\"nl\": \"Werk zoeken\", ", "");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("questionTypes[0].labels: Dutch label (nl) missing");
  }

  @Test
  void refusesLabelInALanguageTheCatalogueDoesNotOffer() {
    String json = DEFAULT.replace("\"pl\": \"Pomiń\"", "\"pl\": \"Pomiń\", \"xx\": \"?\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("texts.situation.skip.xx: unknown language 'xx'");
  }

  @Test
  void refusesUnknownFieldWithItsLine() {
    String json = DEFAULT.replace("\"version\": 1,", "\"version\": 1,\n  \"colour\": \"red\",");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("line " + lineOf(json, "\"colour\"", 1))
        .hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void refusesCorruptJsonWithItsLine() {
    String json = DEFAULT.replace("\"version\": 1,", "\"version\": 1,,");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("line " + lineOf(json, "\"version\": 1,,", 1))
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void refusesBrokenJsonDeepInsideARecordWithItsLine() {
    String json = DEFAULT.replace("\"nl\": \"Werk zoeken\", ", "\"nl\": \"Werk zoeken\",, ");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("line " + lineOf(json, ",,", 1));
  }

  @Test
  void refusesAFieldOfTheWrongType() {
    String json = DEFAULT.replace("\"version\": 1,", "\"version\": \"first\",");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("version");
  }

  @Test
  void demandsExactlyOneCatchAllSoThereIsNoWrongDoor() {
    String json = DEFAULT.replace("\"catchAll\": true", "\"catchAll\": false");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("exactly one question type must have \"catchAll\": true");
  }

  @Test
  void refusesAnInformationLinkThatWouldSwallowTheTicketReference() {
    String json =
        DEFAULT.replace(
            "https://www.werkcentrum.example/vraag/geldzorgen",
            "https://www.werkcentrum.example/vraag/geldzorgen#top");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("questionTypes[6].infoUrl: must not contain '#'");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String json =
        DEFAULT
            .replace("\"prefix\": \"V\"", "\"prefix\": \"W\"")
            .replace("\"code\": \"uwv\"", "\"code\": \"UWV partner\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .isInstanceOfSatisfying(
            CatalogueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CatalogueProblem::field)
                    .containsExactly("questionTypes[1].prefix", "partners[0].code"));
  }

  @Test
  void refusesACatalogueWithoutDutch() {
    String json = DEFAULT.replace("\"code\": \"nl\"", "\"code\": \"fy\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("Dutch (nl) is required");
  }

  @Test
  void reportsAnUnreadableFileAsARefusalNotACrash(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> CatalogueLoader.load(missing))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("nope.json")
        .hasMessageContaining("cannot be read");
  }

  @Test
  void refusesAnEmptyFile(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");

    assertThatThrownBy(() -> CatalogueLoader.load(empty)).isInstanceOf(CatalogueException.class);
  }

  @Test
  void survivesARoundTripThroughJson() throws Exception {
    Catalogue catalogue = CatalogueLoader.loadDefault();

    assertThat(CatalogueLoader.parse(CatalogueLoader.toJson(catalogue), "round-trip"))
        .isEqualTo(catalogue);
  }

  /** The 1-based line of the {@code occurrence}-th appearance of {@code needle}. */
  private static int lineOf(String json, String needle, int occurrence) {
    int index = -1;
    for (int i = 0; i < occurrence; i++) {
      index = json.indexOf(needle, index + 1);
    }
    return (int) json.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
