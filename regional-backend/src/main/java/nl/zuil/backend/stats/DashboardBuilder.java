package nl.zuil.backend.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.Codes;

/**
 * Builds a {@link Dashboard} from the raw sums of a {@link Cube}. All count tables go through one
 * call of {@link Suppression#protectSharingTotal}; every other figure (shares, rates) is computed
 * from figures that are shown, so nothing published rests on a suppressed count.
 *
 * <p>No count is published twice: the visits-over-time table has no per-period totals, and the
 * hour-by-weekday table is left out for a period of a week or less, whose days would repeat its
 * weekday totals.
 */
public final class DashboardBuilder {

  private static final String NONE = Codes.NONE;

  private final Suppression suppression;
  private final Messages text;
  private final String language;
  private final CatalogueLabels labels;
  private final Figures figures;

  public DashboardBuilder(Suppression suppression, Messages text, CatalogueLabels labels) {
    this.suppression = suppression;
    this.text = text;
    this.language = text.language().code();
    this.labels = labels;
    this.figures = new Figures(suppression, text.language());
  }

  /**
   * @param today steps of the visits-over-time chart that start later are left out (nothing can
   *     have happened there yet), unless a kiosk with a clock ahead already counted something
   * @param locations the inlooppunten selected, in the order the page lists them
   */
  public Dashboard build(Period period, LocalDate today, List<Location> locations, Cube cube) {
    CountTables counts = new CountTables(labels, period, today, locations, cube);
    List<Suppression.Counts> tables = new ArrayList<>();
    tables.add(Suppression.Counts.withoutRowTotals(counts.visits));
    tables.add(Suppression.Counts.withRowTotals(counts.questions));
    tables.add(Suppression.Counts.withRowTotals(counts.situations));
    tables.add(Suppression.Counts.withRowTotals(counts.outcomes));
    boolean heatmap = period.step() != SeriesStep.DAY;
    if (heatmap) {
      tables.add(Suppression.Counts.withRowTotals(counts.heat));
    }
    List<ProtectedTable> published = suppression.protectSharingTotal(tables);
    ProtectedTable visits = published.get(0);
    ProtectedTable questions = published.get(1);
    ProtectedTable situations = published.get(2);
    ProtectedTable outcomes = published.get(3);
    Cell total = questions.total();

    List<Chart> charts = new ArrayList<>();
    charts.add(visitsChart(period, today, counts, visits));
    charts.add(questionsChart(counts, questions));
    charts.add(reachChart(counts, situations, questions));
    charts.add(outcomesChart(counts, outcomes));
    charts.add(referralsChart(counts, outcomes));
    charts.add(waitingChart(locations, cube));
    if (heatmap) {
      charts.add(heatmapChart(counts, published.get(4)));
    }
    // Both break down only part of the visits, so each is protected with a total of its own
    // (decision 1052).
    charts.add(
        referralQuestionsChart(
            counts,
            suppression.protect(Suppression.Counts.withRowTotals(counts.referralsByQuestion))));
    charts.add(
        selfServiceChart(
            counts, suppression.protect(Suppression.Counts.withRowTotals(counts.selfService))));
    List<Dashboard.Headline> headlines = new ArrayList<>();
    headlines.add(
        new Dashboard.Headline(
            "visits", text.get("headline.visits"), figures.count(total), period(period)));
    headlines.add(
        new Dashboard.Headline(
            "locations",
            text.get("headline.locations"),
            new Figure(
                Figure.Kind.COUNT,
                java.util.OptionalDouble.of(locations.size()),
                Integer.toString(locations.size())),
            ""));
    Optional<Long> answered = answered(situations, counts);
    headlines.add(
        new Dashboard.Headline(
            "answered",
            text.get("headline.answered"),
            answered.isPresent() && total.isShown() && total.value().getAsLong() > 0
                ? figures.share(answered.get(), total.value().getAsLong())
                : figures.missing(),
            text.get("headline.answered.hint")));
    headlines.add(
        new Dashboard.Headline(
            "confirmed",
            text.get("headline.confirmed"),
            overallConfirmedRate(counts, outcomes),
            text.get("headline.confirmed.hint")));
    headlines.add(
        new Dashboard.Headline(
            "wait",
            text.get("headline.wait"),
            waitingFigure(allWaiting(cube), 0.5),
            text.get("headline.wait.hint")));
    return new Dashboard(
        period,
        locations,
        suppression.threshold(),
        total.visibility() == Visibility.SMALL,
        headlines,
        charts);
  }

