package nl.zuil.backend.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Creates a staff account, or resets its role and password. The password is read from a file or
 * from standard input, never from the command line, where other users and the shell history would
 * see it.
 */
@Command(
    name = "add-user",
    description =
        "Create a staff account (or reset its role and password). The password is read from"
            + " --password-file or from standard input (first line).")
public final class AddUserCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true, description = "The region the account belongs to")
  String region;

  @Option(
      names = "--role",
      required = true,
      description = "region-staff (all inlooppunten), municipality (its own only), it (kiosks)")
  String role;

  @Option(names = "--municipality", description = "For --role municipality: which one")
  String municipality;

  @Option(names = "--username", required = true)
  String username;

  @Option(names = "--password-file", description = "File whose first line is the password")
  Path passwordFile;

  @Override
  public Integer call() throws Exception {
    Role parsed =
        Role.of(role)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "--role must be region-staff, municipality or it"));
    char[] password = readPassword();
    Backend backend = database.open();
    StaffUser user;
    try {
      user =
          backend
              .staff()
              .save(username, region, parsed, Optional.ofNullable(municipality), password);
      backend.audit().record(Actor.commandLine(region), AuditAction.ACCOUNT_SAVED, user.username());
    } finally {
      Arrays.fill(password, '\0');
      backend.database().close();
    }
    spec.commandLine()
        .getOut()
        .printf(
            "account %s saved: %s of %s%s%n",
            user.username(),
            user.role().code(),
            user.regionCode(),
            user.municipality().map(m -> " (" + m + ")").orElse(""));
    return 0;
  }

  private char[] readPassword() throws IOException {
    String line;
    if (passwordFile != null) {
      line =
          Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    } else {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      line = Optional.ofNullable(in.readLine()).orElse("");
    }
    return line.toCharArray();
  }
}
