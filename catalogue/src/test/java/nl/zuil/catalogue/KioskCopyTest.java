package nl.zuil.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Kiosks update one by one, and a kiosk's loader refuses fields it does not know: what the backend
 * hands kiosks must read on the kiosk release before the newest catalogue fields.
 */
class KioskCopyTest {

  /**
   * The default catalogue as the release before {@code targetGroup} published it ({@code
   * CatalogueLoader.toJson} of that release): every field that release's loader knows. Kiosks of
   * that release and of the next one (which added {@code targetGroup} for the backend only) read
   * kiosk format 1, and their agents name no format.
   */
  private static final String PREVIOUS_RELEASE = "previous-release-default-catalogue.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aKioskOfThePreviousReleaseKnowsEveryFieldOfTheCopy() throws IOException {
    String published = CatalogueLoader.toJson(CatalogueLoader.loadDefault());
    JsonNode previous;
    try (InputStream in = getClass().getResourceAsStream(PREVIOUS_RELEASE)) {
      previous = JSON.readTree(in);
    }

    assertThat(published).contains("\"targetGroup\"").contains("\"infoUrls\"");
    JsonNode copy = KioskCopy.of(published, KioskCopy.FIRST_FORMAT);
    // Texts are a map whose keys that release's loader takes as data (any valid key): a screen
    // text added since, such as "common.listen", is no unknown field to it.
    List<String> previousTexts = new ArrayList<>();
    previous.path("texts").fieldNames().forEachRemaining(previousTexts::add);
    ((ObjectNode) copy.get("texts")).retain(previousTexts);
    assertThat(paths(copy)).isSubsetOf(paths(previous));
    assertThat(copy).isEqualTo(previous);
  }

  @Test
  void theCopyLosesNothingButTheBackendsFields() throws Exception {
    Catalogue catalogue = CatalogueLoader.loadDefault();

    Catalogue onKiosk =
        CatalogueLoader.parse(
            JSON.writeValueAsString(
                KioskCopy.of(CatalogueLoader.toJson(catalogue), KioskCopy.FIRST_FORMAT)),
            "kiosk");

    assertThat(onKiosk.questionTypes()).noneMatch(QuestionType::targetGroup);
    assertThat(onKiosk.questionTypes())
        .extracting(QuestionType::code)
        .isEqualTo(catalogue.questionTypes().stream().map(QuestionType::code).toList());
    assertThat(onKiosk.outcomes()).isEqualTo(catalogue.outcomes());
    assertThat(onKiosk.partners()).isEqualTo(catalogue.partners());
  }

  @Test
  void aKioskThatReadsPagesPerLanguageGetsThemAndStillNotTheBackendsFields() throws Exception {
    Catalogue catalogue = CatalogueLoader.loadDefault();
    String published = CatalogueLoader.toJson(catalogue);

    for (int format : new int[] {KioskCopy.FORMAT, KioskCopy.FORMAT + 1}) {
      JsonNode copy = KioskCopy.of(published, format);
      Catalogue onKiosk = CatalogueLoader.parse(JSON.writeValueAsString(copy), "kiosk");

      assertThat(copy.toString()).doesNotContain("targetGroup");
      assertThat(onKiosk.questionTypes())
          .extracting(QuestionType::infoUrls)
          .isEqualTo(catalogue.questionTypes().stream().map(QuestionType::infoUrls).toList());
      assertThat(onKiosk.questionType("find_work").orElseThrow().infoUrl("ar"))
          .endsWith("/ar/finding-work");
    }
  }

  @Test
  void aKioskOfTheFirstFormatGetsTheDutchPageOnly() {
    JsonNode copy =
        KioskCopy.of(CatalogueLoader.toJson(CatalogueLoader.loadDefault()), KioskCopy.FIRST_FORMAT);

    assertThat(copy.toString()).doesNotContain("infoUrls").contains("\"infoUrl\"");
  }

  @Test
  void onlyAKioskThatPlaysRecordingsGetsThem() throws Exception {
    String sha = "a".repeat(64);
    String published =
        CatalogueLoader.toJson(
            CatalogueLoader.loadDefault()
                .withRecordings(Map.of("welcome.title", Map.of("nl", sha))));

    for (int before : new int[] {KioskCopy.FIRST_FORMAT, 2}) {
      JsonNode copy = KioskCopy.of(published, before);
      assertThat(copy.has("recordings")).as("format %d", before).isFalse();
      CatalogueLoader.parse(JSON.writeValueAsString(copy), "kiosk");
    }
    Catalogue onKiosk =
        CatalogueLoader.parse(
            JSON.writeValueAsString(KioskCopy.of(published, KioskCopy.FORMAT)), "kiosk");
    assertThat(onKiosk.recordingList()).containsExactly(new Recording("welcome.title", "nl", sha));
  }

  @Test
  void refusesWhatIsNoJsonAndAFormatBelowTheFirst() {
    assertThatThrownBy(() -> KioskCopy.of("{ no", KioskCopy.FORMAT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KioskCopy.of("{}", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every field path of a document, array positions left out: {@code questionTypes[].code}. */
  private static Set<String> paths(JsonNode document) {
    Set<String> paths = new TreeSet<>();
    collect(document, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String at, Set<String> paths) {
    if (node.isArray()) {
      node.forEach(element -> collect(element, at + "[]", paths));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        paths.add(path);
        collect(field.getValue(), path, paths);
      }
    }
  }
}
