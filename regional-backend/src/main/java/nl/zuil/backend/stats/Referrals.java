package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Codes;

/**
 * Referral figures: visits sent to each partner (the outcome table's partner totals) and how many
 * of them the gids confirmed, from a table of their own: partners by confirmed / not (yet)
 * confirmed (decision 0706). That table takes only partners whose total the outcome table shows
 * (zero aside), so the two tables share nothing but figures both show, and its protection never
 * hides those totals. A partner with fewer than threshold visits sent, or whose total is hidden,
 * has no confirmed count and no share.
 */
final class Referrals {

  private static final List<Boolean> CONFIRMED = List.of(true, false);

  private final PublishedTable<String, String> outcomes;
  private final LabelledTable<String, Boolean> counts;
  private final PublishedTable<String, Boolean> confirmations;
  private final Figures figures;
  private final int threshold;

  /**
   * @param confirmedByPartner the raw confirmed referrals per partner code
   */
  Referrals(
      PublishedTable<String, String> outcomes,
      Map<String, Long> confirmedByPartner,
      Suppression suppression,
      Figures figures) {
    this.outcomes = outcomes;
    this.figures = figures;
    this.threshold = suppression.threshold();
    List<String> partners = new ArrayList<>();
    for (String partner : outcomes.columns()) {
      Cell sent = outcomes.columnTotal(partner);
      if (!partner.equals(Codes.NONE) && sent.isShown() && sent.value().getAsLong() > 0) {
        partners.add(partner);
      }
    }
    LabelledTable<String, Boolean> table = new LabelledTable<>(partners, CONFIRMED, true);
    for (String partner : partners) {
      long sent = outcomes.columnTotal(partner).value().getAsLong();
      long confirmed = confirmedByPartner.getOrDefault(partner, 0L);
      table.add(partner, true, confirmed);
      table.add(partner, false, sent - confirmed);
    }
    this.counts = table;
    this.confirmations = suppression.protectWithKnownRowTotals(table);
  }

  /** Visits sent to {@code partner}: the outcome table's total for it. */
  Cell sentTo(String partner) {
    return outcomes.columnTotal(partner);
  }

  /** Confirmed referrals to {@code partner}, empty when the partner has no row of its own. */
  Optional<Cell> confirmedTo(String partner) {
    return confirmations.rows().contains(partner)
        ? Optional.of(confirmations.cell(partner, true))
        : Optional.empty();
  }

  /** The share of visits sent to {@code partner} that the gids confirmed, from shown counts. */
  Figure rateOf(String partner) {
    return confirmedTo(partner)
        .map(confirmed -> figures.share(confirmed, sentTo(partner)))
        .orElse(figures.missing());
  }

  /** Visits with a partner: everything minus the "no partner" column, when both are shown. */
  Optional<Long> sent() {
    Cell none = outcomes.columnTotal(Codes.NONE);
    Cell total = outcomes.total();
    if (!none.isShown() || !total.isShown()) {
      return Optional.empty();
    }
    return Optional.of(total.value().getAsLong() - none.value().getAsLong());
  }

  /**
   * Confirmed referrals to any partner, when every partner anyone was sent to has a row: else the
   * confirmation table covers only part of them.
   */
  Optional<Cell> confirmed() {
    Optional<Long> sent = sent();
    if (sent.isEmpty() || confirmations.rows().isEmpty() || !confirmations.total().isShown()) {
      return Optional.empty();
    }
    if (confirmations.total().value().getAsLong() != sent.get()) {
      return Optional.empty();
    }
    return Optional.of(confirmations.columnTotal(true));
  }

  /** The share of visits sent to a partner that the gids confirmed. */
  Figure confirmedRate() {
    Optional<Long> sent = sent();
    Optional<Cell> confirmed = confirmed();
    if (sent.isEmpty() || confirmed.isEmpty() || sent.get() == 0) {
      return figures.missing();
    }
    return figures.share(confirmed.get(), confirmations.total());
  }

  /** Whether the confirmation table could not be protected at all. */
  boolean withheld() {
    return confirmations.withheld();
  }

  /**
   * What suppression cost here: the confirmation table's hidden counts, and the partners with at
   * least threshold visits sent (in {@code raw}, the outcome table before protection) that get no
   * share.
   */
  InformationLoss informationLoss(LabelledTable<String, String> raw) {
    long[][] values = raw.counts().values();
    long partners = 0;
    long withoutShare = 0;
    for (int c = 0; c < raw.columns().size(); c++) {
      String partner = raw.columns().get(c);
      long sent = 0;
      for (long[] row : values) {
        sent += row[c];
      }
      if (!partner.equals(Codes.NONE) && sent >= threshold) {
        partners++;
        withoutShare += rateOf(partner).hasNumber() ? 0 : 1;
      }
    }
    return InformationLoss.of(counts.counts().values(), confirmations.table())
        .plus(InformationLoss.ofShares(partners, withoutShare));
  }
}
