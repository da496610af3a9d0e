package nl.zuil.hardware.escpos;

import java.util.Arrays;
import nl.zuil.hardware.printer.Alignment;
import nl.zuil.hardware.printer.TextSize;
import nl.zuil.hardware.profile.CutterType;

/**
 * The ESC/POS commands Zuil sends, as bytes, with the function numbers of the Epson ESC/POS Command
 * Reference. Pure builders: every method returns a fresh array and touches no device.
 */
public final class EscPosCommands {

  public static final byte LF = 0x0A;
  public static final byte DLE = 0x10;
  public static final byte EOT = 0x04;
  public static final byte DC4 = 0x14;
  public static final byte ESC = 0x1B;
  public static final byte GS = 0x1D;

  /** Error correction M (about 15 % may be lost): survives a smudge without growing the symbol. */
  public static final byte QR_ERROR_CORRECTION_M = 49;

  /** Model 2, the QR code every phone reads; 49 would be the obsolete Model 1. */
  public static final byte QR_MODEL_2 = 50;

  /** DLE DC4 function 8 answers with 37h 25h 00h once the buffers are empty. */
  public static final int CLEAR_RESPONSE_LENGTH = 3;

  /** The 7 data bytes of DLE DC4 function 8, fixed by the manual so that noise cannot match it. */
  private static final byte[] CLEAR_BUFFERS_KEY = {1, 3, 20, 1, 6, 2, 8};

  private EscPosCommands() {}

  /** ESC @: back to power-on settings, so a ticket never inherits the previous one's state. */
  public static byte[] initialize() {
    return new byte[] {ESC, '@'};
  }

  /** ESC R 0: the USA character set, so # $ @ [ \ ] stay themselves. */
  public static byte[] internationalCharacterSetUsa() {
    return new byte[] {ESC, 'R', 0};
  }

  /** ESC t n: the code page text bytes are read in; {@code n} is the profile's number for it. */
  public static byte[] selectCodePage(int n) {
    return new byte[] {ESC, 't', (byte) n};
  }

  public static byte[] align(Alignment alignment) {
    return new byte[] {ESC, 'a', (byte) alignment.ordinal()};
  }

  public static byte[] bold(boolean on) {
    return new byte[] {ESC, 'E', (byte) (on ? 1 : 0)};
  }

  /** GS ! n: width and height magnified by the same factor. */
  public static byte[] characterSize(TextSize size) {
    int f = size.factor() - 1;
    return new byte[] {GS, '!', (byte) (f << 4 | f)};
  }

  /** ESC d n: print what is buffered and feed {@code lines} lines. */
  public static byte[] feedLines(int lines) {
    return new byte[] {ESC, 'd', (byte) lines};
  }

  /**
   * GS V 65/66 0: feed to the cutter, then cut fully or partially. A printer without a cutter gets
   * no command, so the caller feeds the ticket out instead.
   */
  public static byte[] cut(CutterType cutter) {
    return switch (cutter) {
      case FULL -> new byte[] {GS, 'V', 65, 0};
      case PARTIAL -> new byte[] {GS, 'V', 66, 0};
      case NONE -> new byte[0];
    };
  }

  /** GS ( k function 165: QR model. */
  public static byte[] qrModel() {
    return new byte[] {GS, '(', 'k', 4, 0, 49, 65, QR_MODEL_2, 0};
  }

  /** GS ( k function 167: module size in dots. */
  public static byte[] qrModuleSize(int dots) {
    return new byte[] {GS, '(', 'k', 3, 0, 49, 67, (byte) dots};
  }

  /** GS ( k function 169: error correction level. */
  public static byte[] qrErrorCorrection() {
    return new byte[] {GS, '(', 'k', 3, 0, 49, 69, QR_ERROR_CORRECTION_M};
  }

  /** GS ( k function 180: store the symbol's data; pL pH count the data plus 3. */
  public static byte[] qrStore(byte[] data) {
    int length = data.length + 3;
    byte[] command = new byte[8 + data.length];
    byte[] head = {GS, '(', 'k', (byte) (length & 0xFF), (byte) (length >> 8), 49, 80, 48};
    System.arraycopy(head, 0, command, 0, head.length);
    System.arraycopy(data, 0, command, head.length, data.length);
    return command;
  }

  /** GS ( k function 181: print the stored symbol. */
  public static byte[] qrPrint() {
    return new byte[] {GS, '(', 'k', 3, 0, 49, 81, 48};
  }

  /** GS v 0 0: one raster band at normal scale. */
  public static byte[] rasterBand(RasterImage band) {
    int widthBytes = band.widthBytes();
    byte[] rows = band.rows();
    byte[] command = new byte[8 + rows.length];
    byte[] head = {
      GS,
      'v',
      '0',
      0,
      (byte) (widthBytes & 0xFF),
      (byte) (widthBytes >> 8),
      (byte) (band.height() & 0xFF),
      (byte) (band.height() >> 8)
    };
    System.arraycopy(head, 0, command, 0, head.length);
    System.arraycopy(rows, 0, command, head.length, rows.length);
    return command;
  }

  /** DLE EOT n: real-time status, answered at once even while the printer is offline. */
  public static byte[] realTimeStatus(int n) {
    return new byte[] {DLE, EOT, (byte) n};
  }

  /**
   * GS r 1: paper sensor status, answered only when every byte before it has been processed, so its
   * answer tells that the ticket ahead of it went through the mechanism.
   */
  public static byte[] paperSensorStatus() {
    return new byte[] {GS, 'r', 1};
  }

  /** DLE DC4 function 8: drop everything in the receive and print buffers. */
  public static byte[] clearBuffers() {
    byte[] command = new byte[3 + CLEAR_BUFFERS_KEY.length];
    command[0] = DLE;
    command[1] = DC4;
    command[2] = 8;
    System.arraycopy(CLEAR_BUFFERS_KEY, 0, command, 3, CLEAR_BUFFERS_KEY.length);
    return command;
  }

  /** True when {@code data} is exactly the 7-byte key of DLE DC4 function 8. */
  public static boolean isClearBuffersKey(byte[] data) {
    return Arrays.equals(data, CLEAR_BUFFERS_KEY);
  }
}
