package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
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
    catalogue.partners().forEach(p -> visitorTexts.add(p.description()));

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
  void refusesAFieldGivenTwiceWithTheLineOfTheSecond() {
    String json =
        DEFAULT.replace(
            "\"code\": \"voorbeeldregio\",",
            "\"code\": \"voorbeeldregio\",\n    \"code\": \"twente\",");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining(
            "line " + lineOf(json, "\"code\": \"twente\"", 1) + ", region.code: given twice");
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
  void refusesAQuestionTypeWithoutACodeInsteadOfCrashing() {
    String json = DEFAULT.replace("\"code\": \"find_work\", ", "");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .isInstanceOfSatisfying(
            CatalogueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CatalogueProblem::field)
                    .containsExactly(
                        "questionTypes[0].code",
                        "partners[0].takes.questionTypes[0]",
                        "partners[1].takes.questionTypes[1]"));
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

  @Test
  void defaultCatalogueClosesOnTheDutchPublicHolidaysOf2026And2027() {
    List<LocalDate> expected = new ArrayList<>();
    for (int year : new int[] {2026, 2027}) {
      LocalDate easter = easterSunday(year);
      expected.add(LocalDate.of(year, 1, 1));
      expected.add(easter.plusDays(1));
      LocalDate kingsDay = LocalDate.of(year, 4, 27);
      expected.add(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay);
      expected.add(LocalDate.of(year, 5, 5));
      expected.add(easter.plusDays(39));
      expected.add(easter.plusDays(50));
      expected.add(LocalDate.of(year, 12, 25));
      expected.add(LocalDate.of(year, 12, 26));
    }

    assertThat(CatalogueLoader.loadDefault().closedDays())
        .extracting(ClosedDay::day)
        .containsExactlyElementsOf(expected);
    assertThat(easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
  }

  /** The Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher). */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int h = (19 * a + b - b / 4 - (8 * b + 13) / 25 + 15) % 30;
    int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  @Test
  void defaultCatalogueKnowsTheRegionsPlacesAndAZuilWithoutGidsen() {
    Catalogue catalogue = CatalogueLoader.loadDefault();

    Location library = catalogue.location("hengelo-bibliotheek").orElseThrow();
    assertThat(library.hours().orElseThrow().on(DayOfWeek.TUESDAY))
        .containsExactly(TimeRange.parse("09:00-12:30").orElseThrow());
    assertThat(library.hours().orElseThrow().on(DayOfWeek.WEDNESDAY)).isEmpty();
    assertThat(library.hours().orElseThrow().exceptionOn(LocalDate.of(2026, 12, 24)))
        .contains(List.of());
    assertThat(catalogue.location("borne-wijkcentrum").orElseThrow().hours()).isEmpty();
    assertThat(catalogue.selfServiceOutcome()).map(Outcome::code).contains("self_service");
  }

  @Test
  void employersGetTheirOwnLineAndTheRestOfTheRegionsContact() {
    Contact contact = CatalogueLoader.loadDefault().contact();

    assertThat(contact.forQuestion("employer").phone()).isEqualTo("088 000 56 78");
    assertThat(contact.forQuestion("find_work").phone()).isEqualTo("088 000 12 34");
    assertThat(contact.forQuestion("find_work").website())
        .isEqualTo("https://www.werkcentrum.example");
  }

  @Test
  void theSocialMapSaysWhichPartnerTakesWhichQuestionAndSituation() {
    Catalogue catalogue = CatalogueLoader.loadDefault();
    Partner uwv = catalogue.partner("uwv").orElseThrow();
    Partner employers = catalogue.partner("employer_service_point").orElseThrow();

    assertThat(uwv.takesQuestionAndSituation("benefit_income", "benefit")).isTrue();
    assertThat(uwv.takesQuestionAndSituation("benefit_income", null)).isTrue();
    assertThat(uwv.takesQuestionAndSituation("benefit_income", "student")).isFalse();
    assertThat(uwv.takesQuestion("money_debt")).isFalse();
    assertThat(employers.route().orElseThrow().phone()).isEqualTo("088 000 20 05");
    assertThat(
            catalogue
                .partner("municipality_debt_help")
                .orElseThrow()
                .route()
                .orElseThrow()
                .deskAt("hengelo-stadhuis"))
        .isPresent();
  }

  @Test
  void aCatalogueFromBeforeTheSocialMapStillLoads() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(DEFAULT);
    root.remove(List.of("contact", "locations", "closedDays"));
    root.get("outcomes").forEach(o -> ((ObjectNode) o).remove("selfService"));
    root.get("partners")
        .forEach(p -> ((ObjectNode) p).remove(List.of("takes", "handoff", "description")));

    Catalogue old = CatalogueLoader.parse(mapper.writeValueAsString(root), "version 1");

    assertThat(old.locations()).isEmpty();
    assertThat(old.contact()).isNull();
    assertThat(old.partner("uwv").orElseThrow().takes()).isNull();
    assertThat(old.selfServiceOutcome()).isEmpty();
  }

  @Test
  void refusesGidsHoursThatAreNoPeriodNamingTheField() {
    String json =
        DEFAULT.replace(
            "\"tuesday\": [\"09:00-12:30\"], \"thursday\"",
            "\"tuesday\": [\"9-12.30\"], \"thursday\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining(
            "locations[0].gidsHours.weekly.tuesday[0]: '9-12.30' is not a period such as"
                + " \"09:00-12:30\"");
  }

  @Test
  void refusesOverlappingPeriodsAnUnknownWeekdayAndABadDateAtOnce() {
    String json =
        replaceAfter(
                DEFAULT,
                "\"code\": \"hengelo-stadhuis\"",
                "\"monday\": [\"09:00-12:30\", \"13:30-16:30\"]",
                "\"monday\": [\"09:00-12:30\", \"12:00-16:30\"]")
            .replace("\"wednesday\": [\"13:00-16:30\"]", "\"woensdag\": [\"13:00-16:30\"]")
            .replace("\"date\": \"2026-12-31\"", "\"date\": \"2026-12-32\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .isInstanceOfSatisfying(
            CatalogueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CatalogueProblem::field)
                    .containsExactly(
                        "locations[0].gidsHours.exceptions[1].date",
                        "locations[1].gidsHours.weekly.monday[1]",
                        "locations[3].gidsHours.weekly.woensdag"));
  }

  @Test
  void refusesAPeriodPastMidnightButAcceptsOneUntilMidnight() throws Exception {
    assertThat(TimeRange.parse("22:00-24:00")).contains(new TimeRange(22 * 60, 24 * 60));
    assertThat(TimeRange.parse("22:00-02:00")).isEmpty();
    assertThat(TimeRange.parse("24:00-24:30")).isEmpty();
  }

  @Test
  void refusesCoordinatesOutsideTheNetherlands() {
    String json =
        DEFAULT.replace(
            "{ \"lat\": 52.2658, \"lon\": 6.7934 }", "{ \"lat\": 6.7934, \"lon\": 52.2658 }");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining(
            "locations[0].coordinates: lat 6.7934, lon 52.2658 is not in the Netherlands");
  }

  @Test
  void refusesADuplicateOrMisshapenLocationCode() {
    String json =
        DEFAULT
            .replace("\"code\": \"hengelo-stadhuis\"", "\"code\": \"hengelo-bibliotheek\"")
            .replace("\"code\": \"borne-wijkcentrum\"", "\"code\": \"Borne Wijkcentrum\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("locations[1].code: duplicate location 'hengelo-bibliotheek'")
        .hasMessageContaining("locations[4].code: 'Borne Wijkcentrum' is not a location code");
  }

  @Test
  void demandsOneSelfServiceOutcomeWhenTheRegionHasLocations() {
    String none = DEFAULT.replace(", \"selfService\": true", "");
    String two =
        DEFAULT.replace(
            "{ \"code\": \"left\", \"partner\": \"none\",",
            "{ \"code\": \"left\", \"partner\": \"none\", \"selfService\": true,");

    assertThatThrownBy(() -> CatalogueLoader.parse(none, "regio.json"))
        .hasMessageContaining("outcomes: one outcome needs \"selfService\": true");
    assertThatThrownBy(() -> CatalogueLoader.parse(two, "regio.json"))
        .hasMessageContaining("outcomes[4].selfService: only one outcome may have");
  }

  @Test
  void refusesASelfServiceOutcomeThatNamesAPartner() {
    String json =
        DEFAULT.replace(
            "\"code\": \"self_service\", \"partner\": \"none\"",
            "\"code\": \"self_service\", \"partner\": \"optional\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("outcomes[4].partner: must be \"none\"");
  }

  @Test
  void refusesASocialMapThatNamesUnknownCodesOrPlaces() {
    String json =
        DEFAULT
            .replace(
                "\"questionTypes\": [\"money_debt\"], \"situations\": []",
                "\"questionTypes\": [\"debts\"], \"situations\": [\"retired\"]")
            .replace("{ \"location\": \"enschede-werkplein\"", "{ \"location\": \"enschede\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("partners[0].handoff.desks[0].location: 'enschede' is not one of")
        .hasMessageContaining("partners[2].takes.questionTypes[0]: unknown question type 'debts'")
        .hasMessageContaining("partners[2].takes.situations[0]: unknown situation 'retired'");
  }

  @Test
  void refusesAContactThatCannotBeReached() {
    String json =
        DEFAULT
            .replace("\"phone\": \"088 000 12 34\"", "\"phone\": \"bel ons\"")
            .replace(
                "\"website\": \"https://www.werkcentrum.example\",",
                "\"website\": \"www.werkcentrum.example\",")
            .replace("\"byQuestion\": { \"employer\"", "\"byQuestion\": { \"employers\"");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("contact.phone: 'bel ons' is not a phone number")
        .hasMessageContaining("contact.website: must be an https:// address")
        .hasMessageContaining("contact.byQuestion.employers: unknown question type 'employers'");
  }

  @Test
  void locationsWithoutAContactAreRefused() {
    String json = DEFAULT.replaceAll("(?s)  \"contact\": \\{.*?\\n  \\},\\n", "");

    assertThatThrownBy(() -> CatalogueLoader.parse(json, "regio.json"))
        .hasMessageContaining("contact: missing; a visitor who finds no gids is told how to reach");
  }

  /** {@code json} with the first {@code old} after {@code anchor} replaced. */
  private static String replaceAfter(String json, String anchor, String old, String replacement) {
    int at = json.indexOf(old, json.indexOf(anchor));
    return json.substring(0, at) + replacement + json.substring(at + old.length());
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
