package nl.zuil.hardware.serial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.profile.TransportProfile;
import nl.zuil.hardware.profile.UsbId;

/**
 * Finds the device node for a transport: its fixed path, or the tty whose USB parent has the
 * profile's vendor and product id. Looked up at every connect, because a re-plugged USB adapter can
 * come back as ttyUSB1 instead of ttyUSB0.
 */
public final class SerialDevices {

  private final Path sysClassTty;
  private final Path dev;

  /**
   * @param sysClassTty normally {@code /sys/class/tty}
   * @param dev normally {@code /dev}
   */
  public SerialDevices(Path sysClassTty, Path dev) {
    this.sysClassTty = sysClassTty;
    this.dev = dev;
  }

  public static SerialDevices system() {
    return new SerialDevices(Path.of("/sys/class/tty"), Path.of("/dev"));
  }

  public Path locate(TransportProfile transport) throws LinkException {
    if (transport.device() != null) {
      return Path.of(transport.device());
    }
    return locate(transport.usb());
  }

  public Path locate(UsbId usb) throws LinkException {
    List<String> matches;
    try (Stream<Path> ttys = Files.list(sysClassTty)) {
      matches =
          ttys.filter(tty -> usb.equals(usbParentOf(tty)))
              .map(tty -> tty.getFileName().toString())
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new LinkException("cannot list " + sysClassTty, e);
    }
    if (matches.isEmpty()) {
      throw new LinkException("no serial device with USB id " + usb + " is plugged in");
    }
    return dev.resolve(matches.get(0));
  }

  /** The id of the nearest USB device above the tty's device, or null for a non-USB tty. */
  private static UsbId usbParentOf(Path tty) {
    Path device = tty.resolve("device");
    if (!Files.exists(device)) {
      return null;
    }
    try {
      for (Path dir = device.toRealPath(); dir != null; dir = dir.getParent()) {
        Path vendor = dir.resolve("idVendor");
        Path product = dir.resolve("idProduct");
        if (Files.isRegularFile(vendor) && Files.isRegularFile(product)) {
          return new UsbId(read(vendor), read(product));
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
  }
}
