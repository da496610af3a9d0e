package nl.zuil.regionapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * How agents read a refusal: today's problems, a release 0.1 backend's errors, and a later one's.
 */
class AnswerJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aProblemGivesItsDetailAndCode() throws Exception {
    String body =
        JSON.writeValueAsString(
            Problem.of(ProblemType.NOT_YOUR_KIOSK, "this credential belongs to kiosk zuil-1"));

    assertThat(AnswerJson.problem(body))
        .hasValueSatisfying(
            p -> {
              assertThat(p.detail()).isEqualTo("this credential belongs to kiosk zuil-1");
              assertThat(p.code()).isEqualTo("not_your_kiosk");
              assertThat(p.status()).isEqualTo(403);
              assertThat(p.type()).isEqualTo("urn:zuil:problem:not_your_kiosk");
            });
  }

  @Test
  void aBackendOfRelease01IsReadToo() {
    assertThat(AnswerJson.problem("{\"error\":\"invalid\",\"reason\":\"hour must be 0 to 23\"}"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.detail()).isEqualTo("hour must be 0 to 23");
              assertThat(p.code()).isEqualTo("invalid");
            });
  }

  @Test
  void aLaterBackendWithoutTheTransitionMembersIsReadToo() {
    String withoutErrorAndReason =
        "{\"type\":\"urn:zuil:problem:invalid\",\"title\":\"t\",\"status\":400,"
            + "\"detail\":\"hour must be 0 to 23\",\"code\":\"invalid\",\"instance\":\"/x\"}";

    assertThat(AnswerJson.problem(withoutErrorAndReason))
        .map(Problem::detail)
        .contains("hour must be 0 to 23");
  }

  @Test
  void whatIsNoProblemOfOursIsNone() {
    assertThat(AnswerJson.problem("<html><body>502 Bad Gateway</body></html>")).isEmpty();
    assertThat(AnswerJson.problem("{\"message\":\"proxy says no\"}")).isEmpty();
    assertThat(AnswerJson.problem("")).isEmpty();
    assertThat(AnswerJson.problem("null")).isEmpty();
  }

  @Test
  void aProblemKeepsTheMembersAgentsOfRelease01NeedUntilTheyAreRetired() throws Exception {
    var tree = JSON.readTree(JSON.writeValueAsString(Problem.of(ProblemType.INVALID, "bad hour")));

    assertThat(tree.path("error").asText()).isEqualTo("invalid");
    assertThat(tree.path("reason").asText()).isEqualTo("bad hour");
  }
}
