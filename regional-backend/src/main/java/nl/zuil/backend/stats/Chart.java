package nl.zuil.backend.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One chart of the dashboard with the table behind it. The series hold only publishable numbers
 * (null where a figure is suppressed) and the text shown for each point. Jackson writes it as the
 * JSON the page's script draws ({@code /api/stats/<id>}).
 *
 * @param id stable name used in URLs: {@code /api/stats/<id>}, {@code /export/<id>.csv}
 * @param notes what a reader must know to read it right (denominators, suppression)
 * @param partial the indexes of categories that cover only part of a week or month (cut by the
 *     period, or not over yet): their counts are not comparable with whole ones, so the chart marks
 *     them (decision 0705)
 */
public record Chart(
    String id,
    String title,
    Kind kind,
    String unit,
    List<String> categories,
    List<Series> series,
    DisplayTable table,
    List<String> notes,
    List<Integer> partial) {

  public Chart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    notes = List.copyOf(notes);
    partial = List.copyOf(partial);
  }

  /** A chart whose categories are all whole. */
  public Chart(
      String id,
      String title,
      Kind kind,
      String unit,
      List<String> categories,
      List<Series> series,
      DisplayTable table,
      List<String> notes) {
    this(id, title, kind, unit, categories, series, table, notes, List.of());
  }

  public enum Kind {
    @JsonProperty("line")
    LINE,
    @JsonProperty("bar")
    BAR,
    @JsonProperty("stacked_bar")
    STACKED_BAR,
    @JsonProperty("heatmap")
    HEATMAP
  }

  /** One line or bar series; {@code values[i]} is null where a figure may not be shown. */
  public record Series(String name, List<Double> values, List<String> texts) {
    public Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
      texts = List.copyOf(texts);
    }
  }
}
