package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.zuil.backend.text.Messages;
import nl.zuil.regionapi.SlipLinks;

/**
 * "Aangekomen bij de partner" (decisions 1053, 1054): arrivals partners confirmed from referral
 * slips, per partner and per question type over the weeks of the period, and the slips the kiosks
 * printed per partner, to read beside the gids-confirmed referrals of the outcome charts. Counted
 * per ISO week, never per day: a week that overlaps the period counts whole. Each table breaks down
 * only arrivals (or only slips), so each is protected on its own like 1052's tables.
 */
public final class ArrivalCharts {

  private final Suppression suppression;
  private final ChartParts parts;

  public ArrivalCharts(Suppression suppression, Messages text, CatalogueLabels labels) {
    this.suppression = suppression;
    this.parts = new ChartParts(suppression, text, labels);
  }

  /**
   * @param locationCodes the inlooppunten selected: arrivals count for the location that referred
   * @param question the question type filter, if any
   * @param counts the region's counts of the period's weeks
   */
  public List<Chart> build(
      Period period,
      List<String> locationCodes,
      Optional<String> question,
      List<ReferralCounts> counts) {
    List<String> weeks = weeks(period);
    List<ReferralCounts> selected =
        counts.stream()
            .filter(c -> locationCodes.contains(c.locationCode()))
            .filter(c -> question.isEmpty() || question.get().equals(c.questionCode()))
            .filter(c -> weeks.contains(c.isoWeek()))
            .toList();
    List<String> partners = present(parts.labels.partners(), selected, ReferralCounts::partnerCode);
    List<String> questions =
        present(parts.labels.questions(), selected, ReferralCounts::questionCode);
    List<String> weekNames =
        weeks.stream().map(w -> parts.text.get("week.short", w.substring(6))).toList();
    return List.of(
        chart(
            "referral_arrivals",
            partners,
            weeks,
            weekNames,
            selected,
            ReferralCounts::partnerCode,
            ReferralCounts::arrived,
            code -> parts.labels.partner(code, parts.language),
            "column.partner"),
        chart(
            "referral_arrivals_questions",
            questions,
            weeks,
            weekNames,
            selected,
            ReferralCounts::questionCode,
            ReferralCounts::arrived,
            code -> parts.labels.question(code, parts.language),
            "column.question"),
        chart(
            "referral_slips",
            partners,
            weeks,
            weekNames,
            selected,
            ReferralCounts::partnerCode,
            ReferralCounts::issued,
            code -> parts.labels.partner(code, parts.language),
            "column.partner"));
  }

  private Chart chart(
      String id,
      List<String> rows,
      List<String> weeks,
      List<String> weekNames,
      List<ReferralCounts> selected,
      Function<ReferralCounts, String> row,
      ToLongFunction<ReferralCounts> count,
      Function<String, String> name,
      String rowHeading) {
    LabelledTable<String, String> table = new LabelledTable<>(rows, weeks, true);
    for (ReferralCounts c : selected) {
      table.add(row.apply(c), c.isoWeek(), count.applyAsLong(c));
    }
    PublishedTable<String, String> published = suppression.protect(table);
    List<String> names = rows.stream().map(name).toList();
    if (weeks.size() == 1) {
      // One week: a row's total would repeat its one cell, so none is published (0702 rule 7).
      return parts.oneColumnChart(
          id,
          parts.text.get("chart." + id),
          parts.text.get(rowHeading),
          names,
          published,
          List.of(parts.text.get("chart." + id + ".note")));
    }
    List<String> header = new ArrayList<>();
    header.add(parts.text.get(rowHeading));
    header.addAll(weekNames);
    header.add(parts.text.get("table.total"));
    return parts.chart(
        id,
        parts.text.get("chart." + id),
        Chart.Kind.LINE,
        parts.text.get("unit." + id),
        weekNames,
        parts.seriesPerRow(names, published),
        new DisplayTable(header, parts.twoWayRows(names, published)),
        published.withheld(),
        List.of(parts.text.get("chart." + id + ".note")));
  }

  /** The ISO weeks that overlap the period, oldest first. */
  static List<String> weeks(Period period) {
    List<String> weeks = new ArrayList<>();
    for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
      String week = SlipLinks.isoWeek(day);
      if (!weeks.contains(week)) {
        weeks.add(week);
      }
    }
    return weeks;
  }

  /** The codes in catalogue order that have a count, then any the catalogues never knew. */
  private static List<String> present(
      List<String> catalogueOrder,
      List<ReferralCounts> counts,
      Function<ReferralCounts, String> code) {
    List<String> codes = new ArrayList<>();
    for (String known : catalogueOrder) {
      if (counts.stream().anyMatch(c -> code.apply(c).equals(known))) {
        codes.add(known);
      }
    }
    counts.stream().map(code).distinct().filter(c -> !codes.contains(c)).forEach(codes::add);
    return codes;
  }
}
