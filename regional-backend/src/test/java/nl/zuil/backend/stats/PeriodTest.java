package nl.zuil.backend.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          2026-11-25, 2026-11-23, 2026-11-29
          2026-11-23, 2026-11-23, 2026-11-29
          2026-11-29, 2026-11-23, 2026-11-29
          2027-01-01, 2026-12-28, 2027-01-03
          """)
  void aWeekRunsFromMondayToSundayAcrossTheTurnOfTheYear(
      LocalDate day, LocalDate monday, LocalDate sunday) {
    Period week = Period.week(day);

    assertThat(week.from()).isEqualTo(monday);
    assertThat(week.to()).isEqualTo(sunday);
  }

  @Test
  void monthsAndQuartersAreCalendarOnes() {
    assertThat(Period.month(LocalDate.of(2028, 2, 10)).to()).isEqualTo("2028-02-29");
    Period quarter = Period.quarter(LocalDate.of(2026, 11, 25));
    assertThat(quarter.from()).isEqualTo("2026-10-01");
    assertThat(quarter.to()).isEqualTo("2026-12-31");
  }

  @Test
  void previousAndNextKeepTheKindAndACustomPeriodItsLength() {
    assertThat(Period.month(LocalDate.of(2026, 1, 15)).previous().from()).isEqualTo("2025-12-01");
    assertThat(Period.week(LocalDate.of(2026, 12, 30)).next().from()).isEqualTo("2027-01-04");
    Period custom = Period.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
    assertThat(custom.next())
        .isEqualTo(Period.custom(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 20)));
  }

  @Test
  void theChartStepsByDayWeekOrMonthAsThePeriodGrows() {
    assertThat(Period.week(LocalDate.of(2026, 11, 25)).step()).isEqualTo(SeriesStep.DAY);
    assertThat(Period.month(LocalDate.of(2026, 11, 25)).step()).isEqualTo(SeriesStep.WEEK);
    assertThat(Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).step())
        .isEqualTo(SeriesStep.MONTH);
    assertThat(SeriesStep.WEEK.starts(Period.month(LocalDate.of(2026, 11, 1))))
        .first()
        .isEqualTo(LocalDate.of(2026, 10, 26));
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsOrSpansMoreThanThreeYears() {
    assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPeriodThatIsNotOverEndsTodayAndIsComparedOverAsManyDays() {
    Period december = Period.month(LocalDate.of(2026, 12, 1));
    LocalDate today = LocalDate.of(2026, 12, 7);

    assertThat(december.ongoing(today)).isTrue();
    assertThat(december.through(today)).isEqualTo("2026-12-07");
    assertThat(december.previousSameDays(today))
        .isEqualTo(
            new Period(Period.Kind.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7)));
    assertThat(december.yearEarlierSameDays(today).from()).isEqualTo("2025-12-01");
    assertThat(december.yearEarlierSameDays(today).to()).isEqualTo("2025-12-07");
    // 31 March is not over by 30 March: February has only 28 days to compare with.
    Period march = Period.month(LocalDate.of(2027, 3, 1));
    assertThat(march.previousSameDays(LocalDate.of(2027, 3, 30)).to()).isEqualTo("2027-02-28");
  }

  @Test
  void aPeriodThatIsOverIsComparedWithTheWholePeriodBefore() {
    Period november = Period.month(LocalDate.of(2026, 11, 1));
    LocalDate today = LocalDate.of(2026, 12, 7);

    assertThat(november.ongoing(today)).isFalse();
    assertThat(november.through(today)).isEqualTo("2026-11-30");
    assertThat(november.previousSameDays(today)).isEqualTo(Period.month(LocalDate.of(2026, 10, 1)));
    // A week a year earlier is 52 weeks back, Monday to Sunday again.
    Period week = Period.week(LocalDate.of(2026, 11, 25));
    assertThat(week.yearEarlierSameDays(today).from()).isEqualTo("2025-11-24");
    assertThat(week.yearEarlierSameDays(today).from().getDayOfWeek())
        .isEqualTo(java.time.DayOfWeek.MONDAY);
  }
}
