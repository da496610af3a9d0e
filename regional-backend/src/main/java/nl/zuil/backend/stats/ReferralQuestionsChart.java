package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;

/** Per partner, the visits sent there (referred or an appointment), by question type. */
final class ReferralQuestionsChart {

  private final ChartParts parts;

  ReferralQuestionsChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<String, String> referrals) {
    List<String> partners =
        referrals.rows().stream().map(code -> parts.labels.partner(code, parts.language)).toList();
    List<String> questions =
        referrals.columns().stream()
            .map(code -> parts.labels.question(code, parts.language))
            .toList();
    List<String> header = new ArrayList<>();
    header.add(parts.text.get("column.partner"));
    header.addAll(questions);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        "referral_questions",
        parts.text.get("chart.referral_questions"),
        Chart.Kind.STACKED_BAR,
        parts.text.get("unit.visits"),
        partners,
        parts.seriesPerColumn(questions, referrals),
        new DisplayTable(header, parts.twoWayRows(partners, referrals)),
        referrals.withheld(),
        List.of(parts.text.get("chart.referral_questions.note")));
  }
}
