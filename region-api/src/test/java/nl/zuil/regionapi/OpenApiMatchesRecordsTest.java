package nl.zuil.regionapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} is written by hand for people; the records are what the programs send. This
 * holds them together both ways: every object schema is a record of the same name with the same
 * properties, all required, of matching types, and every record is described by a schema. Renaming
 * a record component or a schema property fails here.
 */
class OpenApiMatchesRecordsTest {

  private static JsonNode document;
  private static JsonNode schemas;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = RegionApi.class.getResourceAsStream(RegionApi.OPENAPI_RESOURCE)) {
      assertThat(in).as(RegionApi.OPENAPI_RESOURCE).isNotNull();
      document = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    schemas = document.path("components").path("schemas");
  }

  @Test
  void everyObjectSchemaIsARecordWithTheSameFieldsAndTypes() {
    List<String> problems = new ArrayList<>();
    schemas
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode schema = entry.getValue();
              if (!"object".equals(schema.path("type").asText())) {
                return;
              }
              Class<?> record = recordNamed(entry.getKey());
              if (record == null) {
                problems.add(
                    "schema "
                        + entry.getKey()
                        + " has no record nl.zuil.regionapi."
                        + entry.getKey());
              } else {
                compare(entry.getKey(), schema, record, problems);
              }
            });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRecordIsDescribedByASchemaOfItsName() {
    Set<String> undescribed = new TreeSet<>();
    for (Class<?> record : topLevelRecords()) {
      if (!schemas.has(record.getSimpleName())) {
        undescribed.add(record.getSimpleName());
      }
    }
    assertThat(undescribed).as("records without a schema in openapi.yaml").isEmpty();
  }

  @Test
  void theDocumentDescribesExactlyThePathsClientsCall() throws IllegalAccessException {
    assertThat(document.path("servers").get(0).path("url").asText()).endsWith(RegionApi.BASE);
    Set<String> constants = new TreeSet<>();
    for (Field field : RegionApi.class.getFields()) {
      String value = (String) field.get(null);
      if (Modifier.isStatic(field.getModifiers())
          && value.startsWith(RegionApi.BASE + "/")
          && !field.getName().endsWith("_RESOURCE")) {
        constants.add(value.substring(RegionApi.BASE.length()));
      }
    }
    Set<String> documented = new TreeSet<>();
    document.path("paths").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).isEqualTo(constants);
  }

  @Test
  void theDocumentsVersionIsTheOneEveryAnswerCarries() {
    assertThat(document.path("info").path("version").asText()).isEqualTo(RegionApi.VERSION);
    assertThat(document.path("components").path("headers").has(RegionApi.VERSION_HEADER)).isTrue();
  }

  @Test
  void everyAnswerNamesTheVersionHeaderAndEveryRefusalIsAProblem() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : entries(document.path("paths"))) {
      for (Map.Entry<String, JsonNode> operation : entries(path.getValue())) {
        for (Map.Entry<String, JsonNode> answer : entries(operation.getValue().path("responses"))) {
          String at = operation.getKey() + " " + path.getKey() + " " + answer.getKey();
          JsonNode response = resolveResponse(answer.getValue());
          if (!response.path("headers").has(RegionApi.VERSION_HEADER)) {
            problems.add(at + " does not name " + RegionApi.VERSION_HEADER);
          }
          JsonNode content = response.path("content");
          if (answer.getKey().compareTo("400") >= 0
              && (content.size() != 1
                  || !content
                      .path(Problem.MEDIA_TYPE)
                      .path("schema")
                      .path("$ref")
                      .asText()
                      .endsWith("/Problem"))) {
            problems.add(at + " is not a " + Problem.MEDIA_TYPE + " Problem");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    node.fields().forEachRemaining(entries::add);
    return entries;
  }

  @Test
  void everyProblemCodeIsDocumented() {
    String described = schemas.path("Problem").path("description").asText();
    for (ProblemType type : ProblemType.values()) {
      assertThat(described).as(type.name()).contains(type.code() + " (" + type.status() + ")");
    }
  }

  @Test
  void aHistogramHoldsExactlyTheBinsTheKiosksCount() {
    JsonNode histogram = schemas.path("Histogram");
    assertThat(histogram.path("minItems").asInt()).isEqualTo(HistogramBins.BINS);
    assertThat(histogram.path("maxItems").asInt()).isEqualTo(HistogramBins.BINS);
  }

  private static void compare(String at, JsonNode schema, Class<?> record, List<String> problems) {
    Set<String> properties = new LinkedHashSet<>();
    schema.path("properties").fieldNames().forEachRemaining(properties::add);
    Set<String> components = new LinkedHashSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.add(component.getName());
    }
    if (!properties.equals(components)) {
      problems.add(
          at
              + ": schema has "
              + properties
              + ", record "
              + record.getName()
              + " has "
              + components);
    }
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    Set<String> mandatory = new LinkedHashSet<>(components);
    for (RecordComponent component : record.getRecordComponents()) {
      if (isOptional(component)) {
        mandatory.remove(component.getName());
      }
    }
    if (!required.equals(mandatory)) {
      problems.add(
          at
              + ": required is "
              + required
              + ", the fields "
              + record.getName()
              + " does not mark optional are "
              + mandatory);
    }
    for (RecordComponent component : record.getRecordComponents()) {
      JsonNode property = schema.path("properties").path(component.getName());
      if (!property.isMissingNode()) {
        compareType(at + "." + component.getName(), property, component.getGenericType(), problems);
      }
    }
  }

  /**
   * A field even this release leaves out: one {@link AddedLater} whose record writes it only when
   * it has a value (WireBucket.ratings). A field added later that is always written (as null when
   * empty) stays required, as HealthReport.kioskStart.
   */
  private static boolean isOptional(RecordComponent component) {
    try {
      // JsonInclude cannot sit on a record component; Java puts it on the record's field.
      JsonInclude include =
          component
              .getDeclaringRecord()
              .getDeclaredField(component.getName())
              .getAnnotation(JsonInclude.class);
      return component.isAnnotationPresent(AddedLater.class)
          && include != null
          && include.value() == JsonInclude.Include.NON_NULL;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("a record component without its field", e);
    }
  }

  private static void compareType(String at, JsonNode property, Type type, List<String> problems) {
    JsonNode resolved = resolve(property);
    String schemaType = resolved.path("type").asText();
    String format = resolved.path("format").asText("");
    if (type == String.class) {
      expect(at, schemaType.equals("string"), "a string", resolved, problems);
    } else if (type == int.class) {
      expect(
          at,
          schemaType.equals("integer") && !format.equals("int64"),
          "a 32-bit integer",
          resolved,
          problems);
    } else if (type == long.class) {
      expect(
          at,
          schemaType.equals("integer") && format.equals("int64"),
          "an integer of format int64",
          resolved,
          problems);
    } else if (type == Integer.class) {
      expect(
          at,
          schemaType.equals("integer") && !format.equals("int64"),
          "a 32-bit integer",
          resolved,
          problems);
    } else if (type == boolean.class) {
      expect(at, schemaType.equals("boolean"), "a boolean", resolved, problems);
    } else if (type == JsonNode.class) {
      expect(
          at,
          schemaType.equals("object") && !resolved.has("properties"),
          "a free object",
          resolved,
          problems);
    } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (expect(at, schemaType.equals("array"), "an array", resolved, problems)) {
        compareType(at + "[]", resolved.path("items"), list.getActualTypeArguments()[0], problems);
      }
    } else if (type instanceof Class<?> nested && nested.isRecord()) {
      if (expect(at, schemaType.equals("object"), "an object", resolved, problems)) {
        if (property.has("$ref")) {
          String name = refName(property);
          expect(
              at,
              name.equals(nested.getSimpleName()),
              "schema " + nested.getSimpleName(),
              property,
              problems);
        } else {
          compare(at, resolved, nested, problems);
        }
      }
    } else {
      problems.add(at + ": the test does not know how " + type + " is described");
    }
  }

  private static boolean expect(
      String at, boolean holds, String wanted, JsonNode schema, List<String> problems) {
    if (!holds) {
      problems.add(at + ": the record holds " + wanted + ", the schema says " + schema);
    }
    return holds;
  }

  private static JsonNode resolveResponse(JsonNode response) {
    return response.has("$ref")
        ? document.path("components").path("responses").path(refName(response))
        : response;
  }

  private static JsonNode resolve(JsonNode property) {
    return property.has("$ref") ? schemas.path(refName(property)) : property;
  }

  private static String refName(JsonNode property) {
    String ref = property.path("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static Class<?> recordNamed(String name) {
    try {
      Class<?> type = Class.forName(RegionApi.class.getPackageName() + "." + name);
      return type.isRecord() ? type : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static List<Class<?>> topLevelRecords() {
    List<Class<?>> records = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RegionApi.class.getPackageName())) {
      Class<?> reflected = type.reflect();
      if (reflected.isRecord() && !type.isNestedClass()) {
        records.add(reflected);
      }
    }
    assertThat(records).isNotEmpty();
    return records;
  }
}
