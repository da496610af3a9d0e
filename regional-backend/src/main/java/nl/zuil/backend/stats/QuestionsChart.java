package nl.zuil.backend.stats;

import java.util.List;

/** Visits per question type. */
final class QuestionsChart {

  private final ChartParts parts;

  QuestionsChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<String, String> questions) {
    List<String> names =
        questions.rows().stream().map(code -> parts.labels.question(code, parts.language)).toList();
    return parts.oneColumnChart(
        "questions",
        parts.text.get("chart.questions"),
        parts.text.get("column.question"),
        names,
        questions,
        List.of());
  }
}
