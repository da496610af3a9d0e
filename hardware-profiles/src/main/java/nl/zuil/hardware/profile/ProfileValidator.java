package nl.zuil.hardware.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds everything wrong with a bound profile at once, so an installer fixes a file in one round.
 */
final class ProfileValidator {

  static final int FORMAT_VERSION = 1;

  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,47}");
  private static final Pattern HEX4 = Pattern.compile("[0-9a-f]{4}");
  private static final Set<Integer> BAUD_RATES =
      Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);

  private final List<ProfileProblem> problems = new ArrayList<>();

  static List<ProfileProblem> validate(HardwareProfile profile) {
    ProfileValidator validator = new ProfileValidator();
    validator.check(profile);
    return validator.problems;
  }

  private void check(HardwareProfile p) {
    if (p.formatVersion() == null) {
      problem("formatVersion", "missing; this Zuil reads version " + FORMAT_VERSION);
    } else if (p.formatVersion() != FORMAT_VERSION) {
      problem(
          "formatVersion",
          "version "
              + p.formatVersion()
              + " is not supported (this Zuil reads "
              + FORMAT_VERSION
              + ")");
    }
    if (p.name() == null || !NAME.matcher(p.name()).matches()) {
      problem("name", "'" + p.name() + "' is not a profile name (lower-case letters, digits, -)");
    }
    if (blank(p.description())) {
      problem("description", "missing; say which kit this is");
    }
    if (p.printer() == null) {
      problem("printer", "missing");
    } else {
      checkPrinter(p.printer());
    }
    if (p.screen() == null) {
      problem("screen", "missing");
    } else {
      checkScreen(p.screen());
    }
    if (p.scanner() == null) {
      problem("scanner", "missing; use {\"type\": \"none\"} for a kit without one");
    } else {
      checkScanner(p.scanner());
    }
    if (p.audio() != null) {
      checkAudio(p.audio());
    }
  }

  private void checkAudio(AudioProfile audio) {
    if (audio.volumePercent() != null
        && (audio.volumePercent() < 0 || audio.volumePercent() > 100)) {
      problem("audio.volumePercent", audio.volumePercent() + " is not between 0 and 100");
    }
    if (audio.device() != null && audio.device().isBlank()) {
      problem("audio.device", "empty; leave it out for the system's default output");
    }
  }

  private void checkPrinter(PrinterProfile printer) {
    if (blank(printer.model())) {
      problem("printer.model", "missing");
    }
    if (printer.sources().isEmpty()) {
      problem("printer.sources", "name the programming manual(s) the settings come from");
    }
    for (int i = 0; i < printer.sources().size(); i++) {
      if (blank(printer.sources().get(i))) {
        problem("printer.sources[" + i + "]", "empty");
      }
    }
    checkCommandSet(printer.commandSet());
    if (printer.transport() == null) {
      problem("printer.transport", "missing");
    } else {
      checkTransport("printer.transport", printer.transport());
    }
    checkPaper(printer.paper());
    checkCodePage(printer.codePage());
    required("printer.qr", printer.qr(), "native or raster");
    required("printer.cutter", printer.cutter(), "full, partial or none");
    if (printer.status() == null) {
      problem("printer.status", "missing; use dle-eot");
    } else if (printer.status() == StatusSupport.NONE) {
      problem(
          "printer.status",
          "a printer that cannot report paper out would print into an empty tray unnoticed;"
              + " Zuil needs dle-eot");
    }
    required("printer.bufferClear", printer.bufferClear(), "dle-dc4 or none");
  }

  private void checkCommandSet(String commandSet) {
    if (commandSet == null) {
      problem("printer.commandSet", "missing; use esc-pos");
    } else if (commandSet.startsWith("star-")) {
      problem(
          "printer.commandSet",
          "'"
              + commandSet
              + "' is a Star command mode; Zuil speaks esc-pos only (set the printer to its"
              + " ESC/POS emulation, see docs/decisions/0103-star-printers.md)");
    } else if (!PrinterProfile.ESC_POS.equals(commandSet)) {
      problem("printer.commandSet", "'" + commandSet + "' is not supported; use esc-pos");
    }
  }

  private void checkTransport(String at, TransportProfile t) {
    boolean hasDevice = t.device() != null;
    if (hasDevice == (t.usb() != null)) {
      problem(at, "give exactly one of device (a path) and usb (vendor and product id)");
    }
    if (hasDevice && !t.device().startsWith("/")) {
      problem(at + ".device", "'" + t.device() + "' is not an absolute device path");
    }
    if (t.usb() != null) {
      checkHex(at + ".usb.vendorId", t.usb().vendorId());
      checkHex(at + ".usb.productId", t.usb().productId());
    }
    if (t.baud() == null) {
      problem(at + ".baud", "missing");
    } else if (!BAUD_RATES.contains(t.baud())) {
      problem(at + ".baud", t.baud() + " is not a standard rate (1200 to 115200)");
    }
    oneOf(at + ".dataBits", t.dataBits(), Set.of(7, 8));
    required(at + ".parity", t.parity(), "none, even or odd");
    oneOf(at + ".stopBits", t.stopBits(), Set.of(1, 2));
    required(at + ".flowControl", t.flowControl(), "none, rts-cts or xon-xoff");
  }

  private void checkHex(String at, String value) {
    if (value == null || !HEX4.matcher(value).matches()) {
      problem(at, "'" + value + "' is not four lower-case hex digits as lsusb prints them");
    }
  }

  private void checkPaper(PaperProfile paper) {
    if (paper == null) {
      problem("printer.paper", "missing");
      return;
    }
    boolean width = range("printer.paper.widthMm", paper.widthMm(), 40, 120);
    boolean dpi = range("printer.paper.dpi", paper.dpi(), 150, 400);
    Integer dots = paper.printableDots();
    if (range("printer.paper.printableDots", dots, 256, 4096) && width && dpi) {
      double paperDots = paper.widthMm() / 25.4 * paper.dpi();
      if (dots > paperDots) {
        problem(
            "printer.paper.printableDots",
            dots
                + " dots do not fit on "
                + paper.widthMm()
                + " mm paper at "
                + paper.dpi()
                + " dpi");
      }
    }
  }

  private void checkCodePage(CodePageProfile codePage) {
    if (codePage == null) {
      problem("printer.codePage", "missing");
      return;
    }
    required("printer.codePage.table", codePage.table(), "pc437, pc850, pc858 or wpc1252");
    range("printer.codePage.escPosNumber", codePage.escPosNumber(), 0, 255);
  }

  private void checkScreen(ScreenProfile s) {
    range("screen.widthMm", s.widthMm(), 100, 2000);
    range("screen.heightMm", s.heightMm(), 100, 2000);
    range("screen.widthPx", s.widthPx(), 320, 8192);
    range("screen.heightPx", s.heightPx(), 320, 8192);
    required("screen.orientation", s.orientation(), "portrait or landscape");
    range("screen.scale", s.scale(), 0.5, 4);
  }

  private void checkScanner(ScannerProfile s) {
    if (s.type() == null) {
      problem("scanner.type", "missing; use none, keyboard-wedge or serial");
    } else if (s.type() == ScannerType.SERIAL) {
      if (s.transport() == null) {
        problem("scanner.transport", "a serial scanner needs its transport");
      } else {
        checkTransport("scanner.transport", s.transport());
      }
    } else if (s.transport() != null) {
      problem("scanner.transport", "only a serial scanner has a transport");
    }
  }

  /** True when {@code value} is present and within [min, max]; else records why not. */
  private boolean range(String at, Number value, double min, double max) {
    if (value == null) {
      problem(at, "missing");
      return false;
    }
    if (value.doubleValue() < min || value.doubleValue() > max) {
      problem(at, "must be " + number(min) + " to " + number(max) + ", got " + value);
      return false;
    }
    return true;
  }

  private void oneOf(String at, Integer value, Set<Integer> allowed) {
    if (value == null) {
      problem(at, "missing");
    } else if (!allowed.contains(value)) {
      problem(at, "must be one of " + new TreeSet<>(allowed) + ", got " + value);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private void required(String at, Object value, String choices) {
    if (value == null) {
      problem(at, "missing; use " + choices);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void problem(String field, String message) {
    problems.add(new ProfileProblem(field, 0, message));
  }
}
