package nl.zuil.regionapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * How a client (the agent, the provisioning tool) reads the backend's answers into the records. A
 * field a newer backend adds is ignored, so the backend can be updated before its kiosks; a missing
 * field, a null where a number belongs, or a number sent as text is an error, so a garbled answer
 * is never taken for an acknowledgement of zero.
 */
public final class AnswerJson {

  /**
   * Problems are read leniently: a missing member is null, so this agent keeps reading them when a
   * later backend drops the transition members {@code error} and {@code reason} (decision 0213).
   */
  private static final ObjectMapper PROBLEMS =
      mapper()
          .rebuild()
          .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private AnswerJson() {}

  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /**
   * The problem in a refusal's body, with a detail a person can act on: an RFC 9457 problem of this
   * API, or the {@code {"error", "reason"}} body of a backend of release 0.1. Empty when the body
   * is neither (a proxy's HTML page, say).
   */
  public static Optional<Problem> problem(String body) {
    try {
      Problem read = PROBLEMS.readValue(body, Problem.class);
      if (read == null) {
        return Optional.empty();
      }
      String detail = read.detail() != null ? read.detail() : read.reason();
      String code = read.code() != null ? read.code() : read.error();
      if (detail == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Problem(
              read.type(), read.title(), read.status(), detail, code, read.error(), read.reason()));
    } catch (IOException notAProblem) {
      return Optional.empty();
    }
  }
}
