package nl.zuil.backend.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random tables, attacked by brute force: no suppressed count can be worked out. */
class SuppressionPropertiesTest {

  @Property(tries = 1000)
  void noSuppressedCountCanBeWorkedOutFromTheTotals(
      @ForAll("tables") long[][] counts,
      @ForAll boolean rowTotals,
      @ForAll @IntRange(min = 3, max = 5) int threshold) {
    ProtectedTable table =
        new Suppression(threshold).protect(new Suppression.Counts(counts, rowTotals));

    assertThat(Attacker.disclosed(counts, table, threshold)).isEmpty();
  }

  @Property(tries = 400)
  void smallCountsAndOnlyTheirRowsAndColumnsReadLessThanTheThreshold(
      @ForAll("tables") long[][] counts,
      @ForAll boolean rowTotals,
      @ForAll @IntRange(min = 3, max = 5) int threshold) {
    ProtectedTable table =
        new Suppression(threshold).protect(new Suppression.Counts(counts, rowTotals));
    long grand = java.util.Arrays.stream(counts).flatMapToLong(java.util.Arrays::stream).sum();
    Assume.that(!table.withheld());

    for (int r = 0; r < table.rows(); r++) {
      for (int c = 0; c < table.columns(); c++) {
        long count = counts[r][c];
        long rowTotal = java.util.Arrays.stream(counts[r]).sum();
        long columnTotal = 0;
        for (long[] row : counts) {
          columnTotal += row[c];
        }
        boolean smallLine =
            table.columns() > 1
                && (small(columnTotal, threshold)
                    || (table.hasRowTotals() && small(rowTotal, threshold)))
                && columnTotal > 0
                && (!table.hasRowTotals() || rowTotal > 0);
        assertThat(table.cell(r, c).visibility() == Visibility.SMALL)
            .as("cell %d,%d = %d", r, c, count)
            .isEqualTo(small(count, threshold) || smallLine || small(grand, threshold));
      }
    }
  }

  @Property(tries = 1000)
  void aTableWhoseRowTotalsArePublishedElsewhereKeepsThemShownAndItsSecretsHidden(
      @ForAll("tables") long[][] counts, @ForAll @IntRange(min = 3, max = 5) int threshold) {
    ProtectedTable table =
        new Suppression(threshold)
            .protectWithKnownRowTotals(Suppression.Counts.withRowTotals(counts));

    assertThat(Attacker.disclosed(counts, table, threshold)).isEmpty();
    Assume.that(!table.withheld() && table.hasRowTotals());
    for (int r = 0; r < table.rows(); r++) {
      assertThat(table.rowTotal(r).visibility()).isNotEqualTo(Visibility.HIDDEN);
    }
    assertThat(table.total().visibility()).isNotEqualTo(Visibility.HIDDEN);
  }

  private static boolean small(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  @Property(tries = 200)
  void tablesSharingATotalShowItAlikeAndEachKeepsItsSecrets(
      @ForAll("tables") long[][] byTwo,
      @ForAll boolean rowTotals,
      @ForAll @IntRange(min = 3, max = 5) int threshold) {
    // The same visits along another dimension: the row totals as a one-column table.
    long[][] byOne = new long[byTwo.length][1];
    for (int r = 0; r < byTwo.length; r++) {
      for (long count : byTwo[r]) {
        byOne[r][0] += count;
      }
    }

    List<ProtectedTable> tables =
        new Suppression(threshold)
            .protectSharingTotal(
                List.of(
                    new Suppression.Counts(byTwo, rowTotals),
                    Suppression.Counts.withRowTotals(byOne)));

    assertThat(tables.get(0).total()).isEqualTo(tables.get(1).total());
    assertThat(Attacker.disclosed(List.of(byTwo, byOne), tables, threshold)).isEmpty();
  }

  @Provide
  Arbitrary<long[][]> tables() {
    Arbitrary<Long> count =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 4)),
            net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 16)));
    return Combinators.combine(
            Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4))
        .flatAs(
            (rows, columns) ->
                count
                    .list()
                    .ofSize(rows * columns)
                    .map(
                        values -> {
                          List<Long> all = new ArrayList<>(values);
                          long[][] table = new long[rows][columns];
                          for (int r = 0; r < rows; r++) {
                            for (int c = 0; c < columns; c++) {
                              table[r][c] = all.get(r * columns + c);
                            }
                          }
                          return table;
                        }));
  }
}
