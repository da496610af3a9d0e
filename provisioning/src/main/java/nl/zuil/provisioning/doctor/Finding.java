package nl.zuil.provisioning.doctor;

/**
 * One line of doctor's report: {@code OK|WARN|FAIL <check>: <what>. <fix>}.
 *
 * @param what what was found, in words an installer understands
 * @param fix what to do about it; empty for OK
 */
public record Finding(Status status, String check, String what, String fix) {

  public static Finding ok(String check, String what) {
    return new Finding(Status.OK, check, what, "");
  }

  public static Finding warn(String check, String what, String fix) {
    return new Finding(Status.WARN, check, what, fix);
  }

  public static Finding fail(String check, String what, String fix) {
    return new Finding(Status.FAIL, check, what, fix);
  }

  public String line() {
    String text = sentence(what) + (fix.isEmpty() ? "" : " " + sentence(fix));
    return String.format("%-4s  %s: %s", status, check, text);
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }
}
