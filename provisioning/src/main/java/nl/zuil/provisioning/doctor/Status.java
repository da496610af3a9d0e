package nl.zuil.provisioning.doctor;

/** How a check came out; the worst one decides doctor's exit code. */
public enum Status {
  OK,
  WARN,
  FAIL
}
