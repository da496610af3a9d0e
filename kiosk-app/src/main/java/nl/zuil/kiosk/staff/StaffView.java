package nl.zuil.kiosk.staff;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.StaffTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The staff layer over the visitor screen: the PIN pad, then the staff menu. Always Dutch and left
 * to right, whatever the visitor chose.
 */
public final class StaffView {

  /** The hidden corner: large enough to hit with a finger, in a place with nothing else to tap. */
  static final double CORNER_MM = 20;

  private final StackPane root;

  /**
   * @param console the gids console, shown when the menu's "Bezoekers oproepen" is tapped
   */
  public StaffView(StaffViewModel staff, ScreenGeometry screen, Node console) {
    Node pin = pinPad(staff, screen);
    pin.visibleProperty().bind(staff.modeProperty().isEqualTo(StaffViewModel.Mode.PIN));
    Node menu = menu(staff, screen);
    menu.visibleProperty().bind(staff.modeProperty().isEqualTo(StaffViewModel.Mode.MENU));
    console.visibleProperty().bind(staff.modeProperty().isEqualTo(StaffViewModel.Mode.CONSOLE));
    root = new StackPane(pin, menu, console);
    root.setId("staff");
    root.getStyleClass().add("staff");
    root.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    root.setStyle(Controls.baseFontStyle(screen));
    root.visibleProperty().bind(staff.modeProperty().isNotEqualTo(StaffViewModel.Mode.CLOSED));
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> staff.touched());
    // A gids typing a number, or a scanner typing a QR link, is using the screen too.
    root.addEventFilter(KeyEvent.KEY_PRESSED, e -> staff.touched());
  }

  /** The staff screens, shown over everything while open. */
  public Parent root() {
    return root;
  }

  /**
   * The invisible corner that takes the hidden gesture; lies over the visitor screen's header. Made
   * apart from the staff screens: it is there from the kiosk's first frame, they come right after.
   */
  public static Region corner(StaffViewModel staff, ScreenGeometry screen) {
    Region corner = new Region();
    corner.setId("staff-corner");
    double size = screen.px(CORNER_MM);
    corner.setPrefSize(size, size);
    corner.setMaxSize(size, size);
    corner.setPickOnBounds(true);
    corner.setOnMousePressed(
        e -> {
          staff.cornerTapped();
          e.consume();
        });
    StackPane.setAlignment(corner, Pos.TOP_LEFT);
    corner.visibleProperty().bind(staff.modeProperty().isEqualTo(StaffViewModel.Mode.CLOSED));
    return corner;
  }

  private static Node pinPad(StaffViewModel staff, ScreenGeometry screen) {
    ScreenTexts texts = staff.texts();
    Label display =
        Controls.label(
            Bindings.createStringBinding(
                () -> "\u25CF ".repeat(staff.digitCountProperty().get()).strip(),
                staff.digitCountProperty()),
            "pin-display");
    display.setId("pin-display");
    GridPane keys = new GridPane();
    keys.getStyleClass().add("tiles");
    keys.setAlignment(Pos.CENTER);
    for (int digit = 1; digit <= 9; digit++) {
      keys.add(key(staff, screen, digit), (digit - 1) % 3, (digit - 1) / 3);
    }
    Button erase =
        Controls.button(
            "pin-erase", texts.text(StaffTexts.PIN_ERASE), null, screen, "staff-button");
    erase.setOnAction(e -> staff.erase());
    Button open =
        Controls.button("pin-open", texts.text(StaffTexts.PIN_OPEN), null, screen, "go-button");
    open.setOnAction(e -> staff.submit());
    keys.add(erase, 0, 3);
    keys.add(key(staff, screen, 0), 1, 3);
    keys.add(open, 2, 3);
    keys.getChildren()
        .forEach(
            b -> {
              ((Button) b).setPrefSize(screen.px(30), screen.px(20));
              ((Button) b).setMaxWidth(Double.MAX_VALUE);
            });
    // "Wissen" and "Openen" are wider than a digit key on a 21.5-inch screen: their column widens
    // to the whole word instead of showing "Ope".
    for (Button word : List.of(erase, open)) {
      word.setPrefWidth(Region.USE_COMPUTED_SIZE);
      word.setMinWidth(Region.USE_PREF_SIZE);
    }
    Button cancel =
        Controls.button(
            "pin-cancel", texts.text(StaffTexts.PIN_CANCEL), null, screen, "staff-button");
    cancel.setOnAction(e -> staff.close());
    Label message = Controls.optionalLabel(staff.messageProperty(), "staff-text");
    message.setId("pin-message");
    VBox pad =
        new VBox(
            Controls.label(texts.text(StaffTexts.PIN_TITLE), "staff-title"),
            display,
            message,
            keys,
            cancel);
    pad.getStyleClass().add("staff");
    pad.setAlignment(Pos.CENTER);
    return pad;
  }

  private static Button key(StaffViewModel staff, ScreenGeometry screen, int digit) {
    Button key =
        Controls.button(
            "pin-" + digit,
            Bindings.createStringBinding(() -> Integer.toString(digit)),
            null,
            screen,
            "pin-key");
    key.setOnAction(e -> staff.digit(digit));
    return key;
  }

  private static Node menu(StaffViewModel staff, ScreenGeometry screen) {
    ScreenTexts texts = staff.texts();
    Label printer = Controls.label(staff.printerText(), "printer-ok");
    printer.setId("staff-printer");
    staff.printerFault().addListener((obs, old, fault) -> printerStyle(printer, fault));
    printerStyle(printer, staff.printerFault().get());
    Button console =
        Controls.button("staff-console", texts.text(StaffTexts.CONSOLE), null, screen, "go-button");
    console.setOnAction(e -> staff.openConsole());
    VBox web = new VBox();
    web.setId("staff-web");
    web.setAlignment(Pos.CENTER);
    for (String line : staff.webConsole()) {
      web.getChildren()
          .add(Controls.label(Bindings.createStringBinding(() -> line), "staff-small"));
    }
    Button test =
        Controls.button(
            "staff-print-test", texts.text(StaffTexts.PRINT_TEST), null, screen, "staff-button");
    test.setOnAction(e -> staff.printTest());
    Label result = Controls.optionalLabel(staff.testResultProperty(), "staff-text");
    result.setId("staff-test-result");
    Button close =
        Controls.button("staff-close", texts.text(StaffTexts.CLOSE), null, screen, "staff-button");
    close.setOnAction(e -> staff.close());
    Button exit =
        Controls.button("staff-exit", texts.text(StaffTexts.EXIT), null, screen, "staff-button");
    exit.setOnAction(e -> staff.exit());
    VBox menu =
        new VBox(
            Controls.label(texts.text(StaffTexts.MENU_TITLE), "staff-title"),
            console,
            web,
            printer,
            test,
            result,
            close,
            exit);
    menu.getStyleClass().add("staff");
    menu.setAlignment(Pos.CENTER);
    menu.getChildren().stream()
        .filter(Button.class::isInstance)
        .forEach(b -> ((Button) b).setPrefWidth(screen.px(120)));
    return menu;
  }

  private static void printerStyle(Label label, boolean fault) {
    label.getStyleClass().removeAll("printer-ok", "printer-fault");
    label.getStyleClass().add(fault ? "printer-fault" : "printer-ok");
  }
}
