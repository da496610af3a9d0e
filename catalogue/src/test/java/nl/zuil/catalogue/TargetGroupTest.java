package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The catalogue says which question types stand for a target group of the reform. */
class TargetGroupTest {

  private static final String DEFAULT = CatalogueLoader.defaultJson();
  private static final String OTHER = "\"code\": \"other\", \"prefix\": \"A\"";

  @Test
  void theDefaultCatalogueMarksYoungPeopleAndJobToJob() {
    Catalogue catalogue = CatalogueLoader.loadDefault();

    assertThat(catalogue.questionTypes())
        .filteredOn(QuestionType::targetGroup)
        .extracting(QuestionType::code)
        .containsExactly("work_to_work", "youth");
  }

  @Test
  void aQuestionTypeWithoutTheFieldIsNoTargetGroup() throws CatalogueException {
    Catalogue catalogue =
        CatalogueLoader.parse(DEFAULT.replace(" \"targetGroup\": true,", ""), "regio.json");

    assertThat(catalogue.questionTypes()).noneMatch(QuestionType::targetGroup);
  }

  @Test
  void onlyATargetGroupIsWrittenOut() {
    String json = CatalogueLoader.toJson(CatalogueLoader.loadDefault());

    assertThat(json.split("\"targetGroup\"", -1)).hasSize(3);
    assertThat(json).doesNotContain("\"targetGroup\" : false");
  }

  @Test
  void refusesTheCatchAllAsATargetGroup() {
    String json = DEFAULT.replace(OTHER, OTHER + ", \"targetGroup\": true");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining(
            "questionTypes[8].targetGroup: the catch-all question type (\"catchAll\": true) cannot"
                + " stand for a target group");
    CatalogueException e =
        catchThrowableOfType(
            () -> CatalogueLoader.parse(json, "regio.json"), CatalogueException.class);
    assertThat(e.problems())
        .extracting(p -> p.field() + ": " + p.message(Locale.forLanguageTag("nl-NL")))
        .containsExactly(
            "questionTypes[8].targetGroup: Het vraagtype voor Iets anders (\"catchAll\": true)"
                + " kan geen doelgroep zijn. Laat \"targetGroup\" weg of zet het op false.");
  }

  @Test
  void refusesATargetGroupThatIsNotTrueOrFalse() {
    String json = DEFAULT.replaceFirst("\"targetGroup\": true", "\"targetGroup\": \"ja\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("questionTypes[1].targetGroup");
  }
}
