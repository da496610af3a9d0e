package nl.zuil.provisioning.doctor;

import java.util.List;
import nl.zuil.provisioning.region.RegionException;

/**
 * One authenticated call to the region's backend: proves it is reachable, that it is the backend
 * the kiosk trusts, and that the credential is still accepted.
 */
final class BackendCheck implements Check {

  static final String NAME = "backend";

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.credential().present()) {
      return List.of(
          Finding.fail(NAME, "cannot check: the kiosk is not enrolled", "See enrolment above"));
    }
    String url = context.agent().get().backendUrl().toString();
    if (context.region().present()) {
      return List.of(Finding.ok(NAME, "reachable at " + url + ", the credential is accepted"));
    }
    RegionException failure = context.regionFailure().orElse(null);
    if (failure == null) {
      return List.of(Finding.fail(NAME, context.region().problem(), "Check " + url));
    }
    return List.of(
        switch (failure.kind()) {
          case UNREACHABLE ->
              Finding.fail(
                  NAME,
                  "cannot reach " + url + " (" + failure.getMessage() + ")",
                  "Check the network, the firewall (outgoing HTTPS) and that the backend runs");
          case UNTRUSTED ->
              Finding.fail(
                  NAME,
                  url + " is not the backend this kiosk trusts: " + failure.getMessage(),
                  "If the region changed its key, give the kiosk the new one: zuil-provision enrol"
                      + " --backend-url URL --pin NEW-PIN (the credential stays; no code is needed)");
          case UNAUTHORISED ->
              Finding.fail(
                  NAME,
                  "the backend refuses this kiosk's credential (" + failure.getMessage() + ")",
                  "The kiosk was enrolled again elsewhere or revoked: ask for a new code and enrol");
          case REFUSED, BAD_ANSWER ->
              Finding.fail(
                  NAME,
                  url + " answered unexpectedly: " + failure.getMessage(),
                  "Check that the backend runs the same Zuil version");
        });
  }
}
