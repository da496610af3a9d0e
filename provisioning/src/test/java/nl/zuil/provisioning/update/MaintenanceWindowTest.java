package nl.zuil.provisioning.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.OpeningHours;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

  @Test
  void daytimeGidsHoursLeaveTheNight() {
    OpeningHours library = weekly(Map.of("monday", List.of("09:00-12:30", "13:30-16:30")));

    assertThat(MaintenanceWindow.outside(library)).contains(MaintenanceWindow.NIGHT);
    assertThat(MaintenanceWindow.NIGHT.describe()).isEqualTo("03:00-04:30");
    assertThat(MaintenanceWindow.NIGHT.fetch()).isEqualTo("02:00");
  }

  @Test
  void nightHoursOnAnyDayMoveTheWindowAnHourAwayFromThem() {
    OpeningHours nightShelter = weekly(Map.of("saturday", List.of("02:00-05:00")));

    Optional<MaintenanceWindow> window = MaintenanceWindow.outside(nightShelter);

    assertThat(window.map(MaintenanceWindow::start)).contains("06:00");
  }

  @Test
  void hoursOnOneDateCountAsMuchAsWeeklyOnes() {
    OpeningHours withANightEvent =
        new OpeningHours(
            Map.of(), List.of(new OpeningHours.DateHours("2026-12-31", List.of("20:00-24:00"))));

    assertThat(MaintenanceWindow.outside(withANightEvent).map(MaintenanceWindow::start))
        .contains("03:00");
    OpeningHours untilThree =
        new OpeningHours(
            Map.of(), List.of(new OpeningHours.DateHours("2026-12-31", List.of("00:00-03:00"))));
    assertThat(MaintenanceWindow.outside(untilThree).map(MaintenanceWindow::start))
        .contains("04:00");
  }

  @Test
  void roundTheClockHoursLeaveNoWindow() {
    assertThat(MaintenanceWindow.outside(weekly(Map.of("sunday", List.of("00:00-24:00")))))
        .isEmpty();
  }

  private static OpeningHours weekly(Map<String, List<String>> weekly) {
    return new OpeningHours(weekly, List.of());
  }
}
