package nl.zuil.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CHANGELOG.md in the Keep a Changelog shape, so that a region's IT reads what an update changes
 * before it reaches thirty kiosks: an Unreleased section on top, releases newest first with their
 * dates, and only the six kinds of change the convention knows.
 */
class ChangelogTest {

  private static final Pattern RELEASE =
      Pattern.compile("## \\[(\\d+)\\.(\\d+)\\.(\\d+)] - (\\d{4}-\\d{2}-\\d{2})");
  private static final Set<String> KINDS =
      Set.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");

  private final List<String> lines = Repository.read("CHANGELOG.md").lines().toList();

  @Test
  void itStartsWithTheTitleAndWhatIsNotReleasedYet() {
    assertThat(lines.get(0)).isEqualTo("# Changelog");
    assertThat(versionHeadings().get(0)).isEqualTo("## [Unreleased]");
  }

  @Test
  void releasesAreDatedAndNewestFirst() {
    List<String> releases = versionHeadings().subList(1, versionHeadings().size());
    assertThat(releases).isNotEmpty();
    long previousVersion = Long.MAX_VALUE;
    LocalDate previousDate = LocalDate.MAX;
    for (String heading : releases) {
      Matcher release = RELEASE.matcher(heading);
      assertThat(release.matches()).as(heading).isTrue();
      long version =
          Long.parseLong(release.group(1)) * 1_000_000
              + Long.parseLong(release.group(2)) * 1_000
              + Long.parseLong(release.group(3));
      LocalDate date = LocalDate.parse(release.group(4));
      assertThat(version).as(heading).isLessThan(previousVersion);
      assertThat(date).as(heading).isBeforeOrEqualTo(previousDate);
      previousVersion = version;
      previousDate = date;
    }
  }

  @Test
  void everyChangeIsOfAKindTheConventionKnowsAndNoSectionIsEmpty() {
    Set<String> kindsInVersion = new HashSet<>();
    String openSection = null;
    boolean sectionHasItems = true;
    for (String line : lines) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        assertThat(sectionHasItems).as("items under " + openSection).isTrue();
      }
      if (line.startsWith("## ")) {
        kindsInVersion.clear();
        openSection = null;
        sectionHasItems = true;
      } else if (line.startsWith("### ")) {
        String kind = line.substring(4);
        assertThat(KINDS).as(line).contains(kind);
        assertThat(kindsInVersion.add(kind)).as("one " + kind + " section per version").isTrue();
        openSection = kind;
        sectionHasItems = false;
      } else if (line.startsWith("- ") && openSection != null) {
        sectionHasItems = true;
      }
    }
    assertThat(sectionHasItems).as("items under " + openSection).isTrue();
  }

  @Test
  void theReleaseWhoseAgentTheBackendStillAcceptsIsInIt() {
    Matcher named =
        Pattern.compile("sync agent of release (\\d+\\.\\d+\\.\\d+)")
            .matcher(
                Repository.read(
                    "test-support/src/main/resources/nl/zuil/testsupport/previous-agent/README.md"));
    assertThat(named.find()).isTrue();
    assertThat(versionHeadings()).anyMatch(h -> h.startsWith("## [" + named.group(1) + "] - "));
  }

  private List<String> versionHeadings() {
    List<String> headings = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("## ")) {
        headings.add(line);
      }
    }
    return headings;
  }
}
