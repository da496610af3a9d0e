package nl.zuil.provisioning.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.zuil.hardware.profile.HardwareProfile;
import nl.zuil.hardware.profile.UsbId;

/**
 * Picks the hardware profile whose printer is plugged in, by the USB vendor and product id its
 * transport names, from the serial devices in sysfs. A profile with a fixed device path (a built-in
 * serial port) cannot be detected: nothing on such a port says what is attached.
 */
public final class PrinterDetection {

  /** A profile to try, and where it came from (a shipped name or a file). */
  public record Candidate(String source, HardwareProfile profile) {}

  /** A serial device with a USB parent, as sysfs shows it. */
  public record UsbSerialDevice(String tty, UsbId id) {
    @Override
    public String toString() {
      return tty + " (USB " + id + ")";
    }
  }

  /** What was found: the matching candidates and every USB serial device seen. */
  public record Result(List<Candidate> matches, List<UsbSerialDevice> plugged) {}

  private PrinterDetection() {}

  /**
   * @param sysClassTty normally {@code /sys/class/tty}
   */
  public static Result detect(List<Candidate> candidates, Path sysClassTty) throws IOException {
    List<UsbSerialDevice> plugged = plugged(sysClassTty);
    List<Candidate> matches = new ArrayList<>();
    for (Candidate candidate : candidates) {
      UsbId wanted = candidate.profile().printer().transport().usb();
      if (wanted != null && plugged.stream().anyMatch(d -> sameId(d.id(), wanted))) {
        matches.add(candidate);
      }
    }
    return new Result(matches, plugged);
  }

  static List<UsbSerialDevice> plugged(Path sysClassTty) throws IOException {
    if (!Files.isDirectory(sysClassTty)) {
      return List.of();
    }
    List<UsbSerialDevice> devices = new ArrayList<>();
    try (Stream<Path> ttys = Files.list(sysClassTty)) {
      for (Path tty : ttys.sorted().toList()) {
        usbParentOf(tty)
            .ifPresent(id -> devices.add(new UsbSerialDevice(tty.getFileName().toString(), id)));
      }
    }
    return devices;
  }

  private static boolean sameId(UsbId a, UsbId b) {
    return a.vendorId().equalsIgnoreCase(b.vendorId())
        && a.productId().equalsIgnoreCase(b.productId());
  }

  private static Optional<UsbId> usbParentOf(Path tty) {
    Path device = tty.resolve("device");
    if (!Files.exists(device)) {
      return Optional.empty();
    }
    try {
      for (Path dir = device.toRealPath(); dir != null; dir = dir.getParent()) {
        Path vendor = dir.resolve("idVendor");
        Path product = dir.resolve("idProduct");
        if (Files.isRegularFile(vendor) && Files.isRegularFile(product)) {
          return Optional.of(new UsbId(read(vendor), read(product)));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
  }
}
