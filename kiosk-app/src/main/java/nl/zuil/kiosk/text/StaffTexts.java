package nl.zuil.kiosk.text;

import java.util.List;
import nl.zuil.kioskfiles.printer.PrinterStatus;

/**
 * The staff screens' catalogue texts. Staff screens are always Dutch: gidsen and installers work in
 * Dutch, and a visitor who chose another language never sees them.
 */
public final class StaffTexts {

  public static final String LANGUAGE = "nl";

  public static final TextKey PIN_TITLE = TextKey.of("staff.pin.title");
  public static final TextKey PIN_ERASE = TextKey.of("staff.pin.erase");
  public static final TextKey PIN_OPEN = TextKey.of("staff.pin.open");
  public static final TextKey PIN_CANCEL = TextKey.of("staff.pin.cancel");
  public static final TextKey PIN_CHECKING = TextKey.of("staff.pin.checking");
  public static final TextKey PIN_WRONG = TextKey.of("staff.pin.wrong");
  public static final TextKey PIN_LOCKED = TextKey.of("staff.pin.locked", "seconds");
  public static final TextKey MENU_TITLE = TextKey.of("staff.menu.title");
  public static final TextKey PRINTER_READY = TextKey.of("staff.printer.ready");
  public static final TextKey PRINTER_OFFLINE = TextKey.of("staff.printer.offline");
  public static final TextKey PRINTER_PAPER_OUT = TextKey.of("staff.printer.paperOut");
  public static final TextKey PRINTER_COVER_OPEN = TextKey.of("staff.printer.coverOpen");
  public static final TextKey PRINTER_CUTTER = TextKey.of("staff.printer.cutterError");
  public static final TextKey PRINTER_PAPER_NEAR_END = TextKey.of("staff.printer.paperNearEnd");
  public static final TextKey PRINT_TEST = TextKey.of("staff.printTest");
  public static final TextKey PRINT_TEST_BUSY = TextKey.of("staff.printTest.busy");
  public static final TextKey PRINT_TEST_OK = TextKey.of("staff.printTest.ok");
  public static final TextKey PRINT_TEST_FAILED = TextKey.of("staff.printTest.failed");
  public static final TextKey TEST_TICKET = TextKey.of("staff.testTicket");
  public static final TextKey EXIT = TextKey.of("staff.exit");
  public static final TextKey CLOSE = TextKey.of("staff.close");
  public static final TextKey CONSOLE = TextKey.of("staff.console");
  public static final TextKey WEB_ADDRESS = TextKey.of("staff.web.address", "url");
  public static final TextKey WEB_FINGERPRINT = TextKey.of("staff.web.fingerprint", "fingerprint");
  public static final TextKey WEB_OFF = TextKey.of("staff.web.off");
  public static final TextKey WEB_FAILED = TextKey.of("staff.web.failed");

  private StaffTexts() {}

  public static List<TextKey> all() {
    return List.of(
        PIN_TITLE,
        PIN_ERASE,
        PIN_OPEN,
        PIN_CANCEL,
        PIN_CHECKING,
        PIN_WRONG,
        PIN_LOCKED,
        MENU_TITLE,
        PRINTER_READY,
        PRINTER_OFFLINE,
        PRINTER_PAPER_OUT,
        PRINTER_COVER_OPEN,
        PRINTER_CUTTER,
        PRINTER_PAPER_NEAR_END,
        PRINT_TEST,
        PRINT_TEST_BUSY,
        PRINT_TEST_OK,
        PRINT_TEST_FAILED,
        TEST_TICKET,
        EXIT,
        CLOSE,
        CONSOLE,
        WEB_ADDRESS,
        WEB_FINGERPRINT,
        WEB_OFF,
        WEB_FAILED);
  }

  /** The printer's most urgent condition, as the staff menu and the gids console say it. */
  public static TextKey printer(PrinterStatus status) {
    return switch (status.condition()) {
      case OFFLINE -> PRINTER_OFFLINE;
      case COVER_OPEN -> PRINTER_COVER_OPEN;
      case PAPER_OUT -> PRINTER_PAPER_OUT;
      case CUTTER_ERROR -> PRINTER_CUTTER;
      case PAPER_NEAR_END -> PRINTER_PAPER_NEAR_END;
      case READY -> PRINTER_READY;
    };
  }
}
