package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.catalogue.Codes;

/**
 * Per partner: visits sent there (referred or an appointment made), how many of those the gids
 * later confirmed, and the rate. All from cells of the outcome table that are shown.
 */
final class ReferralsChart {

  private final ChartParts parts;

  ReferralsChart(ChartParts parts) {
    this.parts = parts;
  }

  Chart build(PublishedTable<String, String> outcomes, Referrals referrals) {
    Figures figures = parts.figures;
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (String partner : outcomes.columns()) {
      if (partner.equals(Codes.NONE)) {
        continue;
      }
      String name = parts.partnerName(partner);
      Cell sent = referrals.sentTo(partner);
      Figure rate = referrals.rateOf(partner);
      categories.add(name);
      values.add(ChartParts.number(rate));
      texts.add(rate.text());
      rows.add(
          new DisplayTable.Row(
              List.of(
                  Figure.label(name),
                  figures.count(sent),
                  count(referrals.confirmedTo(partner)),
                  rate),
              false));
    }
    rows.add(
        new DisplayTable.Row(
            List.of(
                Figure.label(parts.text.get("table.total")),
                referrals.sent().map(figures::derivedCount).orElse(figures.missing()),
                count(referrals.confirmed()),
                referrals.confirmedRate()),
            true));
    return parts.chart(
        "referrals",
        parts.text.get("chart.referrals"),
        Chart.Kind.BAR,
        "%",
        categories,
        List.of(new Chart.Series(parts.text.get("unit.confirmed_share"), values, texts)),
        new DisplayTable(
            List.of(
                parts.text.get("column.partner"),
                parts.text.get("column.sent"),
                parts.text.get("column.confirmed"),
                parts.text.get("unit.confirmed_share")),
            rows),
        outcomes.withheld() || referrals.withheld(),
        List.of(parts.text.get("chart.referrals.note")));
  }

  private Figure count(Optional<Cell> cell) {
    return cell.map(parts.figures::count).orElse(parts.figures.missing());
  }
}
