package nl.zuil.provisioning.doctor;

import java.util.List;
import java.util.Optional;
import nl.zuil.provisioning.install.KioskServices;

/** Whether systemd runs the kiosk and the agent. */
final class ServicesCheck implements Check {

  static final String NAME = "services";

  @Override
  public List<Finding> run(DoctorContext context) {
    Optional<Boolean> kiosk = context.unitActive(KioskServices.KIOSK_UNIT);
    Optional<Boolean> agent = context.unitActive(KioskServices.AGENT_UNIT);
    if (kiosk.isEmpty() || agent.isEmpty()) {
      return List.of(
          Finding.warn(
              NAME,
              "cannot tell whether the kiosk and the agent run (no answer from systemctl)",
              "On a kiosk, run doctor on the machine itself as root"));
    }
    if (kiosk.get() && agent.get()) {
      return List.of(
          Finding.ok(NAME, KioskServices.KIOSK_UNIT + " and " + KioskServices.AGENT_UNIT + " run"));
    }
    String stopped =
        (!kiosk.get() ? KioskServices.KIOSK_UNIT + " " : "")
            + (!agent.get() ? KioskServices.AGENT_UNIT : "");
    return List.of(
        Finding.fail(
            NAME,
            "not running: " + stopped.strip(),
            "Start it: systemctl start "
                + stopped.strip()
                + "; if it stops again, see /var/log/zuil/ or systemctl status"));
  }
}
