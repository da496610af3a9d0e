package nl.zuil.backend.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.regionapi.FieldsAddedLater;

/**
 * Reads a request body into an API v1 record exactly as the schema says, or refuses it with a
 * reason that names the field. A kiosk must send exactly v1: anything Jackson would otherwise guess
 * at (a repeated key, a number where text belongs, text where a number belongs, an unknown field, a
 * body that is JSON {@code null}) is a refusal, so what is stored is what the kiosk meant. Only a
 * field marked {@code @AddedLater} may be left out, as the previous release's agent does: the body
 * is parsed once, straight into the record.
 */
final class RequestBodies {

  private static final String JSON_MEDIA_TYPE = "application/json";

  private final ObjectMapper mapper = strictMapper();

  /**
   * @throws Rejection (400) when the content type is not JSON or the body is not exactly a {@code
   *     type}
   */
  <T> T read(String contentType, byte[] body, Class<T> type) {
    if (!isJson(contentType)) {
      throw Rejection.invalid(
          "the body must be sent as " + JSON_MEDIA_TYPE + ", not " + describe(contentType));
    }
    T value;
    try {
      value = mapper.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw Rejection.invalid(problem(e));
    } catch (IOException e) {
      throw Rejection.invalid("the body could not be read");
    }
    if (value == null) {
      throw Rejection.invalid("the body must be a JSON object, not null");
    }
    return value;
  }

  /** The mapper, for writing answers with the same settings. */
  ObjectMapper mapper() {
    return mapper;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals(JSON_MEDIA_TYPE);
  }

  private static String describe(String contentType) {
    return contentType == null || contentType.isBlank()
        ? "no content type"
        : "'" + contentType + "'";
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + path(unknown) + "'";
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return "field '" + path(mismatch) + "' is missing or has the wrong type";
    }
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Duplicate field")) {
      return message.replace("Duplicate field", "repeated key") + ": each key may appear once";
    }
    if (e instanceof MismatchedInputException
        && message != null
        && message.contains("No content")) {
      return "the body is empty; it must be a JSON object";
    }
    return "the body is not valid JSON for this request";
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Every field but those added later is required (FieldsAddedLater): read in one pass.
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .addModule(FieldsAddedLater.module())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    // Jackson turns a number or a boolean into text by default ("ledgerId": 5 became "5"), and a
    // number into a boolean; neither is what a v1 client sends.
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }
}
