package nl.zuil.backend.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.OptionalDouble;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.DisplayTable;
import nl.zuil.backend.stats.Figure;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ExportsTest {

  private static final DisplayTable TABLE =
      new DisplayTable(
          List.of("Inlooppunt", "Bezoeken", "Aandeel"),
          List.of(
              new DisplayTable.Row(
                  List.of(
                      Figure.label("=Stadhuis; ingang \"B\""),
                      new Figure(Figure.Kind.COUNT, OptionalDouble.of(12), "12"),
                      new Figure(Figure.Kind.PERCENT, OptionalDouble.of(34.5), "34,5%")),
                  false),
              new DisplayTable.Row(
                  List.of(
                      Figure.label("Bibliotheek"),
                      new Figure(Figure.Kind.COUNT, OptionalDouble.empty(), "< 5"),
                      Figure.none("–")),
                  false),
              new DisplayTable.Row(
                  List.of(
                      Figure.label("Totaal"),
                      new Figure(Figure.Kind.COUNT, OptionalDouble.of(1234), "1234"),
                      Figure.none("–")),
                  true)));

  @Test
  void csvIsTheTableForDutchExcelWithSuppressedFiguresAsShown() {
    String csv = new String(Exports.csv(TABLE), UTF_8);

    assertThat(csv)
        .isEqualTo(
            "\uFEFFInlooppunt;Bezoeken;Aandeel\r\n"
                + "\"'=Stadhuis; ingang \"\"B\"\"\";12;34,5%\r\n"
                + "Bibliotheek;< 5;–\r\n"
                + "Totaal;1234;–\r\n");
  }

  @Test
  void aComputedChangeKeepsItsSignWhileATextThatLooksLikeAFormulaIsGuarded() {
    DisplayTable table =
        new DisplayTable(
            List.of("Periode", "Verschil"),
            List.of(
                new DisplayTable.Row(
                    List.of(
                        Figure.label("+31 periode"),
                        new Figure(Figure.Kind.PERCENT, OptionalDouble.of(14.2), "+14,2%")),
                    false),
                new DisplayTable.Row(
                    List.of(Figure.label("Een jaar eerder"), Figure.noData("geen gegevens")),
                    false)));

    assertThat(new String(Exports.csv(table), UTF_8))
        .isEqualTo(
            "\uFEFFPeriode;Verschil\r\n'+31 periode;+14,2%\r\nEen jaar eerder;geen gegevens\r\n");
  }

  /** The row with spreadsheet number {@code number} (1 is the first). */
  private static Row row(List<Row> rows, int number) {
    return rows.stream().filter(r -> r.getRowNum() == number).findFirst().orElseThrow();
  }

  @Test
  void xlsxHoldsNumbersAsNumbersAndSuppressedFiguresAsText() throws Exception {
    Chart chart =
        new Chart(
            "waiting",
            "Wachttijd",
            Chart.Kind.BAR,
            "min",
            List.of(),
            List.of(),
            TABLE,
            List.of("Een noot."));
    byte[] xlsx =
        Exports.xlsx(List.of(chart), "Werkcentrum Voorbeeldregio", "Aantallen kleiner dan 5 ...");

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Wachttijd");
      assertThat(row(rows, 1).getCell(0).getText()).isEqualTo("Wachttijd");
      assertThat(row(rows, 4).getCell(0).getText()).isEqualTo("Inlooppunt");
      assertThat(row(rows, 5).getCell(1).asNumber()).isEqualByComparingTo("12");
      assertThat(row(rows, 5).getCell(2).asNumber()).isEqualByComparingTo("0.345");
      assertThat(row(rows, 5).getCell(2).getDataFormatString()).isEqualTo("0.0%");
      assertThat(row(rows, 6).getCell(1).getText()).isEqualTo("< 5");
      assertThat(row(rows, 7).getCell(1).asNumber()).isEqualByComparingTo("1234");
      assertThat(StaffClient.workbookText(xlsx))
          .contains("Een noot.")
          .contains("Aantallen kleiner dan 5");
    }
  }
}
