package nl.zuil.hardware.virtualprinter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.zuil.hardware.escpos.EscPosCommands;

/**
 * Splits a byte stream into {@link Instruction}s the way a printer's receive logic does: by command
 * structure, so bytes inside raster or QR data are never mistaken for commands. Bytes may arrive in
 * any chunks; an incomplete command waits for the rest.
 */
final class InstructionParser {

  private static final int INCOMPLETE = -1;

  private byte[] pending = new byte[0];
  private final List<Instruction> parsed = new ArrayList<>();

  /** Adds bytes and returns every instruction now complete, in order. */
  List<Instruction> feed(byte[] bytes) {
    byte[] all = Arrays.copyOf(pending, pending.length + bytes.length);
    System.arraycopy(bytes, 0, all, pending.length, bytes.length);
    int at = 0;
    while (at < all.length) {
      int length = parse(all, at);
      if (length == INCOMPLETE) {
        break;
      }
      at += length;
    }
    pending = Arrays.copyOfRange(all, at, all.length);
    List<Instruction> complete = List.copyOf(parsed);
    parsed.clear();
    return complete;
  }

  /** Bytes of an unfinished command, dropped by a buffer clear. */
  void discardPending() {
    pending = new byte[0];
  }

  private int parse(byte[] b, int at) {
    int first = b[at] & 0xFF;
    if (first >= 0x20) {
      int end = at;
      while (end < b.length && (b[end] & 0xFF) >= 0x20) {
        end++;
      }
      parsed.add(new Instruction.Characters(Arrays.copyOfRange(b, at, end)));
      return end - at;
    }
    switch (first) {
      case EscPosCommands.LF:
        parsed.add(new Instruction.LineFeed());
        return 1;
      case 0x0D:
        parsed.add(new Instruction.Ignored("CR"));
        return 1;
      case EscPosCommands.ESC:
        return esc(b, at);
      case EscPosCommands.GS:
        return gs(b, at);
      case EscPosCommands.DLE:
        return dle(b, at);
      default:
        parsed.add(new Instruction.Unknown(new byte[] {b[at]}));
        return 1;
    }
  }

  private int esc(byte[] b, int at) {
    if (b.length - at < 2) {
      return INCOMPLETE;
    }
    char c = (char) b[at + 1];
    if (c == '@') {
      parsed.add(new Instruction.Initialize());
      return 2;
    }
    if (c == '2') {
      parsed.add(new Instruction.Ignored("ESC 2"));
      return 2;
    }
    if ("tRaEdJ3M!-G".indexOf(c) < 0) {
      parsed.add(new Instruction.Unknown(new byte[] {b[at], b[at + 1]}));
      return 2;
    }
    if (b.length - at < 3) {
      return INCOMPLETE;
    }
    int n = b[at + 2] & 0xFF;
    switch (c) {
      case 't' -> parsed.add(new Instruction.SelectCodePage(n));
      case 'a' -> parsed.add(new Instruction.Justify(n % 48));
      case 'E' -> parsed.add(new Instruction.Emphasis((n & 1) == 1));
      case 'd' -> parsed.add(new Instruction.FeedLines(n));
      case 'J' -> parsed.add(new Instruction.FeedDots(n));
      default -> parsed.add(new Instruction.Ignored("ESC " + c));
    }
    return 3;
  }

  private int gs(byte[] b, int at) {
    if (b.length - at < 3) {
      return INCOMPLETE;
    }
    char c = (char) b[at + 1];
    int n = b[at + 2] & 0xFF;
    switch (c) {
      case '!':
        parsed.add(new Instruction.CharacterSize((n >> 4) + 1, (n & 0x0F) + 1));
        return 3;
      case 'r':
        parsed.add(new Instruction.PaperSensorRequest(n));
        return 3;
      case 'a':
      case 'B':
        parsed.add(new Instruction.Ignored("GS " + c));
        return 3;
      case 'V':
        if (n == 65 || n == 66) {
          if (b.length - at < 4) {
            return INCOMPLETE;
          }
          parsed.add(new Instruction.Cut(n == 65));
          return 4;
        }
        parsed.add(new Instruction.Cut(n == 0 || n == 48));
        return 3;
      case 'v':
        return raster(b, at);
      case '(':
        return gsParen(b, at);
      default:
        parsed.add(new Instruction.Unknown(new byte[] {b[at], b[at + 1]}));
        return 2;
    }
  }

  private int raster(byte[] b, int at) {
    if (b.length - at < 8) {
      return INCOMPLETE;
    }
    int widthBytes = (b[at + 4] & 0xFF) | (b[at + 5] & 0xFF) << 8;
    int height = (b[at + 6] & 0xFF) | (b[at + 7] & 0xFF) << 8;
    int length = 8 + widthBytes * height;
    if (b.length - at < length) {
      return INCOMPLETE;
    }
    parsed.add(
        new Instruction.Raster(
            widthBytes, height, b[at + 3] % 48, Arrays.copyOfRange(b, at + 8, at + length)));
    return length;
  }

  private int gsParen(byte[] b, int at) {
    if (b.length - at < 5) {
      return INCOMPLETE;
    }
    int parameters = (b[at + 3] & 0xFF) | (b[at + 4] & 0xFF) << 8;
    int length = 5 + parameters;
    if (b.length - at < length) {
      return INCOMPLETE;
    }
    char kind = (char) b[at + 2];
    int cn = parameters >= 1 ? b[at + 5] & 0xFF : -1;
    int fn = parameters >= 2 ? b[at + 6] & 0xFF : -1;
    if (kind != 'k' || cn != 49) {
      parsed.add(new Instruction.Ignored("GS ( " + kind));
      return length;
    }
    int n = parameters >= 3 ? b[at + 7] & 0xFF : 0;
    switch (fn) {
      case 65 -> parsed.add(new Instruction.QrModel(n));
      case 67 -> parsed.add(new Instruction.QrModuleSize(n));
      case 69 -> parsed.add(new Instruction.QrErrorCorrection(n));
      case 80 -> parsed.add(new Instruction.QrStore(Arrays.copyOfRange(b, at + 8, at + length)));
      case 81 -> parsed.add(new Instruction.QrPrint());
      default -> parsed.add(new Instruction.Ignored("GS ( k fn " + fn));
    }
    return length;
  }

  private int dle(byte[] b, int at) {
    if (b.length - at < 3) {
      return INCOMPLETE;
    }
    int kind = b[at + 1];
    int n = b[at + 2] & 0xFF;
    if (kind == EscPosCommands.EOT) {
      parsed.add(new Instruction.RealTimeStatusRequest(n));
      return 3;
    }
    if (kind == EscPosCommands.DC4 && n == 8) {
      if (b.length - at < 10) {
        return INCOMPLETE;
      }
      boolean valid = EscPosCommands.isClearBuffersKey(Arrays.copyOfRange(b, at + 3, at + 10));
      parsed.add(new Instruction.ClearBuffers(valid));
      return 10;
    }
    if (kind == EscPosCommands.DC4 && b.length - at < 5) {
      return INCOMPLETE;
    }
    parsed.add(new Instruction.Ignored("DLE " + kind));
    return kind == EscPosCommands.DC4 ? 5 : 3;
  }
}
