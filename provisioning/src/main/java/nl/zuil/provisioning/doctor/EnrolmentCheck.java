package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.provisioning.kiosk.Accounts;

/** The agent's settings and the credential from enrolment: present, private, for this kiosk. */
final class EnrolmentCheck implements Check {

  static final String NAME = "enrolment";

  @Override
  public List<Finding> run(DoctorContext context) {
    String enrol =
        "Ask IT beheer for an enrolment code, then: zuil-provision enrol --code CODE ...";
    if (!context.agent().present()) {
      return List.of(Finding.fail(NAME, context.agent().problem(), enrol));
    }
    Loaded<Credential> credential = context.credential();
    if (!credential.present()) {
      return List.of(Finding.fail(NAME, credential.problem(), enrol));
    }
    Path file = context.agent().get().credentialFile();
    try {
      PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
      int mode = ((Integer) Files.getAttribute(file, "unix:mode")) & 0777;
      if (mode != 0600) {
        return List.of(
            Finding.fail(
                NAME,
                String.format("the credential %s can be read by others (mode %04o)", file, mode),
                "chmod 600 " + file));
      }
      if (context.host().isReal() && !attributes.owner().getName().equals(Accounts.AGENT_USER)) {
        return List.of(
            Finding.fail(
                NAME,
                "the credential belongs to " + attributes.owner().getName(),
                "chown " + Accounts.AGENT_USER + ":" + Accounts.AGENT_USER + " " + file));
      }
    } catch (IOException e) {
      return List.of(Finding.fail(NAME, "cannot read " + file + ": " + e.getMessage(), enrol));
    }
    Credential secret = credential.get();
    if (context.kiosk().present()) {
      KioskConfig config = context.kiosk().get();
      if (!config.kioskCode().equals(secret.kioskCode())
          || !config.locationCode().equals(secret.locationCode())) {
        return List.of(
            Finding.fail(
                NAME,
                "the credential is for kiosk "
                    + secret.kioskCode()
                    + " at "
                    + secret.locationCode()
                    + ", but this kiosk is "
                    + config.kioskCode()
                    + " at "
                    + config.locationCode(),
                "Enrol again with a code made for this kiosk (remove " + file + " first)"));
      }
    }
    return List.of(
        Finding.ok(
            NAME,
            "enrolled as kiosk "
                + secret.kioskCode()
                + " at "
                + secret.locationCode()
                + " (device "
                + secret.deviceId()
                + "), credential readable by its owner only"));
  }
}
