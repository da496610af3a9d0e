package nl.zuil.backend.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * How agents already on kiosks read the backend's refusals, frozen here as they were written, so a
 * change of the error body is tried against them. They decide what to do by the HTTP status alone
 * and show the reason; a reason they cannot find becomes the first 200 characters of the body.
 */
final class PreviousAgentProblems {

  private PreviousAgentProblems() {}

  /**
   * Release 0.1.0's sync agent and zuil-provision ({@code BackendClient.reason} and {@code
   * RegionClient.reason} before commit b782fb4): any JSON object with a non-null {@code reason}.
   */
  static Optional<String> reasonByRelease010(String answer) {
    try {
      JsonNode node = new ObjectMapper().readTree(answer);
      if (node != null && node.hasNonNull("reason")) {
        return Optional.of(node.get("reason").asText());
      }
    } catch (IOException e) {
      // the agent showed an excerpt of the body instead
    }
    return Optional.empty();
  }

  /** The error record of region-api until API 1.1.0 ({@code ApiError}, commit eae3487). */
  record ApiError(String error, String reason) {}

  /**
   * Agents built on region-api before API 1.1.0: the body read strictly into {@code ApiError} with
   * {@code AnswerJson}'s settings of then, so both members must be there, as strings.
   */
  static Optional<ApiError> errorByRegionApi100(String answer) {
    ObjectMapper strict =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    try {
      ApiError error = strict.readValue(answer, ApiError.class);
      return error != null && error.reason() != null ? Optional.of(error) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
