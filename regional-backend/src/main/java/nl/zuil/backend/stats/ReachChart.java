package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.zuil.catalogue.Codes;

/**
 * Which groups the zuil reaches: each situation's share of the visitors who answered the situation
 * question, with its klantreis, then the share of all visitors of each question type the catalogue
 * marks as a target group.
 */
final class ReachChart {

  private final ChartParts parts;

  ReachChart(ChartParts parts) {
    this.parts = parts;
  }

  /**
   * Visitors who answered the situation question: all minus those who did not, known only when both
   * are shown (otherwise it would give the suppressed count away).
   */
  static Optional<Long> answered(PublishedTable<String, String> situations) {
    Cell notAnswered = situations.cell(Codes.NONE);
    Cell total = situations.total();
    if (!notAnswered.isShown() || !total.isShown()) {
      return Optional.empty();
    }
    return Optional.of(total.value().getAsLong() - notAnswered.value().getAsLong());
  }

  Chart build(PublishedTable<String, String> situations, PublishedTable<String, String> questions) {
    Figures figures = parts.figures;
    Optional<Long> answered = answered(situations);
    Cell total = situations.total();
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (String code : situations.rows()) {
      Cell cell = situations.cell(code);
      boolean none = code.equals(Codes.NONE);
      String name =
          none ? parts.text.get("situation.none") : parts.labels.situation(code, parts.language);
      String journey =
          none
              ? ""
              : parts
                  .labels
                  .journey(code)
                  .map(j -> parts.text.get("journey." + j.name().toLowerCase(Locale.ROOT)))
                  .orElse(Figures.MISSING);
      Figure share =
          none || answered.isEmpty() || !cell.isShown() || answered.get() == 0
              ? figures.missing()
              : figures.share(cell.value().getAsLong(), answered.get());
      if (!none) {
        categories.add(name);
        values.add(ChartParts.number(share));
        texts.add(share.hasNumber() ? share.text() : parts.suppression.text(cell));
      }
      rows.add(
          new DisplayTable.Row(
              List.of(Figure.label(name), Figure.label(journey), figures.count(cell), share),
              false));
    }
    rows.add(
        new DisplayTable.Row(
            List.of(
                Figure.label(parts.text.get("table.total")),
                Figure.label(""),
                figures.count(total),
                figures.missing()),
            true));
    for (String code : parts.labels.targetGroupQuestions()) {
      if (!questions.rows().contains(code)) {
        continue;
      }
      Cell cell = questions.cell(code);
      String name = parts.text.get("reach.question", parts.labels.question(code, parts.language));
      Figure share = figures.share(cell, total);
      categories.add(name);
      values.add(ChartParts.number(share));
      texts.add(share.hasNumber() ? share.text() : parts.suppression.text(cell));
      rows.add(
          new DisplayTable.Row(
              List.of(
                  Figure.label(name),
                  Figure.label(parts.text.get("reach.all_visitors")),
                  figures.count(cell),
                  share),
              false));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        answered.isPresent() && !parts.suppression.isSmall(answered.get())
            ? parts.text.get("chart.reach.note", answered.get())
            : parts.text.get("chart.reach.note.unknown"));
    notes.add(parts.text.get("chart.reach.note.questions"));
    return parts.chart(
        "reach",
        parts.text.get("chart.reach"),
        Chart.Kind.BAR,
        "%",
        categories,
        List.of(new Chart.Series(parts.text.get("unit.share"), values, texts)),
        new DisplayTable(
            List.of(
                parts.text.get("column.group"),
                parts.text.get("column.journey"),
                parts.text.get("unit.visits"),
                parts.text.get("unit.share")),
            rows),
        situations.withheld(),
        notes);
  }
}
