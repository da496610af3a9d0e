package nl.zuil.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * publiccode.yml is what catalogues of public software (Developer Overheid, Developers Italia) read
 * to find Zuil. Checked against the standard's rules written down as a JSON Schema, and against the
 * project itself: a licence, language list or screenshot that drifts from the code fails here.
 */
class PubliccodeYmlTest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonSchema SCHEMA = schema();

  @Test
  void theRepositorysPubliccodeYmlFollowsTheStandard() throws IOException {
    assertThat(problems(publiccode())).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheStandardRefuses() throws IOException {
    ObjectNode tooLong = publiccode();
    ((ObjectNode) tooLong.at("/description/en")).put("shortDescription", "x".repeat(151));
    ObjectNode unknownCategory = publiccode();
    unknownCategory.putArray("categories").add("queueing");
    ObjectNode contractWithoutContractor = publiccode();
    ((ObjectNode) contractWithoutContractor.get("maintenance")).remove("contractors");
    ObjectNode noLicence = publiccode();
    ((ObjectNode) noLicence.get("legal")).remove("license");
    ObjectNode badDate = publiccode();
    badDate.put("releaseDate", "23-11-2026");

    for (ObjectNode wrong :
        List.of(tooLong, unknownCategory, contractWithoutContractor, noLicence, badDate)) {
      assertThat(problems(wrong)).isNotEmpty();
    }
  }

  @Test
  void itSaysWhatTheCodeSays() throws IOException {
    JsonNode publiccode = publiccode();

    assertThat(publiccode.at("/legal/license").asText()).isEqualTo("EUPL-1.2");
    assertThat(Repository.read("LICENSE")).startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
    assertThat(Repository.read("pom.xml")).contains("<name>EUPL-1.2</name>");
    assertThat(texts(publiccode.at("/localisation/availableLanguages")))
        .containsExactlyElementsOf(kioskLanguages());
    for (JsonNode description : publiccode.get("description")) {
      for (String screenshot : texts(description.path("screenshots"))) {
        assertThat(Repository.file(screenshot)).as(screenshot).isRegularFile();
      }
    }
  }

  private static List<String> kioskLanguages() throws IOException {
    JsonNode catalogue =
        new ObjectMapper()
            .readTree(
                Repository.file(
                        "catalogue/src/main/resources/nl/zuil/catalogue/default-catalogue.json")
                    .toFile());
    List<String> codes = new ArrayList<>();
    catalogue.get("languages").forEach(language -> codes.add(language.get("code").asText()));
    return codes;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static ObjectNode publiccode() throws IOException {
    return (ObjectNode) YAML.readTree(Files.readString(Repository.file("publiccode.yml")));
  }

  private static Set<String> problems(JsonNode document) {
    return SCHEMA.validate(document).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
  }

  private static JsonSchema schema() {
    try (InputStream in =
        PubliccodeYmlTest.class.getResourceAsStream("publiccode-0.4.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
