package nl.zuil.backend.stats;

/**
 * What suppression costs on the outcome and referral figures of some dashboards (decision 0706):
 * counts of one or more and the visits in them, how many of those are not shown ("&lt; 5" or "x"),
 * and how many partners with at least threshold visits sent get no confirmed share. For the
 * benchmark that compares rules; never shown to a reader, because the visits in hidden cells are
 * themselves a suppressed figure.
 *
 * @param cells counts of one or more in the tables' bodies
 * @param hiddenCells of those, the ones not shown
 * @param visits the visits in those counts (a visit counts once per table it is in)
 * @param hiddenVisits the visits in counts not shown
 * @param partners partners with at least threshold visits sent
 * @param partnersWithoutShare of those, the ones whose confirmed share reads "–"
 */
public record InformationLoss(
    long cells,
    long hiddenCells,
    long visits,
    long hiddenVisits,
    long partners,
    long partnersWithoutShare) {

  public static final InformationLoss NONE = new InformationLoss(0, 0, 0, 0, 0, 0);

  public InformationLoss plus(InformationLoss other) {
    return new InformationLoss(
        cells + other.cells,
        hiddenCells + other.hiddenCells,
        visits + other.visits,
        hiddenVisits + other.hiddenVisits,
        partners + other.partners,
        partnersWithoutShare + other.partnersWithoutShare);
  }

  /** The body of one protected table against its raw counts. */
  public static InformationLoss of(long[][] counts, ProtectedTable table) {
    long cells = 0;
    long hiddenCells = 0;
    long visits = 0;
    long hiddenVisits = 0;
    for (int r = 0; r < counts.length; r++) {
      for (int c = 0; c < counts[r].length; c++) {
        long count = counts[r][c];
        if (count > 0) {
          cells++;
          visits += count;
          if (!table.cell(r, c).isShown()) {
            hiddenCells++;
            hiddenVisits += count;
          }
        }
      }
    }
    return new InformationLoss(cells, hiddenCells, visits, hiddenVisits, 0, 0);
  }

  /** Partners: {@code partners} with enough visits sent, {@code withoutShare} of them with "–". */
  public static InformationLoss ofShares(long partners, long withoutShare) {
    return new InformationLoss(0, 0, 0, 0, partners, withoutShare);
  }

  public double hiddenCellShare() {
    return cells == 0 ? 0 : (double) hiddenCells / cells;
  }

  public double hiddenVisitShare() {
    return visits == 0 ? 0 : (double) hiddenVisits / visits;
  }

  public double missingShareShare() {
    return partners == 0 ? 0 : (double) partnersWithoutShare / partners;
  }
}
