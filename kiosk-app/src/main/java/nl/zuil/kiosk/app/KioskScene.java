package nl.zuil.kiosk.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kiosk.console.CallBannerView;
import nl.zuil.kiosk.console.CallBannerViewModel;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.console.ConsoleView;
import nl.zuil.kiosk.console.ConsoleViewModel;
import nl.zuil.kiosk.speech.Narration;
import nl.zuil.kiosk.staff.StaffView;
import nl.zuil.kiosk.staff.StaffViewModel;
import nl.zuil.kiosk.ticket.TicketDocuments;
import nl.zuil.kiosk.ticket.TicketOffice;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.kiosk.visitor.VisitorView;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;

/**
 * The kiosk's scene: the visitor screen, the hidden staff corner over it, and the staff layer over
 * everything. Built on the JavaFX thread; the same scene runs in the window, the tests and the
 * benchmarks.
 *
 * <p>The kiosk's window starts with the welcome screen only ({@link #welcomeFirst}) and builds the
 * rest right after its first frame, or at the first tap or key if that comes sooner (decision
 * 0017); the tests and benchmarks build everything at once.
 */
public final class KioskScene {

  /** The stylesheet on the classpath, also read by the contrast test. */
  public static final String STYLESHEET = "/nl/zuil/kiosk/kiosk.css";

  private static final Duration TICK = Duration.millis(250);

  private final KioskConfig config;
  private final Scene scene;
  private final StackPane root;
  private final VisitorView visitor;
  private final VisitorFlowViewModel flow;
  private final StaffViewModel staff;
  private final CallBannerViewModel banner;
  private final ConsoleViewModel console;
  private final Timeline ticker;
  private final List<Runnable> unsubscribe;
  private boolean complete;

  /**
   * Every screen, built now.
   *
   * @param background where slow work that is not the ledger's runs (the PIN hash)
   * @param uiClock a monotonic clock for idle resets and tap guards
   * @param exit called when staff shut the kiosk down
   * @param console the gids console's logic, shared with the web console
   * @param webConsole how gidsen reach the web console, for the staff menu
   * @param narration reads the visitor screens aloud
   */
  public KioskScene(
      KioskConfig config,
      Catalogue catalogue,
      TicketOffice office,
      TicketPrinter printer,
      TicketDocuments documents,
      Executor background,
      Clock uiClock,
      Runnable exit,
      ConsoleService console,
      List<String> webConsole,
      Narration narration) {
    this(
        config,
        catalogue,
        office,
        printer,
        documents,
        background,
        uiClock,
        exit,
        console,
        webConsole,
        narration,
        true);
  }

  private KioskScene(
      KioskConfig config,
      Catalogue catalogue,
      TicketOffice office,
      TicketPrinter printer,
      TicketDocuments documents,
      Executor background,
      Clock uiClock,
      Runnable exit,
      ConsoleService console,
      List<String> webConsole,
      Narration narration,
      boolean everyScreenNow) {
    this.config = config;
    Executor fx = Platform::runLater;
    flow =
        new VisitorFlowViewModel(
            catalogue, config.locationName(), config.idle(), office, fx, uiClock, narration);
    staff =
        new StaffViewModel(
            catalogue,
            config.staffPin(),
            printer,
            documents,
            background,
            fx,
            uiClock,
            flow::reset,
            exit,
            webConsole);
    printer.onStatusChange(status -> Platform.runLater(() -> staff.printerStatus(status)));
    this.console = new ConsoleViewModel(console, config.desk(), fx);
    banner = new CallBannerViewModel(uiClock);
    unsubscribe =
        List.of(
            console.onCall(call -> Platform.runLater(() -> banner.announce(call))),
            console.onBoard(board -> Platform.runLater(() -> banner.board(board))),
            this.console::close);

    visitor = new VisitorView(flow, config.screen());
    // The corner is there from the first frame: staff may reach for it at once.
    root = new StackPane(visitor.root(), StaffView.corner(staff, config.screen()));
    root.setId("kiosk");
    scene = new Scene(root, config.screen().widthPx(), config.screen().heightPx());
    scene.getStylesheets().add(KioskScene.class.getResource(STYLESHEET).toExternalForm());
    if (everyScreenNow) {
      buildTheOtherScreens();
    } else {
      // A tap or key before the rest is built builds it first: by the time the welcome screen's
      // buttons hear of the tap, the screen they lead to exists.
      EventHandler<InputEvent> first = e -> buildTheOtherScreens();
      scene.addEventFilter(MouseEvent.MOUSE_PRESSED, first);
      scene.addEventFilter(TouchEvent.TOUCH_PRESSED, first);
      scene.addEventFilter(KeyEvent.KEY_PRESSED, first);
    }

    ticker =
        new Timeline(
            new KeyFrame(
                TICK,
                e -> {
                  flow.tick();
                  staff.tick();
                  banner.tick();
                }));
    ticker.setCycleCount(Animation.INDEFINITE);
    ticker.play();
  }

