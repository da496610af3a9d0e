package nl.zuil.provisioning.cli;

import java.nio.file.Path;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.host.Host;
import picocli.CommandLine.Option;

/** {@code --root}: where the kiosk's file tree starts; {@code /} on the kiosk itself. */
public final class RootOption {

  @Option(
      names = "--root",
      paramLabel = "DIR",
      defaultValue = "/",
      description =
          "Work on the kiosk file tree under DIR instead of / (tests, demos, preparing an image)."
              + " Users, owners and systemctl are real only for / as root; otherwise they are"
              + " listed, not applied. Default: ${DEFAULT-VALUE}")
  private Path root;

  public Layout layout() {
    return new Layout(root);
  }

  public Host host() {
    return Host.of(layout());
  }
}
