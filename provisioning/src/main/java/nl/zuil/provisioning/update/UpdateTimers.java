package nl.zuil.provisioning.update;

import java.util.List;

/**
 * The drop-ins that move Debian's apt timers into the maintenance window: {@code apt-daily} fetches
 * the package lists an hour before, {@code apt-daily-upgrade} runs unattended-upgrades at the
 * window's start. Times are Dutch local time whatever the machine's time zone.
 */
public final class UpdateTimers {

  public static final String FETCH =
      "/etc/systemd/system/apt-daily.timer.d/zuil-maintenance-window.conf";
  public static final String INSTALL =
      "/etc/systemd/system/apt-daily-upgrade.timer.d/zuil-maintenance-window.conf";

  /** One drop-in to write. */
  public record DropIn(String path, String content) {}

  private UpdateTimers() {}

  public static List<DropIn> dropIns(MaintenanceWindow window, String why) {
    return List.of(
        new DropIn(FETCH, timer(window.fetch(), "fetches the package lists", why)),
        new DropIn(INSTALL, timer(window.start(), "installs Zuil's updates", why)));
  }

  private static String timer(String at, String what, String why) {
    return "# Written by zuil-provision update-window: "
        + what
        + " at "
        + at
        + " (Europe/Amsterdam),\n# "
        + why
        + " Run update-window again instead of editing this file.\n"
        + "[Timer]\n"
        + "OnCalendar=\n"
        + "OnCalendar=*-*-* "
        + at
        + ":00 Europe/Amsterdam\n"
        + "RandomizedDelaySec="
        + MaintenanceWindow.SPREAD_MINUTES
        + "min\n";
  }
}
