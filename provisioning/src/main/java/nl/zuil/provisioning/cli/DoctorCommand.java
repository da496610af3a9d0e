package nl.zuil.provisioning.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.zuil.provisioning.doctor.Doctor;
import nl.zuil.provisioning.doctor.DoctorContext;
import nl.zuil.provisioning.doctor.Finding;
import nl.zuil.provisioning.doctor.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks the kiosk and explains: one line per finding, each with what to do about it. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check the kiosk: config, printer and paper, ledger integrity, free disk, clock sync,"
          + " screen, enrolment, backend and credential, certificates, catalogue, services and"
          + " the sync agent. Each line: OK|WARN|FAIL  <check>: <what>. <fix>. Changes nothing"
          + " (except paper, with --test-ticket)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:everything OK", "1:at least one WARN", "2:at least one FAIL"})
public final class DoctorCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Option(
      names = "--test-ticket",
      description =
          "Also print a test ticket (only while the kiosk is stopped: it owns the printer)")
  private boolean testTicket;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> findings =
        Doctor.examine(new DoctorContext(root.host(), Clock.systemUTC(), testTicket));
    findings.forEach(finding -> out.println(finding.line()));
    out.printf(
        "%d OK, %d WARN, %d FAIL%n",
        count(findings, Status.OK), count(findings, Status.WARN), count(findings, Status.FAIL));
    return Doctor.exitCode(findings);
  }

  private static long count(List<Finding> findings, Status status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }
}
