package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import nl.zuil.catalogue.Codes;

/**
 * "Hoe was het?": how many visitors tapped each face at the end of their visit, per question type
 * or per outcome (decision 0309). Visitors who did not tap are not in the table, so its total is
 * the number of taps, not of visits.
 */
final class RatingsChart {

  static final String GOOD = "good";
  static final String OK = "ok";
  static final String BAD = "bad";

  /** The columns of both tables, happy face first. */
  static final List<String> FACES = List.of(GOOD, OK, BAD);

  private final ChartParts parts;

  RatingsChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart byQuestion(PublishedTable<String, String> ratings) {
    List<String> questions =
        ratings.rows().stream().map(code -> parts.labels.question(code, parts.language)).toList();
    return build("ratings_questions", "column.question", questions, ratings);
  }

  Chart byOutcome(PublishedTable<String, String> ratings) {
    List<String> outcomes =
        ratings.rows().stream()
            .map(
                code ->
                    code.equals(Codes.NONE)
                        ? parts.text.get("outcome.none")
                        : parts.labels.outcome(code, parts.language))
            .toList();
    return build("ratings_outcomes", "column.outcome", outcomes, ratings);
  }

  private Chart build(
      String id, String rowColumn, List<String> rows, PublishedTable<String, String> ratings) {
    List<String> faces =
        ratings.columns().stream().map(face -> parts.text.get("rating." + face)).toList();
    List<String> header = new ArrayList<>();
    header.add(parts.text.get(rowColumn));
    header.addAll(faces);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        id,
        parts.text.get("chart." + id),
        Chart.Kind.STACKED_BAR,
        parts.text.get("unit.ratings"),
        rows,
        parts.seriesPerColumn(faces, ratings),
        new DisplayTable(header, parts.twoWayRows(rows, ratings)),
        ratings.withheld(),
        List.of(parts.text.get("chart.ratings.note")));
  }
}
