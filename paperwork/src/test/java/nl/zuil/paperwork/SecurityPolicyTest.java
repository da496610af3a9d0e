package nl.zuil.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SECURITY.md tells a finder where to report, how fast we answer and which versions we fix. */
class SecurityPolicyTest {

  private final String policy = Repository.read("SECURITY.md");

  @Test
  void itNamesAnAddressToReportToAndWhatHappensNext() {
    String reporting = section("## Reporting a vulnerability");
    assertThat(Pattern.compile("[a-z0-9.-]+@[a-z0-9.-]+\\.[a-z]{2,}").matcher(reporting).find())
        .as("a disclosure address")
        .isTrue();
    assertThat(reporting).contains("working days").contains("CHANGELOG.md");
  }

  @Test
  void itSupportsThePreviousReleaseBecauseKiosksUpdateOneByOne() {
    assertThat(section("## Supported versions")).contains("the release before it | yes");
  }

  private String section(String heading) {
    int start = policy.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    int end = policy.indexOf("\n## ", start + heading.length());
    return policy.substring(start, end < 0 ? policy.length() : end);
  }
}
