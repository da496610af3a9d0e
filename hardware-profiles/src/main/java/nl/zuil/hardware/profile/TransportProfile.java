package nl.zuil.hardware.profile;

/**
 * How the kiosk reaches a serial device: a fixed device path, or a USB vendor/product id that is
 * looked up again at every reconnect (a re-plugged USB printer may come back under another name).
 * Exactly one of {@code device} and {@code usb} is set.
 */
public record TransportProfile(
    String device,
    UsbId usb,
    Integer baud,
    Integer dataBits,
    Parity parity,
    Integer stopBits,
    FlowControl flowControl) {

  public TransportProfile withBaud(int newBaud) {
    return new TransportProfile(device, usb, newBaud, dataBits, parity, stopBits, flowControl);
  }

  /** Seconds the line needs for {@code bytes}: start bit, data bits, parity and stop bits each. */
  public double wireSeconds(long bytes) {
    int bitsPerByte = 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
    return bytes * (double) bitsPerByte / baud;
  }
}
