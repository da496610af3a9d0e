package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * Compares the connected display's native mode (the first of its modes in sysfs, as the kernel's
 * DRM driver reads it from the panel) with the screen the kiosk config describes. A panel turned to
 * portrait reports its landscape mode, so either way round matches.
 */
final class ScreenCheck implements Check {

  static final String NAME = "screen";

  /** A connected output and its native mode. */
  record Output(String name, int widthPx, int heightPx) {}

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.kiosk().present() || context.kiosk().get().screen() == null) {
      return List.of(
          Finding.fail(NAME, "cannot check: the kiosk config is missing or invalid", "See above"));
    }
    ScreenGeometry expected = context.kiosk().get().screen();
    List<Output> outputs;
    try {
      outputs = connected(context.path("/sys/class/drm"));
    } catch (IOException e) {
      outputs = List.of();
    }
    String wanted = expected.widthPx() + "x" + expected.heightPx();
    if (outputs.isEmpty()) {
      return List.of(
          Finding.warn(
              NAME,
              "cannot tell: no connected display in /sys/class/drm (the config expects "
                  + wanted
                  + ")",
              "Check the display cable; on a virtual machine this check cannot see the screen"));
    }
    for (Output output : outputs) {
      boolean same =
          output.widthPx() == expected.widthPx() && output.heightPx() == expected.heightPx();
      boolean turned =
          output.widthPx() == expected.heightPx() && output.heightPx() == expected.widthPx();
      if (same || turned) {
        return List.of(
            Finding.ok(
                NAME,
                output.name()
                    + " is "
                    + output.widthPx()
                    + "x"
                    + output.heightPx()
                    + ", as the config expects ("
                    + wanted
                    + (turned ? ", turned" : "")
                    + ")"));
      }
    }
    Output first = outputs.get(0);
    return List.of(
        Finding.fail(
            NAME,
            first.name()
                + " is "
                + first.widthPx()
                + "x"
                + first.heightPx()
                + ", but the config expects "
                + wanted
                + ": touch targets would have the wrong size",
            "Choose the hardware profile of this screen (zuil-provision init --profile), or"
                + " describe the screen in the screen section of the kiosk config"));
  }

  static List<Output> connected(Path drm) throws IOException {
    if (!Files.isDirectory(drm)) {
      return List.of();
    }
    List<Output> outputs = new ArrayList<>();
    try (Stream<Path> entries = Files.list(drm)) {
      for (Path connector : entries.sorted().toList()) {
        Path status = connector.resolve("status");
        Path modes = connector.resolve("modes");
        if (Files.isRegularFile(status)
            && Files.readString(status, StandardCharsets.US_ASCII).strip().equals("connected")
            && Files.isRegularFile(modes)) {
          nativeMode(connector, modes).ifPresent(outputs::add);
        }
      }
    }
    return outputs;
  }

  private static Optional<Output> nativeMode(Path connector, Path modes) throws IOException {
    List<String> lines = Files.readAllLines(modes, StandardCharsets.US_ASCII);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String[] size = lines.get(0).strip().replaceAll("[^0-9x].*$", "").split("x");
    if (size.length != 2) {
      return Optional.empty();
    }
    try {
      String name = connector.getFileName().toString().replaceFirst("^card[0-9]+-", "");
      return Optional.of(new Output(name, Integer.parseInt(size[0]), Integer.parseInt(size[1])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