  // ---- visits over time -------------------------------------------------------------------

  private Chart visitsChart(
      Period period, LocalDate today, CountTables counts, ProtectedTable table) {
    List<String> categories = new ArrayList<>();
    for (LocalDate start : counts.steps) {
      categories.add(stepLabel(period, today, start));
    }
    List<String> names = counts.locations.stream().map(Location::name).toList();
    List<Chart.Series> series = seriesPerColumn(names, table);
    List<String> header = new ArrayList<>();
    header.add(text.get("step." + period.step().name().toLowerCase(java.util.Locale.ROOT)));
    header.addAll(names);
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      List<Figure> row = new ArrayList<>();
      row.add(Figure.label(categories.get(r)));
      for (int c = 0; c < table.columns(); c++) {
        row.add(figures.count(table.cell(r, c)));
      }
      rows.add(new DisplayTable.Row(row, false));
    }
    List<Figure> totals = new ArrayList<>();
    totals.add(Figure.label(text.get("table.total")));
    for (int c = 0; c < table.columns(); c++) {
      totals.add(figures.count(table.columnTotal(c)));
    }
    rows.add(new DisplayTable.Row(totals, true));
    return chart(
        "visits",
        text.get("chart.visits"),
        Chart.Kind.LINE,
        text.get("unit.visits"),
        categories,
        series,
        new DisplayTable(header, rows),
        table,
        List.of(
            text.get(
                "chart.visits.note",
                text.get("step." + period.step().name().toLowerCase(java.util.Locale.ROOT))
                    .toLowerCase(text.language().locale()))));
  }

  // ---- questions --------------------------------------------------------------------------

  private Chart questionsChart(CountTables counts, ProtectedTable table) {
    List<String> names = new ArrayList<>();
    for (String code : counts.questionCodes) {
      names.add(labels.question(code, language));
    }
    return oneColumnChart(
        "questions",
        text.get("chart.questions"),
        text.get("column.question"),
        names,
        table,
        List.of());
  }

  // ---- klantreis reach --------------------------------------------------------------------

  private Chart reachChart(
      CountTables counts, ProtectedTable situations, ProtectedTable questions) {
    Optional<Long> answered = answered(situations, counts);
    Cell total = situations.total();
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < counts.situationCodes.size(); r++) {
      String code = counts.situationCodes.get(r);
      Cell cell = situations.cell(r, 0);
      boolean none = code.equals(NONE);
      String name = none ? text.get("situation.none") : labels.situation(code, language);
      String journey =
          none
              ? ""
              : labels
                  .journey(code)
                  .map(j -> text.get("journey." + j.name().toLowerCase(java.util.Locale.ROOT)))
                  .orElse(Figures.MISSING);
      Figure share =
          none || answered.isEmpty() || !cell.isShown() || answered.get() == 0
              ? figures.missing()
              : figures.share(cell.value().getAsLong(), answered.get());
      if (!none) {
        categories.add(name);
        values.add(number(share));
        texts.add(share.hasNumber() ? share.text() : suppression.text(cell));
      }
      rows.add(
          new DisplayTable.Row(
              List.of(Figure.label(name), Figure.label(journey), figures.count(cell), share),
              false));
    }
    rows.add(
        new DisplayTable.Row(
            List.of(
                Figure.label(text.get("table.total")),
                Figure.label(""),
                figures.count(total),
                figures.missing()),
            true));
    for (String code : labels.targetGroupQuestions()) {
      int r = counts.questionCodes.indexOf(code);
      if (r < 0) {
        continue;
      }
      Cell cell = questions.cell(r, 0);
      String name = text.get("reach.question", labels.question(code, language));
      Figure share = figures.share(cell, total);
      categories.add(name);
      values.add(number(share));
      texts.add(share.hasNumber() ? share.text() : suppression.text(cell));
      rows.add(
          new DisplayTable.Row(
              List.of(
                  Figure.label(name),
                  Figure.label(text.get("reach.all_visitors")),
                  figures.count(cell),
                  share),
              false));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        answered.isPresent() && !suppression.isSmall(answered.get())
            ? text.get("chart.reach.note", answered.get())
            : text.get("chart.reach.note.unknown"));
    notes.add(text.get("chart.reach.note.questions"));
    return chart(
        "reach",
        text.get("chart.reach"),
        Chart.Kind.BAR,
        "%",
        categories,
        List.of(new Chart.Series(text.get("unit.share"), values, texts)),
        new DisplayTable(
            List.of(
                text.get("column.group"),
                text.get("column.journey"),
                text.get("unit.visits"),
                text.get("unit.share")),
            rows),
        situations,
        notes);
  }

  /**
   * Visitors who answered the situation question: all minus those who did not, known only when both
   * are shown (otherwise it would give the suppressed count away).
   */
  private Optional<Long> answered(ProtectedTable situations, CountTables counts) {
    int none = counts.situationCodes.indexOf(NONE);
    Cell notAnswered = situations.cell(none, 0);
    Cell total = situations.total();
    if (!notAnswered.isShown() || !total.isShown()) {
      return Optional.empty();
    }
    return Optional.of(total.value().getAsLong() - notAnswered.value().getAsLong());
  }

  // ---- outcomes and referrals ---------------------------------------------------------------

  private Chart outcomesChart(CountTables counts, ProtectedTable table) {
    List<String> categories = new ArrayList<>();
    for (CountTables.OutcomeRow row : counts.outcomeRows) {
      categories.add(outcomeLabel(row));
    }
    List<String> partners = partnerNames(counts);
    List<Chart.Series> series = seriesPerColumn(partners, table);
    List<String> header = new ArrayList<>();
    header.add(text.get("column.outcome"));
    header.addAll(partners);
    header.add(text.get("table.total"));
    return chart(
        "outcomes",
        text.get("chart.outcomes"),
        Chart.Kind.STACKED_BAR,
        text.get("unit.visits"),
        categories,
        series,
        new DisplayTable(header, twoWayRows(categories, table)),
        table,
        List.of(text.get("chart.outcomes.note")));
  }

  private String outcomeLabel(CountTables.OutcomeRow row) {
    if (row.code().equals(NONE)) {
      return text.get("outcome.none");
    }
    String name = labels.outcome(row.code(), language);
    if (row.confirmed() == null) {
      return name;
    }
    return text.get(row.confirmed() ? "outcome.confirmed" : "outcome.unconfirmed", name);
  }

  private List<String> partnerNames(CountTables counts) {
    List<String> names = new ArrayList<>();
    for (String code : counts.partnerCodes) {
      names.add(code.equals(NONE) ? text.get("partner.none") : labels.partner(code, language));
    }
    return names;
  }

  /**
   * Per partner: visits sent there (referred or an appointment made), how many of those the gids
   * later confirmed, and the rate. All from cells of the outcome table that are shown.
   */
  private Chart referralsChart(CountTables counts, ProtectedTable outcomes) {
    List<String> partners = partnerNames(counts);
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int c = 0; c < counts.partnerCodes.size(); c++) {
      if (counts.partnerCodes.get(c).equals(NONE)) {
        continue;
      }
      Cell sent = outcomes.columnTotal(c);
      Optional<Long> confirmed = shownSum(counts, outcomes, c);
      Figure rate =
          confirmed.isPresent() && sent.isShown() && sent.value().getAsLong() > 0
              ? figures.share(confirmed.get(), sent.value().getAsLong())
              : figures.missing();
      categories.add(partners.get(c));
      values.add(number(rate));
      texts.add(rate.text());
      rows.add(
          new DisplayTable.Row(
              List.of(
                  Figure.label(partners.get(c)),
                  figures.count(sent),
                  confirmedFigure(confirmed),
                  rate),
              false));
    }
    Optional<Long> sentAll = sentToPartners(counts, outcomes);
    Optional<Long> confirmedAll = confirmedTotal(counts, outcomes);
    rows.add(
        new DisplayTable.Row(
            List.of(
                Figure.label(text.get("table.total")),
                sentAll.map(figures::derivedCount).orElse(figures.missing()),
                confirmedFigure(confirmedAll),
                overallConfirmedRate(counts, outcomes)),
            true));
    return chart(
        "referrals",
        text.get("chart.referrals"),
        Chart.Kind.BAR,
        "%",
        categories,
        List.of(new Chart.Series(text.get("unit.confirmed_share"), values, texts)),
        new DisplayTable(
            List.of(
                text.get("column.partner"),
                text.get("column.sent"),
                text.get("column.confirmed"),
                text.get("unit.confirmed_share")),
            rows),
        outcomes,
        List.of(text.get("chart.referrals.note")));
  }

  private Figure confirmedFigure(Optional<Long> confirmed) {
    return confirmed.map(figures::derivedCount).orElse(figures.missing());
  }

  /** Confirmed referrals to the partner in column {@code c}, if every part is shown. */
  private Optional<Long> shownSum(CountTables counts, ProtectedTable outcomes, int c) {
    long sum = 0;
    for (int r = 0; r < counts.outcomeRows.size(); r++) {
      if (Boolean.TRUE.equals(counts.outcomeRows.get(r).confirmed())) {
        Cell cell = outcomes.cell(r, c);
        if (!cell.isShown()) {
          return Optional.empty();
        }
        sum += cell.value().getAsLong();
      }
    }
    return Optional.of(sum);
  }

  private Optional<Long> confirmedTotal(CountTables counts, ProtectedTable outcomes) {
    long sum = 0;
    for (int r = 0; r < counts.outcomeRows.size(); r++) {
      if (Boolean.TRUE.equals(counts.outcomeRows.get(r).confirmed())) {
        Cell cell = outcomes.rowTotal(r);
        if (!cell.isShown()) {
          return Optional.empty();
        }
        sum += cell.value().getAsLong();
      }
    }
    return Optional.of(sum);
  }

  /** Visits with a partner: everything minus the "no partner" column, when both are shown. */
  private Optional<Long> sentToPartners(CountTables counts, ProtectedTable outcomes) {
    Cell none = outcomes.columnTotal(counts.partnerCodes.indexOf(NONE));
    Cell total = outcomes.total();
    if (!none.isShown() || !total.isShown()) {
      return Optional.empty();
    }
    return Optional.of(total.value().getAsLong() - none.value().getAsLong());
  }

  private Figure overallConfirmedRate(CountTables counts, ProtectedTable outcomes) {
    Optional<Long> sent = sentToPartners(counts, outcomes);
    Optional<Long> confirmed = confirmedTotal(counts, outcomes);
    if (sent.isEmpty() || confirmed.isEmpty() || sent.get() == 0) {
      return figures.missing();
    }
    return figures.share(confirmed.get(), sent.get());
  }

  // ---- waiting times --------------------------------------------------------------------------

  private Chart waitingChart(List<Location> locations, Cube cube) {
    List<String> categories = new ArrayList<>();
    List<Double> medians = new ArrayList<>();
    List<String> medianTexts = new ArrayList<>();
    List<Double> p90s = new ArrayList<>();
    List<String> p90Texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<long[]> bins = new ArrayList<>();
    for (Location location : locations) {
      names.add(location.name());
      bins.add(
          cube.waitingByLocation()
              .getOrDefault(location.code(), new long[WaitingTimes.EDGES.length]));
    }
    names.add(text.get("waiting.all"));
    bins.add(allWaiting(cube));
    for (int i = 0; i < names.size(); i++) {
      Figure median = waitingFigure(bins.get(i), 0.5);
      Figure p90 = waitingFigure(bins.get(i), 0.9);
      categories.add(names.get(i));
      medians.add(number(median));
      medianTexts.add(median.text());
      p90s.add(number(p90));
      p90Texts.add(p90.text());
      rows.add(
          new DisplayTable.Row(
              List.of(Figure.label(names.get(i)), median, p90), i == names.size() - 1));
    }
    return new Chart(
        "waiting",
        text.get("chart.waiting"),
        Chart.Kind.BAR,
        "min",
        categories,
        List.of(
            new Chart.Series(text.get("waiting.median"), medians, medianTexts),
            new Chart.Series(text.get("waiting.p90"), p90s, p90Texts)),
        new DisplayTable(
            List.of(
                text.get("column.location"), text.get("waiting.median"), text.get("waiting.p90")),
            rows),
        List.of(text.get("chart.waiting.note", suppression.threshold())));
  }

  /** A waiting-time quantile, not shown when fewer visits than the threshold had a waiting time. */
  private Figure waitingFigure(long[] bins, double q) {
    if (WaitingTimes.count(bins) < suppression.threshold()) {
      return figures.missing();
    }
    return WaitingTimes.quantile(bins, q).map(figures::minutes).orElse(figures.missing());
  }

  private static long[] allWaiting(Cube cube) {
    long[] all = new long[WaitingTimes.EDGES.length];
    for (long[] bins : cube.waitingByLocation().values()) {
      for (int i = 0; i < all.length; i++) {
        all[i] += bins[i];
      }
    }
    return all;
  }

  // ---- busy hours -----------------------------------------------------------------------------

  private Chart heatmapChart(CountTables counts, ProtectedTable table) {
    List<String> hours = hourLabels(counts.firstHour, counts.lastHour);
    List<String> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(day.getDisplayName(TextStyle.FULL, text.language().locale()));
    }
    List<Chart.Series> series = seriesPerRow(days, table);
    List<String> header = new ArrayList<>();
    header.add(text.get("column.weekday"));
    header.addAll(hours);
    header.add(text.get("table.total"));
    return chart(
        "heatmap",
        text.get("chart.heatmap"),
        Chart.Kind.HEATMAP,
        text.get("unit.visits"),
        hours,
        series,
        new DisplayTable(header, twoWayRows(days, table)),
        table,
        List.of(text.get("chart.heatmap.note")));
  }

  // ---- sociale kaart and unstaffed demand -----------------------------------------------------

  /** Per partner, the visits sent there (referred or an appointment), by question type. */
  private Chart referralQuestionsChart(CountTables counts, ProtectedTable table) {
    List<String> partners = new ArrayList<>();
    for (String code : counts.referralPartnerCodes) {
      partners.add(labels.partner(code, language));
    }
    List<String> questions = new ArrayList<>();
    for (String code : counts.questionCodes) {
      questions.add(labels.question(code, language));
    }
    List<Chart.Series> series = seriesPerColumn(questions, table);
    List<String> header = new ArrayList<>();
    header.add(text.get("column.partner"));
    header.addAll(questions);
    header.add(text.get("table.total"));
    return chart(
        "referral_questions",
        text.get("chart.referral_questions"),
        Chart.Kind.STACKED_BAR,
        text.get("unit.visits"),
        partners,
        series,
        new DisplayTable(header, twoWayRows(partners, table)),
        table,
        List.of(text.get("chart.referral_questions.note")));
  }

  /** Self-service visits (no gids present) per inlooppunt and hour of day. */
  private Chart selfServiceChart(CountTables counts, ProtectedTable table) {
    List<String> hours = hourLabels(counts.selfServiceFirstHour, counts.selfServiceLastHour);
    List<String> names = counts.locations.stream().map(Location::name).toList();
    List<Chart.Series> series = seriesPerRow(names, table);
    List<String> header = new ArrayList<>();
    header.add(text.get("column.location"));
    header.addAll(hours);
    header.add(text.get("table.total"));
    return chart(
        "self_service",
        text.get("chart.self_service"),
        Chart.Kind.HEATMAP,
        text.get("unit.visits"),
        hours,
        series,
        new DisplayTable(header, twoWayRows(names, table)),
        table,
        List.of(text.get("chart.self_service.note")));
  }

  // ---- shared helpers -------------------------------------------------------------------------

  /** One series per column of {@code table}, named by {@code names}, its values down the rows. */
  private List<Chart.Series> seriesPerColumn(List<String> names, ProtectedTable table) {
    List<Chart.Series> series = new ArrayList<>();
    for (int c = 0; c < table.columns(); c++) {
      int column = c;
      series.add(series(names.get(c), table.rows(), r -> table.cell(r, column)));
    }
    return series;
  }

  /** One series per row of {@code table}, named by {@code names}, its values along the columns. */
  private List<Chart.Series> seriesPerRow(List<String> names, ProtectedTable table) {
    List<Chart.Series> series = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      int row = r;
      series.add(series(names.get(r), table.columns(), c -> table.cell(row, c)));
    }
    return series;
  }

  private Chart.Series series(String name, int size, IntFunction<Cell> cell) {
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Figure figure = figures.count(cell.apply(i));
      values.add(number(figure));
      texts.add(figure.text());
    }
    return new Chart.Series(name, values, texts);
  }

  private static List<String> hourLabels(int first, int last) {
    List<String> hours = new ArrayList<>();
    for (int hour = first; hour <= last; hour++) {
      hours.add(String.format("%02d:00", hour));
    }
    return hours;
  }

  private Chart oneColumnChart(
      String id,
      String title,
      String heading,
      List<String> names,
      ProtectedTable table,
      List<String> notes) {
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      Figure figure = figures.count(table.cell(r, 0));
      values.add(number(figure));
      texts.add(figure.text());
      rows.add(new DisplayTable.Row(List.of(Figure.label(names.get(r)), figure), false));
    }
    rows.add(
        new DisplayTable.Row(
            List.of(Figure.label(text.get("table.total")), figures.count(table.total())), true));
    return chart(
        id,
        title,
        Chart.Kind.BAR,
        text.get("unit.visits"),
        names,
        List.of(new Chart.Series(text.get("unit.visits"), values, texts)),
        new DisplayTable(List.of(heading, text.get("unit.visits")), rows),
        table,
        notes);
  }

  /** Rows with their totals, then the row of column totals and the grand total. */
  private List<DisplayTable.Row> twoWayRows(List<String> names, ProtectedTable table) {
    List<DisplayTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      List<Figure> row = new ArrayList<>();
      row.add(Figure.label(names.get(r)));
      for (int c = 0; c < table.columns(); c++) {
        row.add(figures.count(table.cell(r, c)));
      }
      row.add(figures.count(table.rowTotal(r)));
      rows.add(new DisplayTable.Row(row, false));
    }
    List<Figure> totals = new ArrayList<>();
    totals.add(Figure.label(text.get("table.total")));
    for (int c = 0; c < table.columns(); c++) {
      totals.add(figures.count(table.columnTotal(c)));
    }
    totals.add(figures.count(table.total()));
    rows.add(new DisplayTable.Row(totals, true));
    return rows;
  }

  private Chart chart(
      String id,
      String title,
      Chart.Kind kind,
      String unit,
      List<String> categories,
      List<Chart.Series> series,
      DisplayTable table,
      ProtectedTable source,
      List<String> notes) {
    List<String> allNotes = new ArrayList<>(notes);
    if (source.withheld()) {
      allNotes.add(text.get("chart.withheld"));
    }
    return new Chart(id, title, kind, unit, categories, series, table, allNotes);
  }

  private static Double number(Figure figure) {
    return figure.number().isPresent() ? figure.number().getAsDouble() : null;
  }

  private String period(Period period) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", text.language().locale());
    return text.get("period.range", day.format(period.from()), day.format(period.to()));
  }

  /** A week is labelled with the days of it that fall in the period (and have passed). */
  private String stepLabel(Period period, LocalDate today, LocalDate start) {
    java.util.Locale locale = text.language().locale();
    return switch (period.step()) {
      case DAY -> DateTimeFormatter.ofPattern("EEE d MMM", locale).format(start);
      case WEEK -> {
        LocalDate first = start.isBefore(period.from()) ? period.from() : start;
        LocalDate last = start.plusDays(6);
        last = last.isAfter(period.to()) ? period.to() : last;
        last = last.isAfter(today) && !first.isAfter(today) ? today : last;
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        String days =
            first.equals(last)
                ? dayMonth.format(first)
                : first.getMonth() == last.getMonth()
                    ? first.getDayOfMonth() + "–" + dayMonth.format(last)
                    : dayMonth.format(first) + "–" + dayMonth.format(last);
        yield text.get("step.week.label", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), days);
      }
      case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", locale).format(start);
    };
  }
}
