package nl.zuil.backend.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text a catalogue shows people, in each of its languages: the screen texts, the labels of
 * question types, situations, outcomes and partners, and whatever else the catalogue holds per
 * language. Found by shape (an object whose keys are the catalogue's language codes, Dutch among
 * them), so a text the catalogue gains later can be edited without a change here.
 *
 * <p>Works on the catalogue as a JSON tree so that an edit changes the texts and nothing else: the
 * edited document goes through the same validation as an upload.
 */
public final class CatalogueTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One text.
   *
   * @param field where it is, in the validator's notation ({@code questionTypes[2].labels}), so a
   *     problem the validator names at {@code field + "." + language} belongs to it
   * @param byLanguage the text in each language the catalogue has it in
   */
  public record Text(String field, Map<String, String> byLanguage) {

    public String in(String language) {
      return byLanguage.getOrDefault(language, "");
    }
  }

  /** A language of the catalogue as its own speakers name it, and its writing direction. */
  public record Language(String code, String name, String direction) {}

  private final ObjectNode document;
  private final List<Language> languages;
  private final Set<String> codes;

  private CatalogueTexts(ObjectNode document) {
    this.document = document;
    List<Language> found = new ArrayList<>();
    document
        .path("languages")
        .forEach(
            l ->
                found.add(
                    new Language(
                        l.path("code").asText(),
                        l.path("name").asText(),
                        l.path("direction").asText("ltr"))));
    this.languages = List.copyOf(found);
    this.codes = new LinkedHashSet<>(found.stream().map(Language::code).toList());
  }

  /** The texts of a valid catalogue document. */
  public static CatalogueTexts of(String json) {
    try {
      return new CatalogueTexts((ObjectNode) JSON.readTree(json));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not a catalogue document", e);
    }
  }

  /** The catalogue's languages in the order the file lists them. */
  public List<Language> languages() {
    return languages;
  }

  public List<Text> texts() {
    Map<String, ObjectNode> places = new LinkedHashMap<>();
    locate(document, "", places);
    List<Text> texts = new ArrayList<>();
    places.forEach(
        (field, text) -> {
          Map<String, String> byLanguage = new LinkedHashMap<>();
          text.fields().forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asText()));
          texts.add(new Text(field, Map.copyOf(byLanguage)));
        });
    return texts;
  }

  /**
   * The document with {@code changes} (field to new text) applied in {@code language}; a field the
   * document has no text at is ignored, an empty text removes that language's version (the
   * validator then says whether the text may be missing in that language).
   */
  public String with(String language, Map<String, String> changes) {
    ObjectNode edited = document.deepCopy();
    Map<String, ObjectNode> places = new LinkedHashMap<>();
    locate(edited, "", places);
    for (Map.Entry<String, String> change : changes.entrySet()) {
      ObjectNode text = places.get(change.getKey());
      if (text == null) {
        continue;
      }
      String value = change.getValue().strip();
      if (value.isEmpty() && !language.equals("nl")) {
        text.remove(language);
      } else {
        text.put(language, value);
      }
    }
    return edited.toString();
  }

  private void locate(JsonNode node, String field, Map<String, ObjectNode> places) {
    if (node.isObject()) {
      if (isText(node)) {
        places.put(field, (ObjectNode) node);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> child = it.next();
        if (!field.isEmpty() || !child.getKey().equals("languages")) {
          locate(
              child.getValue(),
              field.isEmpty() ? child.getKey() : field + "." + child.getKey(),
              places);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        locate(node.get(i), field + "[" + i + "]", places);
      }
    }
  }

  private boolean isText(JsonNode node) {
    if (!node.has("nl") || node.size() == 0) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!codes.contains(e.getKey()) || !e.getValue().isTextual()) {
        return false;
      }
    }
    return true;
  }
}
