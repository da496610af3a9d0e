package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A region gives a question's information page per language where it has one (decision 0307). */
class InfoUrlsTest {

  private static final String DEFAULT = CatalogueLoader.defaultJson();
  private static final String SITE = "https://www.werkcentrum.example";
  private static final String FIND_WORK_AR = "\"ar\": \"" + SITE + "/ar/finding-work\"";

  @Test
  void aVisitorGetsThePageInTheirLanguageAndTheDutchOneWhereThereIsNone() {
    QuestionType findWork = CatalogueLoader.loadDefault().questionType("find_work").orElseThrow();

    assertThat(findWork.infoUrl("ar")).isEqualTo(SITE + "/ar/finding-work");
    assertThat(findWork.infoUrl("nl")).isEqualTo(SITE + "/vraag/werk-zoeken");
    assertThat(findWork.infoUrl("pl")).isEqualTo(SITE + "/vraag/werk-zoeken");
  }

  @Test
  void aCatalogueWithoutPagesPerLanguageGivesTheDutchPageInEveryLanguage() throws Exception {
    Catalogue old = CatalogueLoader.parse(withoutInfoUrls(), "regio.json");

    for (Language language : old.languages()) {
      for (QuestionType question : old.questionTypes()) {
        assertThat(question.infoUrls()).isNull();
        assertThat(question.infoUrl(language.code())).isEqualTo(question.infoUrl());
      }
    }
    assertThat(CatalogueLoader.toJson(old)).doesNotContain("infoUrls");
  }

  @Test
  void thePagesAreWrittenOutOnlyWhereARegionGaveThem() {
    String json = CatalogueLoader.toJson(CatalogueLoader.loadDefault());

    assertThat(json.split("\"infoUrls\"", -1)).hasSize(3);
    assertThat(json).doesNotContain("\"infoUrls\" : null");
  }

  @Test
  void refusesAPageThatIsNotHttpsOrSwallowsTheReference() {
    String json =
        DEFAULT
            .replace(FIND_WORK_AR, "\"ar\": \"http://www.werkcentrum.example/ar/finding-work\"")
            .replace(SITE + "/tr/money-worries", SITE + "/tr/money-worries#top");

    assertThat(problems(json, Locale.ENGLISH))
        .containsExactly(
            "questionTypes[0].infoUrls.ar: must be an https:// address",
            "questionTypes[6].infoUrls.tr: must not contain '#': the ticket reference goes there");
  }

  @Test
  void refusesPagesWithoutTheDutchOne() {
    String json =
        DEFAULT.replace(
            "\"infoUrls\": { \"nl\": \"" + SITE + "/vraag/werk-zoeken\", ", "\"infoUrls\": { ");

    assertThat(problems(json, Locale.forLanguageTag("nl-NL")))
        .containsExactly(
            "questionTypes[0].infoUrls: Het Nederlandse webadres (nl) ontbreekt. Zet het adres van"
                + " infoUrl ook bij nl.");
  }

  @Test
  void refusesADutchPageOtherThanInfoUrl() {
    String json =
        DEFAULT.replace(
            "\"nl\": \"" + SITE + "/vraag/werk-zoeken\", \"en\"",
            "\"nl\": \"" + SITE + "/nl/werk\", \"en\"");

    assertThat(problems(json, Locale.ENGLISH))
        .containsExactly(
            "questionTypes[0].infoUrls.nl: must be the same address as infoUrl: kiosks of the"
                + " previous release show infoUrl to Dutch visitors");
  }

  @Test
  void refusesAPageInALanguageTheKioskDoesNotOffer() {
    String json = DEFAULT.replace(FIND_WORK_AR, "\"de\": \"" + SITE + "/de/arbeit\"");

    assertThat(problems(json, Locale.ENGLISH))
        .containsExactly("questionTypes[0].infoUrls.de: unknown language 'de'");
  }

  private static String withoutInfoUrls() {
    String json = DEFAULT.replaceAll(",\\n *\"infoUrls\": \\{[^}]*\\}", "");
    assertThat(json).doesNotContain("infoUrls");
    return json;
  }

  private static java.util.List<String> problems(String json, Locale locale) {
    CatalogueException e =
        catchThrowableOfType(
            () -> CatalogueLoader.parse(json, "regio.json"), CatalogueException.class);
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(p -> p.field() + ": " + p.message(locale)).toList();
  }
}
