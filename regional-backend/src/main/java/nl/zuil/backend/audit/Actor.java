package nl.zuil.backend.audit;

import nl.zuil.backend.access.StaffUser;

/**
 * Who did something: a staff account (its name, role and region) or the command line on the
 * backend's host, which has no account and is named {@value #COMMAND_LINE}.
 */
public record Actor(String username, String role, String regionCode) {

  public static final String COMMAND_LINE = "cli";

  public static Actor of(StaffUser user) {
    return new Actor(user.username(), user.role().code(), user.regionCode());
  }

  /** The command line, acting on {@code regionCode}. */
  public static Actor commandLine(String regionCode) {
    return new Actor(COMMAND_LINE, COMMAND_LINE, regionCode);
  }
}
