package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

  private static final List<Locale> LANGUAGES = List.of(ProblemTexts.DUTCH, ProblemTexts.ENGLISH);

  @Test
  void everyKindHasADutchAndAnEnglishTextAndNoTextIsLeftOver() {
    List<String> keys = Arrays.stream(ProblemKind.values()).map(ProblemKind::key).toList();

    for (Locale language : LANGUAGES) {
      assertThat(ProblemTexts.keys(language)).as(language.toString()).hasSameElementsAs(keys);
    }
  }

  @Test
  void bothTextsShowEveryArgumentAndNoPlaceholderIsLeft() {
    for (ProblemKind kind : ProblemKind.values()) {
      List<String> arguments =
          IntStream.range(0, kind.arguments()).mapToObj(i -> "<argument " + i + ">").toList();
      for (Locale language : LANGUAGES) {
        String text = ProblemTexts.format(kind, arguments, language);
        assertThat(text).as("%s in %s", kind, language).doesNotContain("{", "}");
        for (String argument : arguments) {
          assertThat(text).as("%s in %s", kind, language).contains(argument);
        }
      }
    }
  }

  @Test
  void everyApostropheIsWrittenTwiceSoMessageFormatKeepsIt() {
    for (ProblemKind kind : ProblemKind.values()) {
      for (Locale language : LANGUAGES) {
        String pattern = ProblemTexts.pattern(kind, language);
        assertThat(pattern.replace("''", "")).as("%s in %s", kind, language).doesNotContain("'");
      }
    }
  }

  @Test
  void theDutchTextsAreNotTheEnglishOnes() {
    List<ProblemKind> same =
        Arrays.stream(ProblemKind.values())
            .filter(
                kind ->
                    ProblemTexts.pattern(kind, ProblemTexts.DUTCH)
                        .equals(ProblemTexts.pattern(kind, ProblemTexts.ENGLISH)))
            .toList();

    assertThat(same).isEmpty();
  }

  @Test
  void fillsInArgumentsAndKeepsApostrophesInBothLanguages() {
    CatalogueProblem problem =
        CatalogueProblem.of("languages[1].code", 4, ProblemKind.LANGUAGE_CODE_INVALID, "abc");
    CatalogueProblem named =
        CatalogueProblem.of("languages[1].name", 5, ProblemKind.LANGUAGE_NAME_MISSING);

    assertThat(problem.message(ProblemTexts.DUTCH))
        .isEqualTo("'abc' is geen taalcode zoals nl of ar.");
    assertThat(problem.message()).isEqualTo("'abc' is not a language code such as nl or ar");
    assertThat(named.message()).isEqualTo("missing; give the language's name in its own script");
  }

  @Test
  void anyLanguageButDutchGetsEnglishAndToStringStaysEnglish() {
    CatalogueProblem problem =
        CatalogueProblem.of("questionTypes[0].labels", 20, ProblemKind.LABEL_DUTCH_MISSING);

    assertThat(problem.message(Locale.forLanguageTag("nl-BE")))
        .isEqualTo("Het Nederlandse label (nl) ontbreekt.");
    assertThat(problem.message(Locale.forLanguageTag("ar")))
        .isEqualTo(problem.message(Locale.forLanguageTag("en-GB")))
        .isEqualTo("Dutch label (nl) missing");
    assertThat(problem).hasToString("line 20, questionTypes[0].labels: Dutch label (nl) missing");
  }

  @Test
  void numbersFromTheFileAreShownAsWritten() {
    CatalogueProblem problem =
        CatalogueProblem.of(
            "locations[0].coordinates",
            0,
            ProblemKind.COORDINATES_OUTSIDE_NETHERLANDS,
            6.793412,
            52.2658);

    assertThat(problem.message(ProblemTexts.DUTCH)).startsWith("lat 6.793412, lon 52.2658 ligt");
  }

  @Test
  void aProblemWithTheWrongNumberOfArgumentsIsAProgrammingError() {
    assertThatThrownBy(() -> CatalogueProblem.of("", 0, ProblemKind.PERIOD_OVERLAP, "09:00-12:00"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
