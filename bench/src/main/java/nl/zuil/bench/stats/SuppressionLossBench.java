package nl.zuil.bench.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Cube;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.InformationLoss;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.ProtectedTable;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.store.Database;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.bench.MovableClock;
import nl.zuil.bench.Report;
import nl.zuil.catalogue.Codes;

/**
 * What small-cell suppression hides of the outcome and referral figures (decision 0706), over the
 * demo data as {@code ./zuil demo} makes it (6 inlooppunten, 120 days up to 7 December 2026, seed
 * 2026): every ISO week and calendar month in it, for all inlooppunten together and for each alone.
 * Printed for the rule the dashboard uses and, computed in the same run from the same buckets, for
 * the rule before 0706 ({@link #oldRule}, kept here only as the reference): the outcome table split
 * by whether the referral was confirmed, the confirmed share worked out from those split cells.
 *
 * <p>Lines, for all those dashboards and then for the region's months alone (the monthly report's
 * view): the share of counts of one or more that are not shown ("&lt; 5" or "x"), the share of
 * visits in them, and the share of partners with at least 5 visits sent whose confirmed share reads
 * "–".
 */
public final class SuppressionLossBench {

  private static final String REGION = "voorbeeldregio";
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final int DAYS = 120;
  private static final int THRESHOLD = Suppression.DEFAULT_THRESHOLD;

