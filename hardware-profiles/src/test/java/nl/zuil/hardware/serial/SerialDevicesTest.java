package nl.zuil.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.profile.UsbId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * USB lookup against a copy of the sysfs layout Linux builds for a USB serial adapter; a real
 * plugged-in device cannot be had on a build machine.
 */
class SerialDevicesTest {

  @TempDir Path root;
  private SerialDevices devices;

  @BeforeEach
  void setUp() throws Exception {
    usbTty("ttyACM0", "1-1", "0dd4", "015d");
    usbTty("ttyUSB0", "1-2", "067b", "2303");
    Path builtIn =
        Files.createDirectories(root.resolve("sys/devices/platform/serial8250/tty/ttyS0"));
    Files.createDirectories(root.resolve("sys/class/tty/ttyS0"));
    Files.createSymbolicLink(root.resolve("sys/class/tty/ttyS0/device"), builtIn);
    devices = new SerialDevices(root.resolve("sys/class/tty"), Path.of("/dev"));
  }

  @Test
  void findsTheTtyWhoseUsbParentHasTheVendorAndProductId() throws Exception {
    assertThat(devices.locate(new UsbId("0dd4", "015d"))).isEqualTo(Path.of("/dev/ttyACM0"));
    assertThat(devices.locate(new UsbId("067b", "2303"))).isEqualTo(Path.of("/dev/ttyUSB0"));
  }

  @Test
  void saysWhichUsbIdIsMissing() {
    assertThatThrownBy(() -> devices.locate(new UsbId("04b8", "0e28")))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("04b8:0e28")
        .hasMessageContaining("plugged in");
  }

  /** /sys/class/tty/NAME/device -> the USB interface, whose parent holds idVendor/idProduct. */
  private void usbTty(String name, String port, String vendor, String product) throws Exception {
    Path usbDevice = Files.createDirectories(root.resolve("sys/devices/pci0000:00/usb1/" + port));
    Files.writeString(usbDevice.resolve("idVendor"), vendor + "\n");
    Files.writeString(usbDevice.resolve("idProduct"), product + "\n");
    Path usbInterface = Files.createDirectories(usbDevice.resolve(port + ":1.0"));
    Files.createDirectories(root.resolve("sys/class/tty/" + name));
    Files.createSymbolicLink(root.resolve("sys/class/tty/" + name + "/device"), usbInterface);
  }
}
