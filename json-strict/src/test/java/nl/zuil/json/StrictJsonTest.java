package nl.zuil.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

  record Printer(String profile, int baud, boolean cutter, @MayBeNull String device) {}

  record Desk(String code, String name) {}

  record Kiosk(String name, Printer printer, List<Desk> desks, @MayBeNull Instant checkedAt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tolerant(String status) {}

  private static List<String> problems(String json) {
    try {
      StrictJson.read(json, Kiosk.class);
    } catch (StrictJsonException e) {
      return e.problems().stream().map(JsonProblem::toString).toList();
    }
    throw new AssertionError("accepted: " + json);
  }

  private static String kiosk(String printer) {
    return """
        {
          "name": "zuil-1",
          "printer": %s,
          "desks": [ { "code": "balie-1", "name": "Balie 1" } ]
        }
        """
        .formatted(printer);
  }

  @Test
  void readsAWellFormedDocumentIntoRecords() throws StrictJsonException {
    Kiosk kiosk =
        StrictJson.read(
            kiosk("{ \"profile\": \"virtual\", \"baud\": 9600, \"cutter\": true }")
                .replace(
                    "\"name\": \"zuil-1\",",
                    "\"name\": \"zuil-1\", \"checkedAt\": \"2026-11-23T09:30:00Z\","),
            Kiosk.class);

    assertThat(kiosk)
        .isEqualTo(
            new Kiosk(
                "zuil-1",
                new Printer("virtual", 9600, true, null),
                List.of(new Desk("balie-1", "Balie 1")),
                Instant.parse("2026-11-23T09:30:00Z")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          { "profile": "virtual", "baud": "9600", "cutter": true }  | printer.baud (line 3): expected a whole number
          { "profile": "virtual", "baud": 96.5, "cutter": true }    | printer.baud (line 3): expected a whole number
          { "profile": 52, "baud": 9600, "cutter": true }           | printer.profile (line 3): expected a text
          { "profile": "virtual", "baud": 9600, "cutter": "yes" }   | printer.cutter (line 3): expected true or false
          { "profile": "virtual", "baud": 9600, "cutter": 1 }       | printer.cutter (line 3): expected true or false
          { "profile": "virtual", "baud": 9600, "cuter": true }     | printer.cutter (line 3): missing
          { "profile": null, "baud": 9600, "cutter": true }         | printer.profile (line 3): is null; a value is required
          [ 1 ]                                                     | printer (line 3): expected an object { ... }
          """)
  void namesTheWrongValueByPathAndLine(String printer, String problem) {
    assertThat(problems(kiosk(printer))).containsExactly(problem);
  }

  @Test
  void refusesAFieldTheRecordDoesNotKnow() {
    assertThat(
            problems(
                kiosk(
                    "{ \"profile\": \"virtual\", \"baud\": 9600, \"cutter\": true, \"speed\": 2 }")))
        .containsExactly(
            "printer.speed (line 3): unknown field (known: baud, cutter, device, profile)");
  }

  @Test
  void refusesAFieldNamedTwice() {
    assertThat(
            problems(
                kiosk(
                    "{ \"profile\": \"virtual\", \"baud\": 9600, \"baud\": 19200, \"cutter\": true }")))
        .containsExactly("printer.baud (line 3): named twice; a field may appear only once");
  }

  @Test
  void namesEveryMissingFieldAtOnce() {
    assertThat(problems("{\n  \"printer\": {\n    \"baud\": 9600\n  }\n}"))
        .containsExactly(
            "name (line 1): missing",
            "printer.profile (line 2): missing",
            "printer.cutter (line 2): missing",
            "desks (line 1): missing");
  }

  @Test
  void namesEveryWrongValueAtOnce() {
    assertThat(problems(kiosk("{ \"profile\": 7, \"baud\": \"9600\", \"cutter\": true }")))
        .containsExactly(
            "printer.profile (line 3): expected a text",
            "printer.baud (line 3): expected a whole number");
  }

  @Test
  void refusesANumberTooLargeForItsField() {
    assertThat(problems(kiosk("{ \"profile\": \"v\", \"baud\": 99999999999, \"cutter\": true }")))
        .containsExactly("printer.baud (line 3): expected a whole number");
  }

  @Test
  void refusesBrokenJsonWithItsLine() {
    assertThat(problems("{\n  \"name\": \"zuil-1\",\n  \"printer\": {\n}"))
        .singleElement()
        .asString()
        .startsWith("(line 4): not valid JSON");
  }

  @Test
  void refusesAMomentThatIsNotIso8601() {
    assertThat(
            problems(
                kiosk("{ \"profile\": \"virtual\", \"baud\": 9600, \"cutter\": true }")
                    .replace(
                        "\"name\": \"zuil-1\",",
                        "\"name\": \"zuil-1\", \"checkedAt\": 1700000000,")))
        .containsExactly("checkedAt (line 2): expected a moment such as \"2026-11-23T09:30:00Z\"");
  }

  @Test
  void aRecordThatToleratesNewerFieldsSaysSo() throws StrictJsonException {
    assertThat(StrictJson.read("{\"status\": \"ok\", \"addedLater\": 3}", Tolerant.class))
        .isEqualTo(new Tolerant("ok"));
  }

  @Test
  void writesRecordsWithNullsAndInstantsAsText() {
    assertThat(StrictJson.compact(new Printer("virtual", 9600, false, null)))
        .isEqualTo("{\"profile\":\"virtual\",\"baud\":9600,\"cutter\":false,\"device\":null}");
  }

  @Test
  void refusesAnEmptyDocument() {
    assertThatThrownBy(() -> StrictJson.read("  ", Kiosk.class))
        .isInstanceOf(StrictJsonException.class)
        .hasMessageContaining("empty");
  }
}
