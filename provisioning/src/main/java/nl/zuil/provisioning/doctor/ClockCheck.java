package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.zuil.provisioning.host.Host;

/**
 * Whether the clock is synchronised (systemd-timesyncd or another NTP client, as timedatectl
 * reports it). Visits are counted per hour of the kiosk's clock: a wrong clock puts them in wrong
 * hours, or in the future, where the region refuses them.
 */
final class ClockCheck implements Check {

  static final String NAME = "clock";

  @Override
  public List<Finding> run(DoctorContext context) {
    Optional<Host.ProgramOutput> answer;
    try {
      answer = context.host().query("timedatectl", "show", "--property=NTPSynchronized", "--value");
    } catch (IOException e) {
      answer = Optional.empty();
    }
    if (answer.isEmpty() || answer.get().exitCode() != 0) {
      return List.of(
          Finding.warn(
              NAME,
              "cannot tell whether the clock is synchronised (timedatectl "
                  + (answer.isEmpty() ? "is not installed" : "did not answer")
                  + ")",
              "Make sure an NTP client runs: timedatectl set-ntp true"));
    }
    String value = answer.get().text().strip();
    if (value.equals("yes")) {
      return List.of(Finding.ok(NAME, "synchronised (NTP)"));
    }
    return List.of(
        Finding.warn(
            NAME,
            "not synchronised: visits may be counted in the wrong hour",
            "Turn on time synchronisation (timedatectl set-ntp true) and allow NTP through the"
                + " firewall"));
  }
}
