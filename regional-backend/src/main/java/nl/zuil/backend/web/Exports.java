package nl.zuil.backend.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.DisplayTable;
import nl.zuil.backend.stats.Figure;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * CSV and XLSX of the tables behind the charts, written from the same {@link DisplayTable}s the
 * page shows: a suppressed figure is "&lt; 5" or "x" in an export exactly as on screen.
 */
final class Exports {

  /** Excel opens UTF-8 only with a byte-order mark, and Dutch Excel splits on semicolons. */
  private static final String BOM = "\uFEFF";

  private static final char SEPARATOR = ';';

  private Exports() {}

  static byte[] csv(DisplayTable table) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, table.header());
    for (DisplayTable.Row row : table.rows()) {
      List<String> fields = new ArrayList<>();
      for (Figure figure : row.figures()) {
        // A change we computed ("+14,2%") is a figure, not a formula: only texts are guarded.
        fields.add(
            figure.kind() == Figure.Kind.PERCENT
                ? quoted(csvText(figure))
                : field(csvText(figure)));
      }
      raw(out, fields);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts as plain digits so spreadsheets read them as numbers; everything else as shown. */
  private static String csvText(Figure figure) {
    if (figure.kind() == Figure.Kind.COUNT && figure.hasNumber()) {
      return Long.toString((long) figure.number().getAsDouble());
    }
    return figure.text();
  }

  private static void line(StringBuilder out, List<String> fields) {
    raw(out, fields.stream().map(Exports::field).toList());
  }

  private static void raw(StringBuilder out, List<String> fields) {
    out.append(String.join(String.valueOf(SEPARATOR), fields)).append("\r\n");
  }

  private static String field(String text) {
    // A name typed by staff that starts like a formula must stay text in a spreadsheet.
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return quoted(safe);
  }

  private static String quoted(String text) {
    if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /**
   * One sheet per chart: its title, what was selected, the table, the chart's notes and the
   * suppression legend.
   */
  static byte[] xlsx(List<Chart> charts, String selection, String legend) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Zuil", "1.0");
      for (Chart chart : charts) {
        sheet(workbook.newWorksheet(sheetName(chart.title())), chart, selection, legend);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void sheet(Worksheet sheet, Chart chart, String selection, String legend) {
    sheet.value(0, 0, chart.title());
    sheet.style(0, 0).bold().set();
    sheet.value(1, 0, selection);
    DisplayTable table = chart.table();
    int top = 3;
    for (int c = 0; c < table.header().size(); c++) {
      sheet.value(top, c, table.header().get(c));
      sheet.style(top, c).bold().set();
    }
    int r = top + 1;
    for (DisplayTable.Row row : table.rows()) {
      for (int c = 0; c < row.figures().size(); c++) {
        Figure figure = row.figures().get(c);
        if (figure.hasNumber()) {
          double number = figure.number().getAsDouble();
          switch (figure.kind()) {
            case PERCENT -> {
              sheet.value(r, c, number / 100.0);
              sheet.style(r, c).format("0.0%").set();
            }
            case MINUTES -> {
              if (figure.text().startsWith("≥")) {
                sheet.value(r, c, figure.text());
              } else {
                sheet.value(r, c, Math.round(number));
              }
            }
            default -> sheet.value(r, c, (long) number);
          }
        } else {
          sheet.value(r, c, figure.text());
        }
        if (row.total()) {
          sheet.style(r, c).bold().set();
        }
      }
      r++;
    }
    r++;
    for (String note : chart.notes()) {
      sheet.value(r++, 0, note);
    }
    sheet.value(r, 0, legend);
    sheet.width(0, 40);
  }

  /** Excel allows 31 characters and none of : \ / ? * [ ]. */
  private static String sheetName(String title) {
    String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
