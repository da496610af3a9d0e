package nl.zuil.backend.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private final Suppression suppression = new Suppression(5);

  @Test
  void showsASmallCountAsLessThanTheThresholdAndHidesTheNextSmallestToo() {
    ProtectedTable table = suppression.protect(one(column(40, 3, 12, 25)));

    assertThat(texts(table)).containsExactly("40", "< 5", "x", "25");
    assertThat(suppression.text(table.total())).isEqualTo("80");
    assertThat(Attacker.disclosed(column(40, 3, 12, 25), table, 5)).isEmpty();
  }

  @Test
  void zeroIsShownBecauseItDescribesNobody() {
    ProtectedTable table = suppression.protect(one(column(0, 20, 30)));

    assertThat(texts(table)).containsExactly("0", "20", "30");
  }

  @Test
  void aComplementThatSitsAtTheThresholdCannotHideAOne() {
    // Hiding the 5 would not do: "x" means at least 5, so the 1 could not be anything else.
    long[][] counts = column(1, 5, 9);
    ProtectedTable table = suppression.protect(Suppression.Counts.withRowTotals(counts));

    assertThat(texts(table)).containsExactly("< 5", "5", "x");
    assertThat(Attacker.disclosed(counts, table, 5)).isEmpty();
  }

  @Test
  void inATableWithBothTotalsHidesARectangleAroundTheSmallCount() {
    long[][] counts = {
      {30, 2, 18},
      {25, 14, 40},
      {50, 60, 70}
    };

    ProtectedTable table = suppression.protect(Suppression.Counts.withRowTotals(counts));

    assertThat(table.cell(0, 1).visibility()).isEqualTo(Visibility.SMALL);
    assertThat(table.total().value()).hasValue(309);
    assertThat(Attacker.disclosed(counts, table, 5)).isEmpty();
    long hidden = 0;
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        hidden += table.cell(r, c).isShown() ? 0 : 1;
      }
    }
    assertThat(hidden).isEqualTo(4);
  }

  @Test
  void whenTheWholeTableIsSmallEvenItsZerosReadLessThanTheThreshold() {
    ProtectedTable table = suppression.protect(one(column(1, 0, 1)));

    assertThat(texts(table)).containsExactly("< 5", "< 5", "< 5");
    assertThat(suppression.text(table.total())).isEqualTo("< 5");
  }

  @Test
  void tablesSharingATotalHideItEverywhereWhenOneOfThemNeedsIt() {
    // Questions 1 + 5 = 6: the question table can only protect the 1 by hiding the total; had the
    // outcome table shown 6, the 1 would be back.
    long[][] questions = column(1, 5);
    long[][] outcomes = column(6, 0);

    List<ProtectedTable> tables =
        suppression.protectSharingTotal(List.of(one(questions), one(outcomes)));

    assertThat(tables).allSatisfy(t -> assertThat(t.total().isShown()).isFalse());
    assertThat(Attacker.disclosed(questions, tables.get(0), 5)).isEmpty();
    assertThat(suppression.text(tables.get(1).cell(0, 0))).isEqualTo("x");
  }

  @Test
  void anEmptyTableHasATotalOfZero() {
    ProtectedTable table = suppression.protect(Suppression.Counts.withRowTotals(new long[0][0]));

    assertThat(table.total().value()).hasValue(0);
  }

  static Suppression.Counts one(long[][] column) {
    return Suppression.Counts.withRowTotals(column);
  }

  static long[][] column(long... counts) {
    long[][] table = new long[counts.length][1];
    for (int i = 0; i < counts.length; i++) {
      table[i][0] = counts[i];
    }
    return table;
  }

  private List<String> texts(ProtectedTable table) {
    return java.util.stream.IntStream.range(0, table.rows())
        .mapToObj(r -> suppression.text(table.cell(r, 0)))
        .toList();
  }
}
