package nl.zuil.provisioning.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.FileChanges.Planned;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.host.SystemCommands;

/** How the commands tell the operator what they changed, the same way everywhere. */
final class Report {

  private Report() {}

  static void files(PrintWriter out, FileChanges changes) {
    for (Planned change : changes.planned()) {
      String verb = changes.isDryRun() ? "would be " + change.describe() : change.describe();
      if (changes.isDryRun() && change.kind() == FileChanges.Kind.UNCHANGED) {
        verb = "unchanged";
      }
      out.printf("%-9s %s%s%n", verb, change.path(), details(change));
      if (changes.isDryRun()
          && change.content() != null
          && change.kind() != FileChanges.Kind.UNCHANGED) {
        for (String line : new String(change.content(), StandardCharsets.UTF_8).split("\n", -1)) {
          out.println("    | " + line);
        }
      }
    }
  }

  static void commands(PrintWriter out, SystemCommands commands, boolean ran) {
    if (commands.isEmpty()) {
      return;
    }
    out.println(
        ran
            ? "ran:"
            : "to run as root on the kiosk (not run: "
                + (commands.willRun() ? "dry run" : "not root on /")
                + "):");
    for (String command : commands.describe()) {
      out.println("  " + command);
    }
  }

  static void ownersNote(PrintWriter out, Host host) {
    if (!host.isReal()) {
      out.println("owners are recorded above, not applied: not running as root on /");
    }
  }

  static void summary(PrintWriter out, FileChanges changes, String whatChanged) {
    out.println(
        changes.changedAnything()
            ? whatChanged
            : "nothing changed: everything was already as asked");
  }

  static void rolledBack(PrintWriter err, List<String> problems) {
    if (problems.isEmpty()) {
      err.println("nothing was changed: what this run had written was undone");
    } else {
      err.println("could not undo everything this run wrote:");
      problems.forEach(problem -> err.println("  " + problem));
    }
  }

  /**
   * A kiosk set up before decision 0805 has its catalogue in /etc/zuil, where the agent cannot
   * write. The running kiosk and the agent's unit both still name the old place until restarted.
   */
  static void catalogueMoved(PrintWriter out, Layout layout, Path from) {
    String old = "/" + layout.root().relativize(from);
    out.printf(
        "the catalogue moved from %s to %s, where the sync agent keeps it current. Next: run"
            + " zuil-provision install (the agent's service may then write there; it restarts the"
            + " kiosk and the agent). %s is not read after that and may be removed%n",
        old, Layout.CATALOGUE, old);
  }

  private static String details(Planned change) {
    return " (" + change.mode() + " " + change.owner() + ")";
  }
}