  private SuppressionLossBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("zuil-suppression-bench");
    try (Database database =
        Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null)) {
      run(Backend.over(database, new MovableClock(TODAY + "T12:00")));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static void run(Backend backend) {
    new DemoData(backend, 2026).write(REGION, 6, TODAY.minusDays(DAYS - 1L), TODAY);
    List<Location> all = backend.regions().locations(REGION);
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(REGION));
    Suppression suppression = new Suppression(THRESHOLD);
    DashboardBuilder builder =
        new DashboardBuilder(suppression, Messages.in(Language.DUTCH), labels);
    List<List<Location>> selections = new ArrayList<>();
    selections.add(all);
    all.forEach(location -> selections.add(List.of(location)));
    InformationLoss now = InformationLoss.NONE;
    InformationLoss before = InformationLoss.NONE;
    InformationLoss nowMonths = InformationLoss.NONE;
    InformationLoss beforeMonths = InformationLoss.NONE;
    int dashboards = 0;
    for (Period period : periods()) {
      for (List<Location> locations : selections) {
        Cube cube =
            backend
                .stats()
                .cube(
                    new StatsQuery(
                        REGION,
                        period,
                        locations.stream().map(Location::code).toList(),
                        Optional.empty(),
                        labels.selfServiceOutcomes()));
        InformationLoss current = builder.informationLoss(period, TODAY, locations, cube);
        InformationLoss old = oldRule(suppression, labels, cube);
        now = now.plus(current);
        before = before.plus(old);
        if (period.kind() == Period.Kind.MONTH && locations.size() > 1) {
          nowMonths = nowMonths.plus(current);
          beforeMonths = beforeMonths.plus(old);
        }
        dashboards++;
      }
    }
    Report.line("suppression_loss_dashboards", dashboards, "dashboards");
    print("before_0706", before);
    print("now", now);
    // The monthly report's view: a calendar month of the whole region.
    print("before_0706_region_months", beforeMonths);
    print("now_region_months", nowMonths);
  }

  private static void print(String rule, InformationLoss loss) {
    Report.line(
        "suppression_loss_" + rule + "_outcome_cells_hidden", 100 * loss.hiddenCellShare(), "%");
    Report.line(
        "suppression_loss_" + rule + "_outcome_visits_hidden", 100 * loss.hiddenVisitShare(), "%");
    Report.line(
        "suppression_loss_" + rule + "_partner_shares_missing",
        100 * loss.missingShareShare(),
        "%");
  }

  /** Every ISO week and every calendar month that overlaps the demo's days. */
  private static List<Period> periods() {
    Set<Period> periods = new LinkedHashSet<>();
    for (LocalDate day = TODAY.minusDays(DAYS - 1L); !day.isAfter(TODAY); day = day.plusDays(1)) {
      periods.add(Period.week(day));
      periods.add(Period.month(day));
    }
    return List.copyOf(periods);
  }

  /**
   * The rule before decision 0706: outcomes that take a partner split into "arrival confirmed" and
   * "not (yet) confirmed" rows of the one outcome x partner table, protected with the question and
   * situation tables that share its total; a partner's confirmed share only when every confirmed
   * cell in its column and its total are shown.
   */
  private static InformationLoss oldRule(
      Suppression suppression, CatalogueLabels labels, Cube cube) {
    Set<String> outcomeSet = new LinkedHashSet<>(labels.outcomes());
    Set<String> partnerSet = new LinkedHashSet<>(labels.partners());
    Set<String> questionSet = new LinkedHashSet<>(labels.questions());
    Set<String> situationSet = new LinkedHashSet<>(labels.situations());
    for (Cube.Combination combination : cube.byCombination()) {
      questionSet.add(combination.question());
      addUnlessNone(situationSet, combination.situation());
      addUnlessNone(outcomeSet, combination.outcome());
      addUnlessNone(partnerSet, combination.partner());
    }
    situationSet.add(Codes.NONE);
    partnerSet.add(Codes.NONE);
    List<String> rows = new ArrayList<>();
    List<Boolean> confirmedRow = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (String outcome : outcomeSet) {
      firstRow.put(outcome, rows.size());
      rows.add(outcome);
      confirmedRow.add(labels.takesPartner(outcome));
      if (labels.takesPartner(outcome)) {
        rows.add(outcome);
        confirmedRow.add(false);
      }
    }
    firstRow.put(Codes.NONE, rows.size());
    rows.add(Codes.NONE);
    confirmedRow.add(false);
    List<String> partners = List.copyOf(partnerSet);
    List<String> questions = List.copyOf(questionSet);
    List<String> situations = List.copyOf(situationSet);
    long[][] outcomes = new long[rows.size()][partners.size()];
    long[][] byQuestion = new long[questions.size()][1];
    long[][] bySituation = new long[situations.size()][1];
    for (Cube.Combination combination : cube.byCombination()) {
      int row = firstRow.get(combination.outcome());
      int column = partners.indexOf(combination.partner());
      if (labels.takesPartner(combination.outcome())) {
        outcomes[row][column] += combination.confirmedReferrals();
        outcomes[row + 1][column] += combination.visits() - combination.confirmedReferrals();
      } else {
        outcomes[row][column] += combination.visits();
      }
      byQuestion[questions.indexOf(combination.question())][0] += combination.visits();
      bySituation[situations.indexOf(combination.situation())][0] += combination.visits();
    }
    List<ProtectedTable> published =
        suppression.protectSharingTotal(
            List.of(
                Suppression.Counts.withRowTotals(byQuestion),
                Suppression.Counts.withRowTotals(bySituation),
                Suppression.Counts.withRowTotals(outcomes)));
    ProtectedTable table = published.get(2);
    long withShare = 0;
    long eligible = 0;
    for (int c = 0; c < partners.size(); c++) {
      long sent = 0;
      for (long[] row : outcomes) {
        sent += row[c];
      }
      if (partners.get(c).equals(Codes.NONE) || sent < THRESHOLD) {
        continue;
      }
      eligible++;
      boolean shown = table.columnTotal(c).isShown();
      for (int r = 0; r < rows.size(); r++) {
        if (confirmedRow.get(r) && labels.takesPartner(rows.get(r))) {
          shown &= table.cell(r, c).isShown();
        }
      }
      withShare += shown ? 1 : 0;
    }
    return InformationLoss.of(outcomes, table)
        .plus(InformationLoss.ofShares(eligible, eligible - withShare));
  }

  private static void addUnlessNone(Set<String> codes, String code) {
    if (!code.equals(Codes.NONE)) {
      codes.add(code);
    }
  }
}
