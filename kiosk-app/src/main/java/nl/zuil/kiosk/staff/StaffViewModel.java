package nl.zuil.kiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.StaffTexts;
import nl.zuil.kiosk.ticket.TicketDocuments;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff side of the kiosk screen: the hidden gesture, the PIN pad and the staff menu (printer
 * state, test ticket, shut down). It closes by itself when left open, so a visitor never finds it.
 */
public final class StaffViewModel {

  /** What the staff layer shows. */
  public enum Mode {
    CLOSED,
    PIN,
    MENU,
    /** The gids console: call visitors and record what happened. */
    CONSOLE
  }

  static final int MAX_FAILURES = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(5);
  static final Duration IDLE = Duration.ofSeconds(60);
  private static final int MAX_DIGITS = 8;
  private static final Logger LOG = LoggerFactory.getLogger(StaffViewModel.class);

  private final PinHash pin;
  private final TicketPrinter printer;
  private final TicketDocuments documents;
  private final Executor hashing;
  private final Executor fx;
  private final Clock clock;
  private final Runnable onOpen;
  private final Runnable exit;
  private final ScreenTexts texts;
  private final List<String> webConsole;
  private final StaffGesture gesture = new StaffGesture();

  private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.CLOSED);
  private final StringBuilder digits = new StringBuilder();
  private final ReadOnlyIntegerWrapper digitCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<PrinterStatus> printerStatus;
  private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
  private final StringBinding printerText;
  private final BooleanBinding printerFault;

  private boolean checking;
  private int failures;
  private Instant lockedUntil = Instant.MIN;
  private Instant lastActivity;

  /**
   * @param hashing where the slow PIN hash runs, off the JavaFX thread
   * @param fx where answers from {@code hashing} and the printer are applied
   * @param clock a monotonic clock for the lock-out and the idle close
   * @param onOpen called when the PIN pad opens (the visitor flow resets then)
   * @param exit shuts the kiosk down cleanly
   * @param webConsole how gidsen reach the console from a browser (address, certificate check
   *     code), or why they cannot, for the menu
   */
  public StaffViewModel(
      Catalogue catalogue,
      PinHash pin,
      TicketPrinter printer,
      TicketDocuments documents,
      Executor hashing,
      Executor fx,
      Clock clock,
      Runnable onOpen,
      Runnable exit,
      List<String> webConsole) {
    this.pin = pin;
    this.printer = printer;
    this.documents = documents;
    this.hashing = hashing;
    this.fx = fx;
    this.clock = clock;
    this.onOpen = onOpen;
    this.exit = exit;
    this.webConsole = List.copyOf(webConsole);
    this.texts = ScreenTexts.fixed(catalogue, StaffTexts.LANGUAGE);
    this.lastActivity = clock.instant();
    this.printerStatus = new ReadOnlyObjectWrapper<>(printer.status());
    this.printerText =
        Bindings.createStringBinding(
            () -> texts.now(StaffTexts.printer(printerStatus.get())), printerStatus);
    this.printerFault =
        Bindings.createBooleanBinding(() -> !printerStatus.get().canPrint(), printerStatus);
  }

  /** A tap on the hidden corner. */
  public void cornerTapped() {
    if (mode.get() == Mode.CLOSED && gesture.tap(clock.instant())) {
      clearPin();
      message.set("");
      touched();
      mode.set(Mode.PIN);
      onOpen.run();
    }
  }

  public void digit(int value) {
    if (mode.get() != Mode.PIN || checking || digits.length() >= MAX_DIGITS) {
      return;
    }
    digits.append((char) ('0' + value));
    digitCount.set(digits.length());
    message.set("");
  }

  public void erase() {
    if (mode.get() == Mode.PIN && !checking && digits.length() > 0) {
      digits.setLength(digits.length() - 1);
      digitCount.set(digits.length());
    }
  }

  public void submit() {
    if (mode.get() != Mode.PIN || checking || digits.length() == 0) {
      return;
    }
    Instant now = clock.instant();
    if (now.isBefore(lockedUntil)) {
      showLockout(now);
      clearPin();
      return;
    }
    char[] entered = new char[digits.length()];
    digits.getChars(0, digits.length(), entered, 0);
    clearPin();
    checking = true;
    message.set(texts.now(StaffTexts.PIN_CHECKING));
    CompletableFuture.supplyAsync(
            () -> {
              try {
                return pin.matches(entered);
              } finally {
                Arrays.fill(entered, '\0');
              }
            },
            hashing)
        .whenCompleteAsync((ok, error) -> checked(Boolean.TRUE.equals(ok)), fx);
  }

  private void checked(boolean ok) {
    checking = false;
    if (mode.get() != Mode.PIN) {
      return;
    }
    touched();
    if (ok) {
      failures = 0;
      message.set("");
      testResult.set("");
      mode.set(Mode.MENU);
      LOG.info("staff menu opened");
      return;
    }
    failures++;
    LOG.warn("wrong staff PIN ({} in a row)", failures);
    if (failures >= MAX_FAILURES) {
      failures = 0;
      lockedUntil = clock.instant().plus(LOCKOUT);
      showLockout(clock.instant());
    } else {
      message.set(texts.now(StaffTexts.PIN_WRONG));
    }
  }

  private void showLockout(Instant now) {
    long seconds = Duration.between(now, lockedUntil).toSeconds() + 1;
    message.set(texts.now(StaffTexts.PIN_LOCKED, Map.of("seconds", seconds)));
  }

  public void close() {
    clearPin();
    message.set("");
    mode.set(Mode.CLOSED);
  }

  public void printTest() {
    if (mode.get() != Mode.MENU) {
      return;
    }
    testResult.set(texts.now(StaffTexts.PRINT_TEST_BUSY));
    CompletableFuture<PrintResult> result;
    try {
      result = printer.print(documents.testTicket(LocalDateTime.now(clock)));
    } catch (RuntimeException e) {
      LOG.error("printer driver failed on the test ticket", e);
      result = CompletableFuture.completedFuture(new PrintResult(false, printer.status()));
    }
    result.whenCompleteAsync(
        (printed, error) -> {
          boolean ok = printed != null && printed.printed();
          testResult.set(texts.now(ok ? StaffTexts.PRINT_TEST_OK : StaffTexts.PRINT_TEST_FAILED));
          if (printed != null) {
            printerStatus.set(printed.status());
          }
        },
        fx);
  }

  /** "Bezoekers oproepen" in the menu. */
  public void openConsole() {
    if (mode.get() == Mode.MENU) {
      touched();
      mode.set(Mode.CONSOLE);
    }
  }

  /** "Terug naar het menu" in the console. */
  public void backToMenu() {
    if (mode.get() == Mode.CONSOLE) {
      touched();
      mode.set(Mode.MENU);
    }
  }

  public void exit() {
    if (mode.get() == Mode.MENU) {
      LOG.info("kiosk shut down from the staff menu");
      exit.run();
    }
  }

  /** A new status from the printer; call on the JavaFX thread. */
  public void printerStatus(PrinterStatus status) {
    printerStatus.set(status);
  }

  public void touched() {
    lastActivity = clock.instant();
  }

  /** Closes a staff screen left alone, and keeps a lock-out message counting down. */
  public void tick() {
    if (mode.get() == Mode.CLOSED) {
      return;
    }
    Instant now = clock.instant();
    if (Duration.between(lastActivity, now).compareTo(IDLE) >= 0) {
      close();
    } else if (mode.get() == Mode.PIN && now.isBefore(lockedUntil) && !message.get().isEmpty()) {
      showLockout(now);
    }
  }

  private void clearPin() {
    for (int i = 0; i < digits.length(); i++) {
      digits.setCharAt(i, '\0');
    }
    digits.setLength(0);
    digitCount.set(0);
  }

  public ReadOnlyObjectProperty<Mode> modeProperty() {
    return mode.getReadOnlyProperty();
  }

  /** How many digits are typed; the screen shows dots, never the digits. */
  public ReadOnlyIntegerProperty digitCountProperty() {
    return digitCount.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PrinterStatus> printerStatusProperty() {
    return printerStatus.getReadOnlyProperty();
  }

  public StringBinding printerText() {
    return printerText;
  }

  public BooleanBinding printerFault() {
    return printerFault;
  }

  public ReadOnlyStringProperty testResultProperty() {
    return testResult.getReadOnlyProperty();
  }

  public ScreenTexts texts() {
    return texts;
  }

  public List<String> webConsole() {
    return webConsole;
  }
}