  public static KioskScene of(KioskRuntime runtime, Clock uiClock, Runnable exit) {
    return of(runtime, uiClock, exit, true);
  }

  /**
   * The scene with only the welcome screen built, for the kiosk's first frame; {@link
   * #buildTheOtherScreens} adds the rest (and runs by itself at the first tap or key).
   */
  public static KioskScene welcomeFirst(KioskRuntime runtime, Clock uiClock, Runnable exit) {
    return of(runtime, uiClock, exit, false);
  }

  /** {@link #welcomeFirst(KioskRuntime, Clock, Runnable)} over parts a test holds. */
  public static KioskScene welcomeFirst(
      KioskConfig config,
      Catalogue catalogue,
      TicketOffice office,
      TicketPrinter printer,
      TicketDocuments documents,
      Executor background,
      Clock uiClock,
      Runnable exit,
      ConsoleService console,
      List<String> webConsole,
      Narration narration) {
    return new KioskScene(
        config,
        catalogue,
        office,
        printer,
        documents,
        background,
        uiClock,
        exit,
        console,
        webConsole,
        narration,
        false);
  }

  private static KioskScene of(
      KioskRuntime runtime, Clock uiClock, Runnable exit, boolean everyScreenNow) {
    return new KioskScene(
        runtime.config(),
        runtime.catalogue(),
        runtime.office(),
        runtime.printer(),
        runtime.documents(),
        runtime.background(),
        uiClock,
        exit,
        runtime.console(),
        runtime.webConsoleLines(),
        runtime.narration(),
        everyScreenNow);
  }

  /**
   * Builds the visitor screens after the welcome screen, the call banner, the staff layer and the
   * gids console; a second call does nothing. On the JavaFX thread.
   */
  public void buildTheOtherScreens() {
    if (complete) {
      return;
    }
    complete = true;
    visitor.buildTheOtherScreens();
    ConsoleView consoleView = new ConsoleView(console, config.screen(), staff::backToMenu);
    staff
        .modeProperty()
        .addListener(
            (obs, old, mode) -> {
              if (mode == StaffViewModel.Mode.CONSOLE) {
                console.open();
                consoleView.focusNumberField();
              }
            });
    StaffView staffView = new StaffView(staff, config.screen(), consoleView.root());
    // Over the visitor screen, under the corner; the staff layer over everything.
    root.getChildren().add(1, CallBannerView.build(banner, config.screen()));
    root.getChildren().add(staffView.root());
  }

  public Scene scene() {
    return scene;
  }

  public VisitorFlowViewModel flow() {
    return flow;
  }

  public StaffViewModel staff() {
    return staff;
  }

  /** The gids console in the staff layer. */
  public ConsoleViewModel console() {
    return console;
  }

  /**
   * Nobody is using the kiosk: no visitor mid-flow and no staff layer open. Only then may a new
   * catalogue replace the screens.
   */
  public boolean idle() {
    return flow.idleBetweenVisitors() && staff.modeProperty().get() == StaffViewModel.Mode.CLOSED;
  }

  /** Stops the idle timer and the console listeners; for a scene that is thrown away. */
  public void stop() {
    ticker.stop();
    unsubscribe.forEach(Runnable::run);
  }
}
