package nl.zuil.backend.stats;

import java.util.List;

/**
 * Questions per question type (decision 1006): a visit with a work and a debt question counts once
 * in the visits and twice here. Labelled as questions everywhere, so nobody adds it to visits.
 */
final class QuestionsAskedChart {

  private final ChartParts parts;

  QuestionsAskedChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<String, String> questions) {
    List<String> names =
        questions.rows().stream().map(code -> parts.labels.question(code, parts.language)).toList();
    return parts.oneColumnChart(
        "questions_asked",
        parts.text.get("chart.questions_asked"),
        parts.text.get("column.question"),
        parts.text.get("unit.questions"),
        names,
        questions,
        List.of(parts.text.get("chart.questions_asked.note")));
  }
}
