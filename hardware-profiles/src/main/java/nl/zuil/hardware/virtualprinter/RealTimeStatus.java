package nl.zuil.hardware.virtualprinter;

/**
 * The status bytes a printer in the state of {@link PrinterControls} sends, bit for bit as Epson's.
 */
final class RealTimeStatus {

  private static final int FIXED = 0x12;

  private RealTimeStatus() {}

  /** The one-byte answer to DLE EOT n. */
  static byte[] answer(int n, PrinterControls c) {
    int b =
        switch (n) {
          case 1 -> FIXED | (c.canPrint() ? 0 : 0x08);
          case 2 ->
              FIXED
                  | (c.coverOpen() ? 0x04 : 0)
                  | (c.paperOut() ? 0x20 : 0)
                  | (c.cutterJammed() ? 0x40 : 0);
          case 3 -> FIXED | (c.cutterJammed() ? 0x08 : 0);
          case 4 -> FIXED | (c.paperNearEnd() ? 0x0C : 0) | (c.paperOut() ? 0x60 : 0);
          default -> FIXED;
        };
    return new byte[] {(byte) b};
  }

  /** The answer to GS r n: paper sensors for n = 1, a closed drawer for n = 2. */
  static byte paperSensor(int n, PrinterControls c) {
    if (n != 1 && n != 49) {
      return 0;
    }
    return (byte) ((c.paperNearEnd() ? 0x03 : 0) | (c.paperOut() ? 0x0C : 0));
  }
}
