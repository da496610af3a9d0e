package nl.zuil.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/privacy.md lists every table and column Zuil stores, on the kiosk and at the region. The
 * list is read from the migrations themselves, so a column added without saying what it holds and
 * why that is not personal data fails here.
 */
class PrivacyDocTest {

  private static final Path LEDGER =
      Path.of("visit-ledger/src/main/resources/nl/zuil/ledger/store/migrations");
  private static final Path BACKEND =
      Path.of("regional-backend/src/main/resources/nl/zuil/backend/store/migrations/postgresql");

  private static final Pattern CREATE =
      Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)\\s*\\((.*?)\\n\\)", Pattern.DOTALL);
  private static final Pattern ADD_COLUMN =
      Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (?:IF NOT EXISTS )?(\\w+)");
  private static final Set<String> NOT_A_COLUMN =
      Set.of("CHECK", "PRIMARY", "UNIQUE", "FOREIGN", "CONSTRAINT");

  private final String privacy = Repository.read("docs/privacy.md");

  @Test
  void everyLedgerTableAndColumnIsDescribed() throws IOException {
    assertDescribed(schema(LEDGER), "## On the kiosk: the visit ledger");
  }

  @Test
  void everyRegionalTableAndColumnIsDescribed() throws IOException {
    assertDescribed(schema(BACKEND), "## At the region");
  }

  @Test
  void theMigrationsAreReadAtAll() throws IOException {
    Map<String, Set<String>> ledger = schema(LEDGER);
    assertThat(ledger).containsKeys("visit", "bucket", "presence_event");
    assertThat(ledger.get("visit")).contains("question_code", "referral_confirmed");
    assertThat(schema(BACKEND).get("kiosk_health")).contains("set_aside_buckets");
  }

  @Test
  void itAnswersTheThreeQuestionsOfOpinion05of2014() {
    assertThat(privacy)
        .contains("**Singling out.**")
        .contains("**Linkability.**")
        .contains("**Inference.**")
        .contains("90 days");
  }

  private void assertDescribed(Map<String, Set<String>> schema, String part) {
    int partStart = privacy.indexOf(part);
    assertThat(partStart).as(part).isNotNegative();
    int partEnd = privacy.indexOf("\n## ", partStart + part.length());
    String described = privacy.substring(partStart, partEnd < 0 ? privacy.length() : partEnd);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Set<String>> table : schema.entrySet()) {
      String section = section(described, table.getKey());
      if (section == null) {
        missing.add("table " + table.getKey());
        continue;
      }
      for (String column : table.getValue()) {
        if (!section.contains("`" + column + "`")) {
          missing.add(table.getKey() + "." + column);
        }
      }
    }
    assertThat(missing).as("not described in docs/privacy.md").isEmpty();
  }

  /** The text under {@code ### `table`} up to the next heading, or null when there is none. */
  private static String section(String part, String table) {
    String heading = "### `" + table + "`";
    int start = part.indexOf(heading + "\n");
    if (start < 0) {
      return null;
    }
    int end = part.indexOf("\n#", start + heading.length());
    return part.substring(start, end < 0 ? part.length() : end);
  }

  private static Map<String, Set<String>> schema(Path folder) throws IOException {
    Map<String, Set<String>> tables = new LinkedHashMap<>();
    List<Path> scripts;
    try (Stream<Path> files = Files.list(Repository.ROOT.resolve(folder))) {
      scripts = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
    for (Path script : scripts) {
      String sql = withoutComments(Files.readString(script));
      Matcher create = CREATE.matcher(sql);
      while (create.find()) {
        tables.put(create.group(1), columns(create.group(2)));
      }
      Matcher added = ADD_COLUMN.matcher(sql);
      while (added.find()) {
        tables.computeIfAbsent(added.group(1), t -> new LinkedHashSet<>()).add(added.group(2));
      }
    }
    return tables;
  }

  /** The first word of each top-level part of a CREATE TABLE body that defines a column. */
  private static Set<String> columns(String body) {
    Set<String> columns = new LinkedHashSet<>();
    int depth = 0;
    StringBuilder part = new StringBuilder();
    for (char c : (body + ",").toCharArray()) {
      if (c == ',' && depth == 0) {
        String first = part.toString().strip().split("[\\s(]+")[0];
        if (!first.isEmpty() && !NOT_A_COLUMN.contains(first.toUpperCase())) {
          columns.add(first);
        }
        part.setLength(0);
        continue;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      part.append(c);
    }
    return columns;
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("--[^\\n]*", "");
  }
}
