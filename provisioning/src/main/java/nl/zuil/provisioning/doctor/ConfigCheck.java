package nl.zuil.provisioning.doctor;

import java.util.List;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;

/** The kiosk's config, read by the kiosk app's own loader. */
final class ConfigCheck implements Check {

  static final String NAME = "kiosk config";

  @Override
  public List<Finding> run(DoctorContext context) {
    Loaded<KioskConfig> kiosk = context.kiosk();
    if (!kiosk.present()) {
      return List.of(
          Finding.fail(
              NAME,
              kiosk.problem(),
              "Correct the named fields, or run zuil-provision init again with the right options"));
    }
    KioskConfig config = kiosk.get();
    return List.of(
        Finding.ok(
            NAME,
            "valid: kiosk "
                + config.kioskCode()
                + " at "
                + config.locationCode()
                + ", hardware profile "
                + config.printer().profile()));
  }
}
