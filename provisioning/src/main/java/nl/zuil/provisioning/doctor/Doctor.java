package nl.zuil.provisioning.doctor;

import java.util.ArrayList;
import java.util.List;

/** Runs every check in an order where each line builds on the ones above it. */
public final class Doctor {

  private static final List<Check> CHECKS =
      List.of(
          new ConfigCheck(),
          new PrinterCheck(),
          new LedgerCheck(),
          new DiskCheck(),
          new ClockCheck(),
          new ScreenCheck(),
          new EnrolmentCheck(),
          new BackendCheck(),
          new CertificateCheck(),
          new CatalogueCheck(),
          new ServicesCheck(),
          new AgentHealthCheck());

  private Doctor() {}

  public static List<Finding> examine(DoctorContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Check check : CHECKS) {
      findings.addAll(check.run(context));
    }
    return findings;
  }

  /** 0 when everything is OK, 1 with a warning, 2 with a failure. */
  public static int exitCode(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.status() == Status.FAIL)) {
      return 2;
    }
    return findings.stream().anyMatch(f -> f.status() == Status.WARN) ? 1 : 0;
  }
}
