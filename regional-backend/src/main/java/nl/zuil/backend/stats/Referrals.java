package nl.zuil.backend.stats;

import java.util.Optional;
import nl.zuil.backend.stats.CountTables.OutcomeRow;
import nl.zuil.catalogue.Codes;

/**
 * Referral figures worked out from the published outcome table: visits sent to partners and how
 * many of them the gids confirmed. Each is known only when every cell it rests on is shown, so none
 * gives a suppressed count away.
 */
final class Referrals {

  private final PublishedTable<OutcomeRow, String> outcomes;
  private final Figures figures;

  Referrals(PublishedTable<OutcomeRow, String> outcomes, Figures figures) {
    this.outcomes = outcomes;
    this.figures = figures;
  }

  /** Confirmed referrals to {@code partner}, if every part is shown. */
  Optional<Long> confirmedTo(String partner) {
    long sum = 0;
    for (OutcomeRow row : outcomes.rows()) {
      if (Boolean.TRUE.equals(row.confirmed())) {
        Cell cell = outcomes.cell(row, partner);
        if (!cell.isShown()) {
          return Optional.empty();
        }
        sum += cell.value().getAsLong();
      }
    }
    return Optional.of(sum);
  }

  /** Confirmed referrals to any partner, if every part is shown. */
  Optional<Long> confirmed() {
    long sum = 0;
    for (OutcomeRow row : outcomes.rows()) {
      if (Boolean.TRUE.equals(row.confirmed())) {
        Cell cell = outcomes.rowTotal(row);
        if (!cell.isShown()) {
          return Optional.empty();
        }
        sum += cell.value().getAsLong();
      }
    }
    return Optional.of(sum);
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

  /** The share of visits sent to a partner that the gids confirmed. */
  Figure confirmedRate() {
    Optional<Long> sent = sent();
    Optional<Long> confirmed = confirmed();
    if (sent.isEmpty() || confirmed.isEmpty() || sent.get() == 0) {
      return figures.missing();
    }
    return figures.share(confirmed.get(), sent.get());
  }
}
